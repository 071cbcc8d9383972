import { describe, expect, it } from 'vitest';
import { CodePoints } from '../timeline/code-points.ts';
import { loosen } from '../timeline/loosen.ts';
import { differences, fold, nearMatch } from './near-match.ts';

const TEXT =
	'The Mayor said: “We’ll reopen the bridge — soon.”\nCouncillors\u00a0agreed.  Work ends in May.';

const near = (quote: string, options: Omit<Parameters<typeof nearMatch>[1], 'quote'> = {}) =>
	nearMatch(new CodePoints(TEXT), { quote, ...options });

describe('fold', () => {
	const table = [
		'The Mayor said: “We’ll reopen”',
		'a \t\n b',
		'İstanbul — ‘quoted’ – ″x″',
		'𝔸 team 🙂 MET',
		'  leading and trailing  '
	];
	it.each(table)('folds %j as loosen does', (text) => {
		expect(fold(text)).toBe(loosen(text));
	});
});

describe('nearMatch', () => {
	// [quote, the passage it nearly matches, what differs]
	const table: [string, string, string[]][] = [
		['the mayor said', 'The Mayor said', ['letter case']],
		['"We’ll reopen the bridge', '“We’ll reopen the bridge', ['quotation marks']],
		["We'll reopen", 'We’ll reopen', ['apostrophes']],
		['the bridge - soon', 'the bridge — soon', ['dashes']],
		['soon.”  Councillors agreed.', 'soon.”\nCouncillors\u00a0agreed.', ['spaces or line breaks']],
		['agreed. Work', 'agreed.  Work', ['spaces or line breaks']],
		[
			'THE MAYOR SAID: "WE\'LL REOPEN THE BRIDGE - SOON."',
			'The Mayor said: “We’ll reopen the bridge — soon.”',
			['letter case', 'quotation marks', 'apostrophes', 'dashes']
		]
	];

	it.each(table)('finds %j at %j, differing in %j', (quote, passage, kinds) => {
		const from = TEXT.indexOf(passage);
		expect(near(quote)).toEqual({
			kind: 'one',
			passage: {
				from,
				to: from + passage.length,
				start: from,
				end: from + passage.length,
				text: passage
			},
			differences: kinds
		});
	});

	it('finds nothing for a quote that is in the source as written: its trouble is elsewhere', () => {
		expect(near('Work ends in May.')).toBeNull();
		expect(near('Work ends in May.', { start: 0, end: 4 })).toBeNull();
	});

	it('leaves offsets that hold a near match alone when the quote is elsewhere as written', () => {
		const text = 'The Mayor said yes. Later the mayor said yes.';
		expect(
			nearMatch(new CodePoints(text), { quote: 'the mayor said', start: 0, end: 14 })
		).toBeNull();
		expect(
			nearMatch(new CodePoints(text), { quote: 'THE MAYOR SAID', start: 0, end: 14 })
		).toMatchObject({
			kind: 'one',
			passage: { start: 0, end: 14, text: 'The Mayor said' }
		});
	});

	it('finds nothing for other words', () => {
		expect(near('Work ends in June.')).toBeNull();
		expect(near(' \n ')).toBeNull();
	});

	it('counts offsets in code points after characters outside the Basic Multilingual Plane', () => {
		const text = '𝔸 team 🙂 met on “Monday”.';
		const found = nearMatch(new CodePoints(text), { quote: 'MET ON "MONDAY"' });
		const from = text.indexOf('met');
		expect(found).toMatchObject({
			kind: 'one',
			passage: { from, to: from + 15, start: from - 2, end: from + 13, text: 'met on “Monday”' }
		});
	});

	it('never splits a character that folds to two', () => {
		// "İ" lowercases to "i" and a combining dot: a quote "I" would match half of it.
		const points = new CodePoints('İstanbul');
		expect(nearMatch(points, { quote: 'I' })).toBeNull();
		expect(nearMatch(points, { quote: 'STANBUL' })).toMatchObject({
			kind: 'one',
			passage: { start: 1, end: 8, text: 'stanbul' }
		});
	});

	it('names every passage when several match as nearly, and picks none', () => {
		const text = 'The Mayor said “Yes”. Later the mayor said "yes" again.';
		const found = nearMatch(new CodePoints(text), { quote: 'the mayor said “yes”' });
		expect(found).toEqual({
			kind: 'ambiguous',
			passages: [
				{ from: 0, to: 20, start: 0, end: 20, text: 'The Mayor said “Yes”' },
				{ from: 28, to: 48, start: 28, end: 48, text: 'the mayor said "yes"' }
			]
		});
	});

	it('lets a prefix, a suffix or offsets single out one of several passages', () => {
		const text = 'The Mayor said “Yes”. Later the mayor said "yes" again.';
		const points = new CodePoints(text);
		const quote = 'the mayor said “yes”';
		const second = { from: 28, to: 48, start: 28, end: 48, text: 'the mayor said "yes"' };
		expect(nearMatch(points, { quote, prefix: 'LATER ' })).toMatchObject({ passage: second });
		expect(nearMatch(points, { quote, suffix: ' again' })).toMatchObject({ passage: second });
		expect(nearMatch(points, { quote, start: 28, end: 48 })).toMatchObject({ passage: second });
		expect(nearMatch(points, { quote, prefix: 'Earlier ' })).toBeNull();
	});

	it('finds a passage at the end of a source of millions of characters', () => {
		const filler = 'The harbour log was kept that day. '.repeat(150_000);
		const text = `${filler}The Ferry “Sailed” at dawn.`;
		const found = nearMatch(new CodePoints(text), { quote: 'the ferry "sailed" at dawn.' });
		expect(found).toMatchObject({
			kind: 'one',
			passage: { from: filler.length, text: 'The Ferry “Sailed” at dawn.' }
		});
	});
});

describe('differences', () => {
	it('names each kind once, and all of them when none alone explains the difference', () => {
		expect(differences('A—b', 'a-b')).toEqual(['letter case', 'dashes']);
		expect(differences('x', 'y')).toHaveLength(5);
	});
});
