import { nearMatch } from './near-match.ts';
import { describe, expect, it } from 'vitest';
import { applyAnchors, pathKeys, shallowCopy } from './offsets.ts';
import { parseTimeline } from '../timeline/validate.ts';
import { deepFreeze, type Doc } from '$lib/test/helpers';

const doc = (): Doc => ({
	title: 'Talks',
	sources: [{ id: 'article', text: 'Talks began. Guests 🙂 cheered.' }],
	events: [
		{
			id: 'talks',
			title: 'Talks begin',
			evidence: [{ source: 'article', quote: 'Talks began.', prefix: '' }]
		},
		{
			id: 'cheers',
			title: 'Guests cheer',
			evidence: [
				{ source: 'article', quote: 'Talks began.', start: 0, end: 12 },
				{ source: 'article', quote: 'cheered', suffix: '.' }
			]
		}
	]
});

describe('pathKeys', () => {
	const table: [string, (string | number)[]][] = [
		['events[3].evidence[0]', ['events', 3, 'evidence', 0]],
		['title', ['title']],
		['events[0]["my note"]', ['events', 0, 'my note']],
		['events[0]["say \\"hi\\""]', ['events', 0, 'say "hi"']],
		['', []]
	];

	it.each(table)('reads %j as %j', (path, keys) => {
		expect(pathKeys(path)).toEqual(keys);
	});

	it('refuses a path it cannot read', () => {
		expect(() => pathKeys('events[x]')).toThrow('cannot read the JSON path "events[x]"');
	});
});

describe('applyAnchors', () => {
	it('fills the offsets that anchoring found, after the quote, and nothing else', () => {
		const input = doc();
		const { anchors } = parseTimeline(input);
		expect(anchors).toEqual(
			new Map([
				['events[0].evidence[0]', { start: 0, end: 12 }],
				['events[1].evidence[1]', { start: 22, end: 29 }]
			])
		);
		const { document, filled } = applyAnchors({ document: input, anchors });
		expect(filled).toBe(2);
		const expected = doc();
		expected.events[0].evidence[0] = {
			source: 'article',
			quote: 'Talks began.',
			start: 0,
			end: 12,
			prefix: ''
		};
		expected.events[1].evidence[1] = {
			source: 'article',
			quote: 'cheered',
			start: 22,
			end: 29,
			suffix: '.'
		};
		expect(document).toEqual(expected);
		expect(Object.keys((document as Doc).events[1].evidence[1])).toEqual([
			'source',
			'quote',
			'start',
			'end',
			'suffix'
		]);
		expect(parseTimeline(document).anchors.size).toBe(0);
	});

	it('does not mutate its input and shares what it leaves alone', () => {
		const input = deepFreeze(doc());
		const copy = structuredClone(input);
		const { document } = applyAnchors({ document: input, anchors: parseTimeline(input).anchors });
		expect(input).toEqual(copy);
		expect((document as Doc).sources).toBe(input.sources);
		expect((document as Doc).events[1].evidence[0]).toBe(input.events[1].evidence[0]);
		expect((document as Doc).events[1]).not.toBe(input.events[1]);
	});

	it('copies each container on the paths once, however many quotes it fills', () => {
		// Elements copied in all: a copy of the events array per quote would copy n × n.
		const n = 2000;
		const input = {
			title: 'Many',
			sources: [{ id: 'article', text: 'Talks began.' }],
			events: Array.from({ length: n }, (_, i) => ({
				id: `e${i}`,
				title: 'Talks',
				evidence: [{ source: 'article', quote: 'Talks began.' }]
			}))
		};
		const { anchors } = parseTimeline(input);
		expect(anchors.size).toBe(n);
		let copied = 0;
		const { document, filled } = applyAnchors({
			document: input,
			anchors,
			copy: (value) => {
				copied += Array.isArray(value) ? value.length : Object.keys(value).length;
				return shallowCopy(value);
			}
		});
		expect(filled).toBe(n);
		expect((document as Doc).events.map((e: Doc) => e.evidence[0].end)).toEqual(Array(n).fill(12));
		// The root (3 keys), the events array (n), each event (3 keys) and its evidence (1).
		expect(copied).toBe(3 + n + 3 * n + n);
	});

	it('returns the same document when there is nothing to fill', () => {
		const input = doc();
		expect(applyAnchors({ document: input, anchors: new Map() })).toEqual({
			document: input,
			filled: 0
		});
	});

	it('keeps a "__proto__" key as a plain key without touching any prototype', () => {
		const input = doc();
		input.events[1] = JSON.parse(
			JSON.stringify(input.events[1]).replace('{', '{"__proto__":{"polluted":true},')
		);
		const { document } = applyAnchors({ document: input, anchors: parseTimeline(input).anchors });
		const event = (document as Doc).events[1];
		expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
		expect(Object.hasOwn(event, '__proto__')).toBe(true);
		expect(JSON.stringify(event)).toMatch(/^\{"__proto__":\{"polluted":true\},"id":"cheers"/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('appends the offsets when the evidence has no quote key to follow', () => {
		const { document } = applyAnchors({
			document: { events: [{ evidence: [{ source: 'article' }] }] },
			anchors: new Map([['events[0].evidence[0]', { start: 1, end: 2 }]])
		});
		expect(Object.keys((document as Doc).events[0].evidence[0])).toEqual([
			'source',
			'start',
			'end'
		]);
	});

	it('refuses a path that leads nowhere', () => {
		expect(() =>
			applyAnchors({
				document: doc(),
				anchors: new Map([['events[5].evidence[0]', { start: 0, end: 1 }]])
			})
		).toThrow('cannot fill offsets at events[5].evidence[0]: nothing at 5');
	});
});

describe('applyAnchors with repaired quotes', () => {
	it('replaces the quote in its place and sets the offsets after it, leaving the input alone', () => {
		const input = deepFreeze(doc());
		const { document, filled } = applyAnchors({
			document: input,
			anchors: new Map([['events[0].evidence[0]', { quote: 'Talks began.', start: 0, end: 12 }]])
		});
		expect(filled).toBe(1);
		const evidence = (document as Doc).events[0].evidence[0];
		expect(Object.entries(evidence)).toEqual([
			['source', 'article'],
			['quote', 'Talks began.'],
			['start', 0],
			['end', 12],
			['prefix', '']
		]);
		// What parsing finds for a quote retyped in other case writes back as the source has it.
		const retyped = deepFreeze({
			...doc(),
			events: [
				{ id: 'talks', title: 'Talks', evidence: [{ source: 'article', quote: 'talks BEGAN.' }] }
			]
		});
		const { repairs } = parseTimeline(retyped, { nearMatch });
		const applied = applyAnchors({ document: retyped, anchors: repairs });
		expect((applied.document as Doc).events[0].evidence[0]).toEqual({
			source: 'article',
			quote: 'Talks began.',
			start: 0,
			end: 12
		});
		expect(parseTimeline(applied.document).problems).toEqual([]);
		expect(input.events[0].evidence[0].quote).toBe('Talks began.');
	});
});
