import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { quoteInContext, quotesIn, segmentSource } from './source.ts';
import type { Evidence, Source, TimelineEvent } from './types.ts';
import { parseTimeline } from './validate.ts';

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

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const key of Reflect.ownKeys(value))
			deepFreeze((value as Record<PropertyKey, unknown>)[key]);
		Object.freeze(value);
	}
	return value;
}

const repository = parseTimeline(JSON.parse(readFileSync('events.json', 'utf8'))).timeline!;
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
		expect(segments[0]!.events).toEqual(['putin-netanyahu-call']);
		expect(segments[0]!.text.startsWith('Russian President Vladimir Putin')).toBe(true);
		expect(segments[0]!.text.endsWith('was initiated by Putin.')).toBe(true);
	});

	it('does not mutate its input', () => {
		const input = deepFreeze({ source: source(TEXT), events: [talks, monday] });
		const copy = structuredClone(input);
		segmentSource(input.source, input.events);
		expect(input).toEqual(copy);
	});
});

describe('quotesIn', () => {
	it('lists the quotes into one source with their event, in event order', () => {
		const text = 'A. B.';
		const a = event('a', [evidence(text, 'B.'), evidence(text, 'A.', 'other')]);
		const b = event('b', [evidence(text, 'A.')]);
		expect(quotesIn(source(text), [a, b])).toEqual([
			{ from: 3, to: 5, event: 'a' },
			{ from: 0, to: 2, event: 'b' }
		]);
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
