import { describe, expect, it } from 'vitest';
import { anchorQuote, type QuoteSelector } from './anchor.ts';
import { CodePoints } from './code-points.ts';

// 𝔸 and 🙂 lie outside the Basic Multilingual Plane: two UTF-16 units, one code point each.
const ASTRAL = '𝔸🙂 said “hello there” and left.';

describe('anchorQuote', () => {
	const anchor = (text: string, selector: QuoteSelector) =>
		anchorQuote(new CodePoints(text), Object.freeze({ ...selector }), 'article');

	it('finds a quote after astral characters, with code-point and UTF-16 offsets', () => {
		const result = anchor(ASTRAL, { quote: 'hello there' });
		expect(result).toEqual({ range: { from: 11, to: 22, start: 9, end: 20 } });
		expect(ASTRAL.slice(result.range!.from, result.range!.to)).toBe('hello there');
	});

	it('accepts code-point offsets that hold the quote', () => {
		expect(anchor(ASTRAL, { quote: 'hello there', start: 9, end: 20 })).toEqual({
			range: { from: 11, to: 22, start: 9, end: 20 }
		});
	});

	it('refuses offsets that do not hold the quote and names where the quote is', () => {
		// 11–22 are the UTF-16 indices: the classic mistake this format guards against.
		expect(anchor(ASTRAL, { quote: 'hello there', start: 11, end: 22 })).toEqual({
			error: 'offsets 11–22 hold "llo there” ", not the quote (the quote is at 9–20)'
		});
	});

	it('names no place when the quote occurs more than once elsewhere', () => {
		expect(anchor('aa bb aa', { quote: 'aa', start: 2, end: 4 })).toEqual({
			error: 'offsets 2–4 hold " b", not the quote'
		});
	});

	// [start, end, message]
	const outside: [number, number, string][] = [
		[5, 100, 'offsets 5–100 lie outside source "article" (31 code points)'],
		[31, 32, 'offsets 31–32 lie outside source "article" (31 code points)'],
		[10, 5, 'offsets 10–5 are reversed: start comes after end']
	];

	it.each(outside)('refuses offsets %i–%i: %s', (start, end, error) => {
		expect(anchor(ASTRAL, { quote: 'hello there', start, end })).toEqual({ error });
	});

	const TWICE = 'It rained. It rained again.';

	it('refuses a quote that occurs twice without offsets, prefix or suffix', () => {
		expect(anchor(TWICE, { quote: 'It rained' })).toEqual({
			error:
				'occurs 2 times in source "article": add start and end, or a prefix or suffix that singles one out'
		});
	});

	// [what singles it out, selector, UTF-16 from]
	const singled: [string, QuoteSelector, number][] = [
		['a prefix', { quote: 'It rained', prefix: '. ' }, 11],
		['a suffix', { quote: 'It rained', suffix: '.' }, 0],
		['another suffix', { quote: 'It rained', suffix: ' again' }, 11],
		['offsets', { quote: 'It rained', start: 11, end: 20 }, 11]
	];

	it.each(singled)('singles out one of two occurrences by %s', (_how, selector, from) => {
		expect(anchor(TWICE, selector)).toEqual({
			range: { from, to: from + 9, start: from, end: from + 9 }
		});
	});

	it('refuses a prefix and suffix that fit no occurrence', () => {
		expect(anchor(TWICE, { quote: 'It rained', prefix: 'Then ' })).toEqual({
			error: 'found in source "article", but not with this prefix and suffix'
		});
	});

	it('refuses offsets that hold the quote when the prefix does not fit there', () => {
		expect(anchor(TWICE, { quote: 'It rained', start: 0, end: 9, prefix: '. ' })).toEqual({
			error: 'prefix or suffix does not match the text around offsets 0–9'
		});
	});

	it('reports a missing quote', () => {
		expect(anchor(ASTRAL, { quote: 'goodbye' })).toEqual({
			error: 'not found in source "article"'
		});
	});

	it('does not match a decomposed (NFD) quote against composed (NFC) text, but says why', () => {
		const text = 'They met at the Café de Flore.'.normalize('NFC');
		const quote = 'Café de Flore'.normalize('NFD');
		expect(quote).not.toBe('Café de Flore'.normalize('NFC'));
		expect(anchor(text, { quote })).toEqual({
			error:
				'not found in source "article" (it matches only after Unicode normalization: quote the source\'s characters exactly)'
		});
	});
});

describe('anchorQuote over many searches of one source', () => {
	// Enough quotes that the source is indexed part way through.
	const entries = Array.from({ length: 60 }, (_, i) => `Entry ${i + 1} in the log was “late”.`);
	const text = `${entries.join(' ')} Entry 7 in the log was “late”. 😀 done.`;
	const selectors: QuoteSelector[] = [
		...entries.map((quote) => ({ quote })),
		{ quote: 'Entry 7 in the log' },
		{ quote: 'Entry 7 in the log', suffix: ' was “late”. 😀' },
		{ quote: 'entry 12 in the log was "late"' },
		{ quote: 'Entry 12 in the log was “early”' },
		{ quote: 'in the log' },
		{ quote: 'log' },
		{ quote: '\uDE00 done' }
	];

	it('finds each quote as a search of a source seen for the first time would', () => {
		const points = new CodePoints(text);
		for (const selector of [...selectors, ...selectors])
			expect(anchorQuote(points, selector, 'log')).toEqual(
				anchorQuote(new CodePoints(text), selector, 'log')
			);
	});

	it('anchors each entry that occurs once, and names why the others are refused', () => {
		const points = new CodePoints(text);
		const results = selectors.map((selector) => anchorQuote(points, selector, 'log'));
		entries.forEach((entry, i) => {
			const from = text.indexOf(entry);
			if (i === 6) expect(results[i]!.error).toMatch(/^occurs 2 times in source "log"/);
			else
				expect(results[i]!.range).toEqual({
					from,
					to: from + entry.length,
					start: from,
					end: from + entry.length
				});
		});
		expect(results.slice(60).map((result) => result.error ?? 'anchored')).toEqual([
			'occurs 2 times in source "log": add start and end, or a prefix or suffix that singles one out',
			'anchored',
			'not found in source "log" (a passage differs only in letter case, quotation marks, dashes or spaces: quote the source\'s characters exactly)',
			'not found in source "log"',
			'occurs 61 times in source "log": add start and end, or a prefix or suffix that singles one out',
			'occurs 61 times in source "log": add start and end, or a prefix or suffix that singles one out',
			'not found in source "log" as whole characters (it matches only half of a character outside the Basic Multilingual Plane: quote whole characters)'
		]);
	});
});
