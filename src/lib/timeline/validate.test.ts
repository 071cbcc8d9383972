import { describe, expect, it } from 'vitest';
import { errorsOf, parseTimeline, safeHttpUrl } from './validate.ts';
import { deepFreeze, fixtureJson, problemLine as shown, type Doc } from '$lib/test/helpers';

const TEXT = 'Talks began on Monday.The deal was signed on Thursday. Guests 🙂 cheered.';

/** Three valid events; the third quote stands after an astral character. */
const base = (): Doc => ({
	title: 'Talks',
	sources: [{ id: 'article', url: 'https://example.com/talks', text: TEXT }],
	events: [
		{
			id: 'talks',
			title: 'Talks begin',
			date: '2025-11-10',
			dateText: 'on Monday',
			tags: ['talks'],
			evidence: [{ source: 'article', quote: 'Talks began on Monday.' }]
		},
		{
			id: 'deal',
			title: 'Deal signed',
			date: '2025-11-13',
			dateText: 'on Thursday',
			evidence: [
				{ source: 'article', quote: 'The deal was signed on Thursday.', start: 22, end: 54 }
			]
		},
		{ id: 'cheers', title: 'Guests cheer', evidence: [{ source: 'article', quote: 'cheered' }] }
	]
});

const broken = (mutate: (doc: Doc) => unknown) => () => {
	const doc = base();
	mutate(doc);
	return doc;
};

const ids = (input: unknown) =>
	parseTimeline(input).timeline?.events.map((event) => event.id) ?? null;

describe('parseTimeline', () => {
	it('accepts the seed timeline with no problems', () => {
		const { timeline, problems, anchors } = parseTimeline(fixtureJson('seed.json'));
		expect(problems.map(shown)).toEqual([]);
		expect(timeline!.events).toHaveLength(9);
		expect(timeline!.sources.map((source) => source.sentences.length)).toEqual([16]);
		expect(anchors.size).toBe(0);
	});

	it('accepts the base document and anchors the quotes given without offsets', () => {
		const { timeline, problems, anchors } = parseTimeline(base());
		expect(problems).toEqual([]);
		expect(timeline!.events.map((event) => event.id)).toEqual(['talks', 'deal', 'cheers']);
		// 🙂 is two UTF-16 units but one code point: "cheered" is at 65–72 in UTF-16, 64–71 in code points.
		expect(anchors).toEqual(
			new Map([
				['events[0].evidence[0]', { start: 0, end: 22 }],
				['events[2].evidence[0]', { start: 64, end: 71 }]
			])
		);
		expect(timeline!.events[2]!.evidence[0]).toEqual({
			source: 'article',
			quote: 'cheered',
			from: 65,
			to: 72,
			start: 64,
			end: 71
		});
	});

	it('builds spans, tags and sources from the fields', () => {
		const { timeline } = parseTimeline(base());
		const [talks, deal, cheers] = timeline!.events;
		expect(talks!.span!.from).toMatchObject({ kind: 'date', precision: 'day' });
		expect(talks!.tags).toEqual(['talks']);
		expect(deal!.tags).toEqual([]);
		expect(cheers!.span).toBeNull();
		expect(timeline!.sources[0]).toMatchObject({ id: 'article', url: 'https://example.com/talks' });
	});

	// [what, document, problems as printed, ids of the events kept (null: no timeline)]
	const table: [string, () => unknown, string[], string[] | null][] = [
		[
			'a duplicate event id',
			broken((d) => (d.events[1].id = 'talks')),
			['events[1].id: duplicate of events[0]'],
			['talks', 'cheers']
		],
		[
			'an id that breaks the pattern',
			broken((d) => (d.events[0].id = 'Talks_1')),
			['events[0].id: "Talks_1" must be lowercase letters, digits and single hyphens'],
			['deal', 'cheers']
		],
		[
			'an id with a double hyphen',
			broken((d) => (d.events[2].id = 'guests--cheer')),
			['events[2].id: "guests--cheer" must be lowercase letters, digits and single hyphens'],
			['talks', 'deal']
		],
		[
			'a missing title',
			broken((d) => delete d.events[2].title),
			['events[2].title: is required'],
			['talks', 'deal']
		],
		[
			'a blank title',
			broken((d) => (d.events[2].title = '  ')),
			['events[2].title: must not be empty'],
			['talks', 'deal']
		],
		[
			'a quote not in the source',
			broken((d) => (d.events[2].evidence[0].quote = 'booed')),
			['events[2].evidence[0].quote: not found in source "article"'],
			['talks', 'deal']
		],
		[
			'a date that is not a real day',
			broken((d) => (d.events[1].date = '2025-02-30')),
			['events[1].date: "2025-02-30" is not a real day'],
			['talks', 'cheers']
		],
		[
			'a season that EDTF level 1 does not have',
			broken((d) => (d.events[1].date = '2025-33')),
			[
				'events[1].date: "2025-33": seasons 25–41 (by hemisphere, quarters, quadrimesters, semesters) are EDTF level 2, which is not supported; level 1 has 21–24 (spring, summer, autumn, winter)'
			],
			['talks', 'cheers']
		],
		[
			'unspecified digits where EDTF level 1 does not allow them',
			broken((d) => (d.events[1].date = '20XX-11')),
			[
				'events[1].date: "20XX-11": unspecified digits in the year with a month or day are EDTF level 2, which is not supported (level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX)'
			],
			['talks', 'cheers']
		],
		[
			'evidence pointing to a missing source',
			broken((d) => (d.events[2].evidence[0].source = 'blog')),
			['events[2].evidence[0].source: "blog" is not the id of any source'],
			['talks', 'deal']
		],
		[
			'a title that is a number',
			broken((d) => (d.events[0].title = 42)),
			['events[0].title: must be a string, not a number'],
			['deal', 'cheers']
		],
		[
			'evidence that is not an array',
			broken((d) => (d.events[2].evidence = { source: 'article', quote: 'cheered' })),
			['events[2].evidence: must be an array, not an object'],
			['talks', 'deal']
		],
		[
			'empty evidence',
			broken((d) => (d.events[2].evidence = [])),
			['events[2].evidence: needs at least one quote'],
			['talks', 'deal']
		],
		[
			'evidence that is not an object',
			broken((d) => (d.events[2].evidence = ['cheered'])),
			['events[2].evidence[0]: must be an object, not a string'],
			['talks', 'deal']
		],
		[
			'tags with a non-string',
			broken((d) => (d.events[0].tags = ['talks', 7, ''])),
			['events[0].tags[1]: must be a string, not a number', 'events[0].tags[2]: must not be empty'],
			['deal', 'cheers']
		],
		[
			'a start without an end',
			broken((d) => delete d.events[1].evidence[0].end),
			['events[1].evidence[0].end: is required when the other offset is given'],
			['talks', 'cheers']
		],
		[
			'a negative offset',
			broken((d) => (d.events[1].evidence[0].start = -1)),
			['events[1].evidence[0].start: must be a whole number of code points, 0 or more, not -1'],
			['talks', 'cheers']
		],
		[
			'offsets that do not hold the quote',
			broken((d) => Object.assign(d.events[1].evidence[0], { start: 23, end: 55 })),
			[
				'events[1].evidence[0].start: offsets 23–55 hold "he deal was signed on Thursday. ", not the quote (the quote is at 22–54)'
			],
			['talks', 'cheers']
		],
		[
			'dateText that does not occur in the evidence sentences',
			broken((d) => (d.events[1].dateText = 'on Monday')),
			['events[1].dateText: "on Monday" does not occur in the sentences quoted as evidence'],
			['talks', 'cheers']
		],
		[
			'dateText found in the sentence around a shorter quote',
			broken((d) =>
				Object.assign(d.events[1].evidence[0], { quote: 'The deal was signed', end: 41 })
			),
			[],
			['talks', 'deal', 'cheers']
		],
		[
			'a javascript: url',
			broken((d) => (d.sources[0].url = 'javascript:alert(1)')),
			['sources[0].url: "javascript:alert(1)" is not an http or https URL'],
			['talks', 'deal', 'cheers']
		],
		[
			'a published date that is not a real day',
			broken((d) => (d.sources[0].published = '2025-02-30')),
			['sources[0].published: "2025-02-30" is not a real day'],
			['talks', 'deal', 'cheers']
		],
		[
			'a duplicate source id',
			broken((d) => d.sources.push({ id: 'article', text: 'Other.' })),
			['sources[1].id: duplicate of sources[0]'],
			['talks', 'deal', 'cheers']
		],
		[
			'an unknown field, as a warning',
			broken((d) => (d.events[0].importance = 3)),
			['warning: events[0].importance: unknown field, ignored'],
			['talks', 'deal', 'cheers']
		],
		[
			'an unknown field that is not an identifier',
			broken((d) => (d.events[2].evidence[0]['my note'] = 'x')),
			['warning: events[2].evidence[0]["my note"]: unknown field, ignored'],
			['talks', 'deal', 'cheers']
		],
		[
			'a missing document title',
			broken((d) => delete d.title),
			['title: is required'],
			['talks', 'deal', 'cheers']
		],
		[
			'a root that is an array',
			() => [],
			['(root): must be an object with "title" and "events", not an array'],
			null
		],
		[
			'a root that is null',
			() => null,
			['(root): must be an object with "title" and "events", not null'],
			null
		],
		[
			'events that are not an array',
			broken((d) => (d.events = {})),
			['events: must be an array, not an object'],
			null
		],
		['no events', broken((d) => delete d.events), ['events: is required'], null],
		[
			'no sources',
			broken((d) => delete d.sources),
			[
				'sources: is required',
				'events[0].evidence[0].source: "article" is not the id of any source',
				'events[1].evidence[0].source: "article" is not the id of any source',
				'events[2].evidence[0].source: "article" is not the id of any source'
			],
			null
		],
		['an empty event list', broken((d) => (d.events = [])), [], []]
	];

	it.each(table)('reports %s', (_what, make, problems, kept) => {
		const result = parseTimeline(make());
		expect(result.problems.map(shown)).toEqual(problems);
		expect(result.timeline?.events.map((event) => event.id) ?? null).toEqual(kept);
	});

	it('keeps a warning from making the file invalid', () => {
		const { problems } = parseTimeline(broken((d) => (d.events[0].importance = 3))());
		expect(problems).toHaveLength(1);
		expect(problems[0]!.severity).toBe('warning');
		expect(errorsOf(problems)).toEqual([]);
	});

	it('drops a url that is not http(s) from the source it keeps', () => {
		const { timeline, problems } = parseTimeline(
			broken((d) => (d.sources[0].url = 'javascript:alert(1)'))()
		);
		expect(errorsOf(problems)).toHaveLength(1);
		expect(timeline!.sources[0]!.url).toBeUndefined();
		expect(Object.hasOwn(timeline!.sources[0]!, 'url')).toBe(false);
	});

	it('reports a __proto__ key as an unknown field without polluting Object.prototype', () => {
		const doc = base();
		const event = JSON.stringify(doc.events[0]).replace('{', '{"__proto__": {"polluted": true},');
		doc.events[0] = JSON.parse(event);
		expect(Object.hasOwn(doc.events[0], '__proto__')).toBe(true);
		const { timeline, problems } = parseTimeline(doc);
		expect(problems.map(shown)).toEqual(['warning: events[0].__proto__: unknown field, ignored']);
		expect(ids(doc)).toEqual(['talks', 'deal', 'cheers']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(timeline!.events[0])).toBe(Object.prototype);
		expect(Object.hasOwn(timeline!.events[0]!, '__proto__')).toBe(false);
	});

	it('does not mutate its input', () => {
		for (const doc of [
			base(),
			broken((d) => (d.events[1].id = 'talks'))(),
			broken((d) => delete d.sources)()
		]) {
			const copy = structuredClone(doc);
			expect(() => parseTimeline(deepFreeze(doc))).not.toThrow();
			expect(doc).toEqual(copy);
		}
	});

	it('never throws, whatever it is given', () => {
		for (const input of [
			undefined,
			0,
			'x',
			true,
			{ events: [null, 1, []] },
			{ sources: 'x', events: [] }
		])
			expect(() => parseTimeline(input)).not.toThrow();
	});
});

describe('safeHttpUrl', () => {
	const table: [string, string | null][] = [
		['https://example.com', 'https://example.com/'],
		['http://example.com/a?b#c', 'http://example.com/a?b#c'],
		['javascript:alert(1)', null],
		['JavaScript:alert(1)', null],
		['data:text/html,hi', null],
		['/relative/path', null],
		['', null]
	];

	it.each(table)('turns %j into %j', (url, safe) => {
		expect(safeHttpUrl(url)).toBe(safe);
	});
});
