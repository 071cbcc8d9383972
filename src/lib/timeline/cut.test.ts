import { describe, expect, it } from 'vitest';
import { cut } from './cut.ts';

describe('cut', () => {
	// [text, max, cut]
	const table: [string, number, string][] = [
		['short', 10, 'short'],
		['exactly', 7, 'exactly'],
		['a longer text', 8, 'a longe…'],
		['𝔸🙂𝔸🙂𝔸', 5, '𝔸🙂𝔸🙂𝔸'],
		['𝔸🙂𝔸🙂𝔸🙂', 5, '𝔸🙂𝔸🙂…'],
		['abc', 1, '…'],
		['abc', 0, 'ab…']
	];

	it.each(table)('cuts %j to at most %d characters', (text, max, expected) => {
		expect(cut(text, max)).toBe(expected);
	});

	it('cuts a text of millions of characters to its first few', () => {
		expect(cut('x'.repeat(5_000_000), 4)).toBe('xxx…');
	});

	it('trims the white space a cut leaves before the ellipsis', () => {
		expect(cut('one two three', 5, { trim: true })).toBe('one…');
	});
});
