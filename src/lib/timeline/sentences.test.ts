import { describe, expect, it } from 'vitest';
import { fixtureJson } from '$lib/test/helpers';
import { rangeAt, splitSentences, widenToSentences } from './sentences.ts';

const sentencesOf = (text: string) =>
	splitSentences(text).map(({ from, to }) => text.slice(from, to));

describe('splitSentences', () => {
	// The seed article, verbatim.
	const article: string = fixtureJson('seed.json').sources[0].text;

	it('splits the seed article into its 16 sentences', () => {
		const sentences = sentencesOf(article);
		expect(sentences).toHaveLength(16);
		expect(sentences[0]!.endsWith('Middle East.')).toBe(true);
		expect(sentences[1]!.startsWith('According to a joint statement')).toBe(true);
		expect(sentences).toContain('Russia counters US draft with its own UN Gaza resolution');
		expect(sentences).toContain(
			'According to the Israeli readout, the call was initiated by Putin.'
		);
		expect(sentences).toContain(
			'The full plan is attached as an annex to the US draft resolution.'
		);
	});

	it('keeps the closing quotation marks with the sentence they close', () => {
		const sentences = sentencesOf(article);
		expect(sentences).toContain(
			'In a note to Council members, Russia’s UN mission said its “counter-proposal is inspired by the US draft.””'
		);
		expect(sentences).toContain(
			'The Kremlin described the discussion as “a thorough exchange of views.”'
		);
	});

	// [text, sentences]
	const table: [string, string[]][] = [
		['Mr. Smith went home. He slept.', ['Mr. Smith went home.', 'He slept.']],
		['Dr. Jones and Mrs. Lee met.', ['Dr. Jones and Mrs. Lee met.']],
		['U.S. officials said so. Then they left.', ['U.S. officials said so.', 'Then they left.']],
		['Talks with U.S. President Trump ended.', ['Talks with U.S. President Trump ended.']],
		['It starts at 3 p.m. Monday in town.', ['It starts at 3 p.m. Monday in town.']],
		['J. R. Smith scored. Then he left.', ['J. R. Smith scored.', 'Then he left.']],
		['Hello.World', ['Hello.', 'World']],
		['Syria.According to them', ['Syria.', 'According to them']],
		['Why? Because! Yes.', ['Why?', 'Because!', 'Yes.']],
		['Really?No!', ['Really?', 'No!']],
		['He said “stop.” Then he left.', ['He said “stop.”', 'Then he left.']],
		['It was done.“Next,” she said.', ['It was done.', '“Next,” she said.']],
		[
			'It cost 3.5 million. In 2025. 20 more came.',
			['It cost 3.5 million.', 'In 2025.', '20 more came.']
		],
		['Wait... What now?', ['Wait...', 'What now?']],
		['lower case. after a stop', ['lower case. after a stop']],
		['A headline\nThe body.', ['A headline', 'The body.']],
		['One.\r\nTwo.', ['One.', 'Two.']],
		['No full stop at all', ['No full stop at all']],
		['', []],
		['  \n ', []]
	];

	it.each(table)('splits %j into %j', (text, expected) => {
		expect(sentencesOf(text)).toEqual(expected);
	});

	it('leaves the white space around and between sentences out of the ranges', () => {
		expect(splitSentences('  One.   Two.\n\n  Three.  ')).toEqual([
			{ from: 2, to: 6 },
			{ from: 9, to: 13 },
			{ from: 17, to: 23 }
		]);
	});
});

describe('rangeAt', () => {
	const text = 'One two. Three four.';
	const sentences = splitSentences(text);

	// [UTF-16 index, sentence index]
	const table: [number, number][] = [
		[0, 0],
		[7, 0],
		[8, -1],
		[9, 1],
		[19, 1],
		[20, -1],
		[-1, -1]
	];

	it.each(table)('finds the sentence holding index %i: %i', (at, expected) => {
		expect(sentences).toEqual([
			{ from: 0, to: 8 },
			{ from: 9, to: 20 }
		]);
		expect(rangeAt(sentences, at)).toBe(expected);
	});

	it('finds nothing in an empty list', () => {
		expect(rangeAt([], 0)).toBe(-1);
	});
});

describe('widenToSentences', () => {
	const text = 'One two. Three four. Five.';
	const sentences = splitSentences(text);

	// [range, widened]: UTF-16 indices.
	const table: [[number, number], [number, number]][] = [
		[
			[0, 3],
			[0, 8]
		],
		[
			[4, 7],
			[0, 8]
		],
		[
			[15, 20],
			[9, 20]
		],
		[
			[6, 12],
			[0, 20]
		],
		[
			[5, 26],
			[0, 26]
		],
		[
			[8, 9],
			[8, 9]
		],
		[
			[20, 22],
			[20, 26]
		]
	];

	it.each(table)('widens %j to the sentences it overlaps: %j', ([from, to], [wideFrom, wideTo]) => {
		const range = Object.freeze({ from, to });
		expect(widenToSentences(sentences, range)).toEqual({ from: wideFrom, to: wideTo });
	});

	it('leaves a range as it is when there are no sentences', () => {
		expect(widenToSentences([], { from: 2, to: 5 })).toEqual({ from: 2, to: 5 });
	});

	it('agrees with filtering every sentence, over a text of many', () => {
		const many = Array.from({ length: 500 }, (_, i) => `Sentence ${i} ends here.`).join(' ');
		const all = splitSentences(many);
		for (let from = 0; from < many.length; from += 37) {
			const range = { from, to: Math.min(many.length, from + 1 + (from % 91)) };
			const around = all.filter((s) => s.to > range.from && s.from < range.to);
			expect(widenToSentences(all, range)).toEqual({
				from: Math.min(range.from, ...around.map((s) => s.from)),
				to: Math.max(range.to, ...around.map((s) => s.to))
			});
		}
	});
});
