import { describe, expect, it } from 'vitest';
import { draftTimeline } from '$lib/draft/draft';
import { english } from '$lib/i18n/language';
import { deepFreeze, fixtureJson } from '$lib/test/helpers';
import { errorsOf, parseTimeline } from '$lib/timeline/validate';
import {
	addQuote,
	articleOf,
	checkWork,
	dateStatus,
	documentOf,
	eventFrom,
	fromDraft,
	quoteOf,
	staleText,
	updateEvent,
	withEditedText,
	withField,
	type ArticleForm
} from './work';

const TEXT =
	'The council met on Monday. It voted on the 🌉 bridge in March. Work will begin next year.';
const form: ArticleForm = {
	text: TEXT,
	published: '2025-11-15',
	title: 'Council votes',
	publisher: '',
	url: ''
};
const drafted = () => fromDraft(form, draftTimeline({ text: TEXT, published: form.published }));

describe('fromDraft and documentOf', () => {
	it('include every drafted event and write back a document that validates', () => {
		const work = drafted();
		expect(work.events.length).toBeGreaterThan(0);
		expect(work.events.every((e) => e.included)).toBe(true);
		expect(errorsOf(parseTimeline(documentOf(work)).problems)).toEqual([]);
	});

	it('write only the included events', () => {
		const work = drafted();
		const [first, ...rest] = work.events;
		const edited = updateEvent(work, first!.key, (e) => ({ ...e, included: false }));
		expect((documentOf(edited).events as unknown[]).length).toBe(rest.length);
		expect(documentOf(edited).events).toEqual(rest.map((e) => e.event));
	});

	it('keep the keys of events apart', () => {
		const keys = drafted().events.map((e) => e.key);
		expect(new Set([...keys, ...drafted().events.map((e) => e.key)]).size).toBe(keys.length * 2);
	});
});

describe('dateStatus', () => {
	it.each([
		['2025-11-13', 'Thursday 13 November 2025'],
		['2025-09', 'September 2025'],
		['2009/2011', '2009 to 2011'],
		['', 'Undated']
	])('says %j in words', (date, words) => {
		expect(dateStatus(date, english.dates)).toEqual({ ok: true, words });
	});

	it.each(['2025-13', '2025-02-30', 'Thursday', ' 2025'])('names what is wrong with %j', (date) => {
		const status = dateStatus(date, english.dates);
		expect(status.ok).toBe(false);
		expect(!status.ok && status.problem.length).toBeGreaterThan(0);
	});
});

describe('checkWork', () => {
	it('files an invalid date under its event, with a path inside the event', () => {
		const work = drafted();
		const key = work.events[1]!.key;
		const broken = updateEvent(work, key, (e) => ({
			...e,
			event: withField(e.event, 'date', '2025-13')
		}));
		const check = checkWork(broken);
		expect([...check.byEvent.keys()]).toEqual([key]);
		expect(check.byEvent.get(key)!.map((p) => p.path)).toEqual(['date']);
		expect(check.timeline!.events.map((e) => e.id)).not.toContain(broken.events[1]!.event.id);
	});

	it('counts event paths among the included events only', () => {
		const work = drafted();
		const [first, second] = work.events;
		let edited = updateEvent(work, first!.key, (e) => ({ ...e, included: false }));
		edited = updateEvent(edited, second!.key, (e) => ({
			...e,
			event: withField(e.event, 'title', '')
		}));
		expect([...checkWork(edited).byEvent.keys()]).toEqual([second!.key]);
	});

	it('reports problems outside events as the file’s own', () => {
		const work = drafted();
		const check = checkWork({ ...work, document: { ...work.document, title: '' } });
		expect(check.errors.map((p) => p.path)).toEqual(['title']);
	});
});

describe('withField', () => {
	it('removes an emptied optional field and keeps the others in order', () => {
		const event = deepFreeze({ id: 'a', title: 'A', date: '2025', custom: { x: 1 }, evidence: [] });
		expect(Object.keys(withField(event, 'date', ''))).toEqual([
			'id',
			'title',
			'custom',
			'evidence'
		]);
		expect(withField(event, 'summary', 'S').summary).toBe('S');
		expect(withField(event, 'title', '').title).toBe('');
	});
});

describe('quoteOf', () => {
	const article = { id: 'article', text: TEXT };

	it('counts offsets in code points after a character outside the BMP', () => {
		const from = TEXT.indexOf('bridge');
		const quote = quoteOf(article, { from, to: from + 'bridge'.length })!;
		expect(quote.quote).toBe('bridge');
		expect(quote.start).toBe([...TEXT.slice(0, from)].length);
		expect(quote.end - quote.start).toBe(6);
		expect(quote.start).toBe(from - 1);
	});

	it('trims white space and widens to whole sentences when asked', () => {
		const from = TEXT.indexOf('voted');
		const quote = quoteOf(article, { from: from - 1, to: from + 5 }, { widen: true })!;
		expect(quote.quote).toBe('It voted on the 🌉 bridge in March.');
		expect(quoteOf(article, { from: from - 1, to: from + 6 })!.quote).toBe('voted');
	});

	it('gives nothing for white space alone', () => {
		expect(quoteOf(article, { from: 26, to: 27 })).toBeNull();
	});
});

describe('eventFrom and addQuote', () => {
	it('make an undated event that validates, then give it a second quote', () => {
		const work = drafted();
		const article = articleOf(work)!;
		const quote = quoteOf(article, { from: 0, to: 10 }, { widen: true })!;
		const entry = eventFrom(work, quote);
		expect(entry.event.date).toBeUndefined();
		expect(work.events.map((e) => e.event.id)).not.toContain(entry.event.id);
		let next = { ...work, events: [...work.events, entry] };
		next = addQuote(next, entry.key, quoteOf(article, { from: 30, to: 40 }, { widen: true })!);
		expect((next.events.at(-1)!.event.evidence as unknown[]).length).toBe(2);
		expect(errorsOf(parseTimeline(documentOf(next)).problems)).toEqual([]);
		expect(checkWork(next).timeline!.events.at(-1)!.span).toBeNull();
	});

	it('never reuse an id the work holds', () => {
		const work = drafted();
		const quote = { source: 'article', quote: 'The council met on Monday.', start: 0, end: 26 };
		const a = eventFrom(work, quote);
		const b = eventFrom({ ...work, events: [...work.events, a] }, quote);
		expect(b.event.id).not.toBe(a.event.id);
	});
});

describe('documentOf keeps what it does not know', () => {
	it('writes unknown fields back as read', () => {
		const doc = fixtureJson('seed.json');
		doc.extra = { kept: true };
		doc.events[0].custom = [1, 2];
		const { events, ...document } = doc;
		const work = {
			form,
			document,
			events: events.map((event: object, i: number) => ({ key: `k${i}`, included: true, event }))
		};
		expect(documentOf(work)).toEqual(doc);
	});
});

describe('an article text edited after drafting', () => {
	const edit = (text: string) => {
		const work = drafted();
		return { ...work, form: { ...work.form, text } };
	};

	it('cannot be written until the events follow it', () => {
		expect(staleText(drafted())).toBeNull();
		const work = edit(`Updated. ${TEXT}`);
		expect(staleText(work)?.message).toMatch(/edited after the events were drafted/);
		expect(staleText(withEditedText(work).work)).toBeNull();
	});

	it('keeps every event, its quotes found again with new code-point offsets', () => {
		const work = edit(`Updated at noon 🕛. ${TEXT} Residents cheered.`);
		const { work: moved, lost } = withEditedText(work);
		expect(lost).toEqual([]);
		expect(moved.events.map((e) => e.event.title)).toEqual(work.events.map((e) => e.event.title));
		const text = [...work.form.text];
		for (const { event } of moved.events)
			for (const quote of event.evidence as { quote: string; start: number; end: number }[])
				expect(text.slice(quote.start, quote.end).join('')).toBe(quote.quote);
		expect(errorsOf(parseTimeline(documentOf(moved)).problems)).toEqual([]);
		expect(articleOf(moved)?.text).toBe(work.form.text);
	});

	it('names the events whose words are gone, and the check then refuses them', () => {
		const work = edit(TEXT.replace('It voted on the 🌉 bridge in March.', 'It voted in March.'));
		const { work: moved, lost } = withEditedText(work);
		const gone = work.events.filter((e) => JSON.stringify(e.event).includes('bridge'));
		expect(gone.length).toBeGreaterThan(0);
		expect(lost).toEqual(gone.map((e) => e.event.title));
		const check = checkWork(moved);
		for (const e of gone) expect(check.byEvent.get(e.key)?.[0]?.message).toMatch(/not found/);
	});

	it('takes the place nearest where a repeated quote stood', () => {
		const twice = 'The council met on Monday.';
		const work = fromDraft(
			{ ...form, text: `${twice} ${twice}` },
			draftTimeline({ text: `${twice} ${twice}`, published: form.published })
		);
		const evidence = (w: typeof work) => w.events[0]!.event.evidence as { start: number }[];
		const edited = { ...work, form: { ...work.form, text: `Intro. ${twice} ${twice}` } };
		expect(evidence(withEditedText(edited).work)[0]!.start).toBe(evidence(work)[0]!.start + 7);
	});
});
