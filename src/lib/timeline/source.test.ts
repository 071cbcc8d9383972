import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rangeAt, splitSentences } from './sentences.ts';
import { pageRanges, quoteIndex, quoteInContext, quotesIn, segmentSource } from './source.ts';
import type { Evidence, Source, TimelineEvent } from './types.ts';
import { deepFreeze, fixtureTimeline } from '$lib/test/helpers';

// Property runs and 100,000 quotes: the time allowed is far beyond what a busy machine
// needs, as these tests check results, not speed.
vi.setConfig({ testTimeout: 300_000 });

const source = (text: string, id = 'article'): Source => ({
	id,
	text,
	sentences: splitSentences(text)
});

/** Evidence for the first occurrence of `quote` in `text` (no astral characters in these texts). */
const evidence = (text: string, quote: string, sourceId = 'article'): Evidence => {
	const from = text.indexOf(quote);
	if (from === -1) throw new Error(`"${quote}" is not in the text`);
	return {
		source: sourceId,
		quote,
		from,
		to: from + quote.length,
		start: from,
		end: from + quote.length
	};
};

/** An event `r<i>` for each sentence, quoting it where it stands in sentences.join(' '). */
function quoteEach(sentences: string[]): TimelineEvent[] {
	let at = 0;
	return sentences.map((quote, i) => {
		const e = event(`r${i}`, [
			{
				source: 'article',
				quote,
				from: at,
				to: at + quote.length,
				start: at,
				end: at + quote.length
			}
		]);
		at += quote.length + 1;
		return e;
	});
}

const event = (id: string, quotes: Evidence[]): TimelineEvent => ({
	id,
	title: id,
	span: null,
	tags: [],
	evidence: quotes
});

/** Each paragraph as its segments, [text, event ids]. */
const runs = (text: string, events: TimelineEvent[]) =>
	segmentSource(source(text), events).map((p) => p.segments.map((s) => [s.text, s.events]));

const repository = fixtureTimeline('seed.json');
const article = repository.sources[0]!;

describe('segmentSource', () => {
	const TEXT = 'Talks began on Monday. The deal was signed on Thursday.';
	const talks = event('talks', [evidence(TEXT, 'Talks began on Monday.')]);
	const deal = event('deal', [evidence(TEXT, 'The deal was signed on Thursday.')]);
	const monday = event('monday', [evidence(TEXT, 'on Monday. The deal')]);

	// [what, text, events, paragraphs of [segment text, event ids]]
	const table: [string, string, TimelineEvent[], [string, string[]][][]][] = [
		['an empty text', '', [], []],
		['plain text', 'No quotes here.', [], [[['No quotes here.', []]]]],
		['lines as paragraphs', 'One.\nTwo.', [], [[['One.', []]], [['Two.', []]]]],
		['CRLF line breaks', 'One.\r\nTwo.\r\n', [], [[['One.', []]], [['Two.', []]]]],
		['blank lines', 'One.\n\n\nTwo.', [], [[['One.', []]], [['Two.', []]]]],
		[
			'one quote',
			TEXT,
			[talks],
			[
				[
					['Talks began on Monday.', ['talks']],
					[' The deal was signed on Thursday.', []]
				]
			]
		],
		[
			'two quotes side by side',
			TEXT,
			[talks, deal],
			[
				[
					['Talks began on Monday.', ['talks']],
					[' ', []],
					['The deal was signed on Thursday.', ['deal']]
				]
			]
		],
		[
			'two overlapping quotes of different events',
			TEXT,
			[talks, monday],
			[
				[
					['Talks began ', ['talks']],
					['on Monday.', ['talks', 'monday']],
					[' The deal', ['monday']],
					[' was signed on Thursday.', []]
				]
			]
		],
		[
			'overlapping quotes in event order, not text order',
			TEXT,
			[monday, talks],
			[
				[
					['Talks began ', ['talks']],
					['on Monday.', ['monday', 'talks']],
					[' The deal', ['monday']],
					[' was signed on Thursday.', []]
				]
			]
		],
		[
			'adjacent quotes of one event as one run',
			TEXT,
			[event('both', [evidence(TEXT, 'Talks began'), evidence(TEXT, ' on Monday.')])],
			[
				[
					['Talks began on Monday.', ['both']],
					[' The deal was signed on Thursday.', []]
				]
			]
		]
	];

	it.each(table)('segments %s', (_what, text, events, paragraphs) => {
		expect(runs(text, events)).toEqual(paragraphs);
	});

	it('cuts a quote that runs over a line break at the break', () => {
		const text = 'Headline\nBody text.';
		expect(runs(text, [event('e', [evidence(text, 'line\nBody')])])).toEqual([
			[
				['Head', []],
				['line', ['e']]
			],
			[
				['Body', ['e']],
				[' text.', []]
			]
		]);
	});

	it('ignores quotes into other sources', () => {
		const other = event('other', [evidence(TEXT, 'Talks began on Monday.', 'elsewhere')]);
		expect(runs(TEXT, [other])).toEqual([[[TEXT, []]]]);
	});

	it('keeps each segment’s text equal to the text between its offsets', () => {
		const paragraphs = segmentSource(article, repository.events);
		for (const paragraph of paragraphs)
			for (const segment of paragraph.segments)
				expect(segment.text).toBe(article.text.slice(segment.from, segment.to));
	});

	it('rebuilds each paragraph, and the text without line breaks, from the segments', () => {
		const paragraphs = segmentSource(article, repository.events);
		expect(paragraphs).toHaveLength(3);
		for (const paragraph of paragraphs) {
			expect(paragraph.segments.map((s) => s.text).join('')).toBe(
				article.text.slice(paragraph.from, paragraph.to)
			);
			expect(paragraph.segments[0]!.from).toBe(paragraph.from);
			expect(paragraph.segments.at(-1)!.to).toBe(paragraph.to);
		}
		expect(paragraphs.map((p) => article.text.slice(p.from, p.to)).join('\n') + '\n').toBe(
			article.text
		);
	});

	it('ties the repository’s quotes to their events', () => {
		const segments = segmentSource(article, repository.events).flatMap((p) => p.segments);
		const conflict = segments.find((s) => s.text === 'their two-year conflict');
		expect(conflict?.events).toEqual(['two-year-conflict', 'gaza-plan-first-phase']);
		// The first quote, cut where the article glues two sentences.
		const quote = segments.filter((s) => sameIds(s.events, ['putin-netanyahu-call']));
		const first = quote.slice(
			0,
			quote.findIndex((s, i) => i > 0 && s.from !== quote[i - 1]!.to)
		);
		const text = first.map((s) => s.text).join('');
		expect(segments[0]!.events).toEqual(['putin-netanyahu-call']);
		expect(text.startsWith('Russian President Vladimir Putin')).toBe(true);
		expect(text.endsWith('was initiated by Putin.')).toBe(true);
	});

	it('starts a segment where the source glues two sentences, keeping every character', () => {
		const paragraphs = segmentSource(article, repository.events);
		const segments = paragraphs.flatMap((p) => p.segments);
		const starts = segments
			.filter((s) => s.glued)
			.map((s) => article.text.slice(s.from - 3, s.from + 3));
		expect(starts).toContain('st.Acc');
		expect(starts).toContain('an.The');
		// Glued means no white space before it: a sentence after a space is not.
		for (const s of segments.filter((s) => s.glued))
			expect(article.text[s.from - 1]).not.toMatch(/\s/);
		for (const p of paragraphs)
			expect(p.segments.map((s) => s.text).join('')).toBe(article.text.slice(p.from, p.to));
		expect(segments.filter((s) => !s.glued).every((s) => s.glued === undefined)).toBe(true);
	});

	it('does not mutate its input', () => {
		const input = deepFreeze({ source: source(TEXT), events: [talks, monday] });
		const copy = structuredClone(input);
		segmentSource(input.source, input.events);
		expect(input).toEqual(copy);
	});
});

const sameIds = (a: string[], b: string[]) => a.join() === b.join();

describe('the runs of a paragraph', () => {
	const TEXT = 'The road reopened on Friday, ending a closure that began in March 2023. Fine.';
	const reopens = event('reopens', [
		evidence(TEXT, 'The road reopened on Friday, ending a closure that began in March 2023.')
	]);
	const closure = event('closure', [evidence(TEXT, 'ending a closure that began in March 2023')]);
	const fine = event('fine', [evidence(TEXT, 'Fine.')]);
	const glued = 'Talks began.They ended.';
	const began = event('began', [evidence(glued, 'Talks began.')]);
	const ended = event('ended', [evidence(glued, 'They ended.')]);
	/** Each run as [its text, its events, how many segments it holds]. */
	const runsIn = (text: string, events: TimelineEvent[]) =>
		segmentSource(source(text), events).map((p) =>
			p.runs.map((r) => [text.slice(r.from, r.to), r.events, r.segments.length])
		);

	// [what, text, events, paragraphs of [run text, event ids, segments]]
	const table: [string, string, TimelineEvent[], [string, string[], number][][]][] = [
		['plain text is one run', 'No quotes.', [], [[['No quotes.', [], 1]]]],
		[
			'a quote ending a character before another keeps that character in its run',
			TEXT,
			[reopens, closure],
			[
				[
					[
						'The road reopened on Friday, ending a closure that began in March 2023.',
						['reopens', 'closure'],
						3
					],
					[' Fine.', [], 1]
				]
			]
		],
		[
			'plain text between quotes separates their runs',
			TEXT,
			[reopens, fine],
			[
				[
					[
						'The road reopened on Friday, ending a closure that began in March 2023.',
						['reopens'],
						1
					],
					[' ', [], 1],
					['Fine.', ['fine'], 1]
				]
			]
		],
		[
			'quotes that touch form one run, its events in event order',
			glued,
			[ended, began],
			[[['Talks began.They ended.', ['ended', 'began'], 2]]]
		],
		[
			'a line break ends a run',
			'Talks began.\nThey ended.',
			[began, event('ended', [evidence('Talks began.\nThey ended.', 'began.\nThey')])],
			[
				[['Talks began.', ['began', 'ended'], 2]],
				[
					['They', ['ended'], 1],
					[' ended.', [], 1]
				]
			]
		]
	];
	it.each(table)('%s', (_, text, events, expected) => {
		expect(runsIn(text, events)).toEqual(expected);
	});

	it('covers each paragraph with its segments, in order, once', () => {
		for (const paragraph of segmentSource(article, repository.events)) {
			const segments = paragraph.runs.flatMap((r) => r.segments);
			expect(segments).toEqual(paragraph.segments);
			for (const run of paragraph.runs) {
				expect(run.from).toBe(run.segments[0]!.from);
				expect(run.to).toBe(run.segments.at(-1)!.to);
				expect(run.events.toSorted()).toEqual(
					[...new Set(run.segments.flatMap((s) => s.events))].toSorted()
				);
			}
		}
	});
});

describe('quotesIn', () => {
	it('lists the quotes into one source with their event, in event order', () => {
		const text = 'A. B.';
		const a = event('a', [evidence(text, 'B.'), evidence(text, 'A.', 'other')]);
		const b = event('b', [evidence(text, 'A.')]);
		expect(quotesIn(source(text), [a, b])).toEqual([
			{ from: 3, to: 5, event: 'a', order: 0 },
			{ from: 0, to: 2, event: 'b', order: 1 }
		]);
	});
});

describe('quoteIndex', () => {
	it('lists the quotes into one source by start, with their event, as numbers', () => {
		const text = 'A. B. C.';
		const a = event('a', [evidence(text, 'C.'), evidence(text, 'A.', 'other')]);
		const b = event('b', [evidence(text, 'A. B.'), evidence(text, 'B.')]);
		const index = quoteIndex(source(text), [a, b]);
		expect([...index.from]).toEqual([0, 3, 6]);
		expect([...index.to]).toEqual([5, 5, 8]);
		expect([...index.order]).toEqual([1, 1, 0]);
	});
});

describe('quoteInContext', () => {
	it('gives the whole sentence around a short quote', () => {
		const quote = repository.events.find((e) => e.id === 'two-year-conflict')!.evidence[0]!;
		expect(quoteInContext(article, quote)).toEqual({
			before:
				'Israel and Hamas agreed in October to the first phase of Trump’s 20-point Gaza plan, reached amid ',
			quote: 'their two-year conflict',
			after: ' and a related hostage-release arrangement.'
		});
	});

	it('gives nothing around a quote that is a whole sentence', () => {
		const quote = repository.events.find((e) => e.id === 'gaza-plan-first-phase')!.evidence[0]!;
		expect(quoteInContext(article, quote)).toEqual({ before: '', quote: quote.quote, after: '' });
	});

	it('gives both sentences around a quote spanning two', () => {
		const quote = evidence(article.text, 'force in Gaza. It notably omits');
		expect(quoteInContext(article, quote)).toEqual({
			before:
				'The Russian draft, reviewed by Reuters, asks the UN secretary-general to outline options for an international stabilization ',
			quote: 'force in Gaza. It notably omits',
			after:
				' any reference to the “Board of Peace,” the transitional administration proposed in the US plan.'
		});
	});

	// [text, quote, before, after]
	const table: [string, string, string, string][] = [
		['One. Two three four. Five.', 'three', 'Two ', ' four.'],
		['One. Two three four. Five.', 'One.', '', ''],
		['One. Two three four. Five.', 'four. Five', 'Two three ', '.'],
		['Headline\nBody text here.', 'text', 'Body ', ' here.'],
		['One. Two.', ' ', '', '']
	];

	it.each(table)('in %j puts %j between %j and %j', (text, quote, before, after) => {
		expect(quoteInContext(source(text), evidence(text, quote))).toEqual({ before, quote, after });
	});
});

/** The plain definition the sweep must agree with: every run's covering quotes, found by search. */
function naiveRuns(text: string, events: TimelineEvent[]) {
	const quotes = quotesIn(source(text), events);
	const order = new Map(events.map((e, i) => [e.id, i]));
	const out: [string, string[]][][] = [];
	for (const line of text.matchAll(/[^\r\n]+/g)) {
		const from = line.index;
		const to = from + line[0].length;
		const cuts = new Set([from, to]);
		for (const q of quotes) {
			if (q.from > from && q.from < to) cuts.add(q.from);
			if (q.to > from && q.to < to) cuts.add(q.to);
		}
		const points = [...cuts].sort((a, b) => a - b);
		const runs: [number, number, string[]][] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const [a, b] = [points[i]!, points[i + 1]!];
			const ids = [...new Set(quotes.filter((q) => q.from <= a && q.to >= b).map((q) => q.event))];
			ids.sort((x, y) => order.get(x)! - order.get(y)!);
			const last = runs.at(-1);
			if (last && last[2].join() === ids.join()) last[1] = b;
			else runs.push([a, b, ids]);
		}
		out.push(runs.map(([a, b, ids]) => [text.slice(a, b), ids]));
	}
	return out;
}

describe('segmentSource against the plain definition', () => {
	it('agrees on random overlapping quotes across lines', () => {
		const TEXT = 'Alpha beta gamma.\nDelta epsilon zeta eta.\r\nTheta iota.';
		const range = fc
			.tuple(fc.nat(TEXT.length), fc.nat(TEXT.length))
			.filter(([a, b]) => a !== b)
			.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
		fc.assert(
			fc.property(
				fc.array(fc.array(range, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
				(spec) => {
					const events = spec.map((ranges, i) =>
						event(
							`e${i}`,
							ranges.map(([from, to]) => ({
								source: 'article',
								quote: TEXT.slice(from, to),
								from,
								to,
								start: from,
								end: to
							}))
						)
					);
					expect(runs(TEXT, events)).toEqual(naiveRuns(TEXT, events));
				}
			),
			{ numRuns: 500, seed: 7 }
		);
	});

	it('stays linear-ish on one line of 20,000 quotes', () => {
		const sentences = Array.from({ length: 20_000 }, (_, i) => `Report ${i}.`);
		const text = sentences.join(' ');
		const events = quoteEach(sentences);
		const [paragraph] = segmentSource(source(text), events);
		// 20,000 quoted runs and the 19,999 spaces between them.
		expect(paragraph!.segments).toHaveLength(39_999);
		expect(paragraph!.segments[2]).toMatchObject({ text: 'Report 1.', events: ['r1'] });
	});
});

describe('pageRanges', () => {
	const sentences = Array.from({ length: 10 }, (_, i) => `Line ${i} has words.`);
	const text = sentences.join('\n');
	const quoteAll = sentences.map((line) => event(line, [evidence(text, line)]));
	const quotes = quoteIndex(source(text), quoteAll);
	/** Each page as its paragraphs' texts, cut by segmentSource. */
	const shown = (t: string, events: TimelineEvent[], pages: { from: number; to: number }[]) =>
		pages.map((page) =>
			segmentSource(source(t), events, page).map((p) => p.segments.map((s) => s.text).join(''))
		);

	it('keeps a short text on one page', () => {
		const pages = pageRanges(article.text, quoteIndex(article, repository.events));
		expect(pages).toEqual([{ from: 0, to: article.text.length }]);
		expect(segmentSource(article, repository.events, pages[0])).toEqual(
			segmentSource(article, repository.events)
		);
	});

	it('gives an empty text one empty page', () => {
		expect(pageRanges('', quoteIndex(source(''), []))).toEqual([{ from: 0, to: 0 }]);
	});

	it('starts a new page at the quote after the most a page holds', () => {
		const pages = pageRanges(text, quotes, { maxQuoted: 4 });
		expect(shown(text, quoteAll, pages).map((p) => p.length)).toEqual([4, 4, 2]);
		expect(pages[1]!.from).toBe(text.indexOf('Line 4'));
		expect(pages.at(-1)!.to).toBe(text.length);
	});

	it('splits one long paragraph at quotes and keeps every character once', () => {
		const long = sentences.join(' ');
		const events = sentences.map((line) => event(line, [evidence(long, line)]));
		const pages = pageRanges(long, quoteIndex(source(long), events), { maxQuoted: 3 });
		expect(pages).toHaveLength(4);
		expect(shown(long, events, pages).flat().join('')).toBe(long);
		// Plain text after a page's last quote stays with it; the next page starts at a quote.
		for (const page of pages.slice(1)) expect(long.slice(page.from)).toMatch(/^Line \d/);
	});

	it('never starts a page inside a quote that covers others', () => {
		const long = sentences.join(' ');
		const all = event('all', [evidence(long, long.slice(0, long.indexOf('Line 6')))]);
		const events = [all, ...sentences.map((line) => event(line, [evidence(long, line)]))];
		const pages = pageRanges(long, quoteIndex(source(long), events), { maxQuoted: 3 });
		expect(pages[1]!.from).toBe(long.indexOf('Line 6'));
	});

	it('breaks long unquoted text after a line, else a space, else anywhere', () => {
		expect(
			shown(text, [], pageRanges(text, quoteIndex(source(text), []), { maxChars: 60 })).map(
				(p) => p.length
			)
		).toEqual([3, 3, 3, 1]);
		const words = 'word '.repeat(30);
		const byWords = pageRanges(words, quoteIndex(source(words), []), { maxChars: 23 });
		expect(byWords.map((p) => words.slice(p.from, p.to)).slice(0, 2)).toEqual([
			'word word word word ',
			'word word word word '
		]);
		const astral = '𝔸'.repeat(30);
		const hard = pageRanges(astral, quoteIndex(source(astral), []), { maxChars: 7 });
		expect(hard.map((p) => astral.slice(p.from, p.to)).join('')).toBe(astral);
		for (const p of hard) expect(astral.slice(p.from, p.to)).toMatch(/^(?:𝔸)+$/u);
	});

	it('covers the text from end to end with no gap', () => {
		const pages = pageRanges(text, quotes, { maxQuoted: 2, maxChars: 30 });
		expect(pages[0]!.from).toBe(0);
		for (let i = 1; i < pages.length; i++) expect(pages[i]!.from).toBe(pages[i - 1]!.to);
		expect(pages.at(-1)!.to).toBe(text.length);
	});

	it('finds the page holding a position', () => {
		const pages = pageRanges(text, quotes, { maxQuoted: 4 });
		expect(rangeAt(pages, 0)).toBe(0);
		expect(rangeAt(pages, text.indexOf('Line 4'))).toBe(1);
		expect(rangeAt(pages, text.indexOf('Line 9 has'))).toBe(2);
		expect(rangeAt(pages, text.length + 5)).toBe(-1);
	});

	it('pages 100,000 quotes and cuts one page of them through the index', () => {
		const many = Array.from({ length: 100_000 }, (_, i) => `Report ${i}.`);
		const big = many.join(' ');
		const events = quoteEach(many);
		const index = quoteIndex(source(big), events);
		const pages = pageRanges(big, index);
		expect(pages).toHaveLength(Math.ceil(100_000 / 150));
		const [first] = segmentSource(source(big), events, pages[1], index);
		expect(segmentSource(source(big), events, pages[1])).toEqual([first]);
		expect(first!.segments[0]).toMatchObject({ text: 'Report 150.', events: ['r150'] });
		expect(first!.segments.filter((s) => s.events.length > 0)).toHaveLength(150);
	});
});
