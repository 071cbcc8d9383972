import { describe, expect, it } from 'vitest';
import { CodePoints } from './code-points.ts';

// 𝔸 and 🙂 lie outside the Basic Multilingual Plane: two UTF-16 units, one code point each.
const ASTRAL = '𝔸🙂 said “hello there” and left.';

describe('CodePoints', () => {
	const points = new CodePoints(ASTRAL);

	it('counts code points, not UTF-16 units', () => {
		expect(points.length).toBe(Array.from(ASTRAL).length);
		expect(points.length).toBe(ASTRAL.length - 2);
	});

	// [code point, UTF-16 index]
	const table: [number, number][] = [
		[0, 0],
		[1, 2],
		[2, 4],
		[3, 5],
		[9, 11],
		[20, 22],
		[31, 33]
	];

	it.each(table)('maps code point %i to UTF-16 index %i and back', (codePoint, utf16) => {
		expect(points.toUtf16(codePoint)).toBe(utf16);
		expect(points.toCodePoint(utf16)).toBe(codePoint);
	});

	it('round-trips every code point through UTF-16', () => {
		for (let i = 0; i <= points.length; i++) expect(points.toCodePoint(points.toUtf16(i))).toBe(i);
	});

	it('rounds a UTF-16 index inside a surrogate pair down to the character it splits', () => {
		expect(points.toCodePoint(1)).toBe(0);
		expect(points.toCodePoint(3)).toBe(1);
	});

	it('treats a text without astral characters as one unit per code point', () => {
		const plain = new CodePoints('plain');
		expect(plain.length).toBe(5);
		expect([0, 1, 5].map((i) => plain.toUtf16(i))).toEqual([0, 1, 5]);
	});
});

describe('CodePoints on a text with no character outside the Basic Multilingual Plane', () => {
	const plain = new CodePoints('plain text');

	// [offset, UTF-16 index]: what a table of one unit per code point would give.
	const toUtf16: [number, number][] = [
		[0, 0],
		[-0, 0],
		[3, 3],
		[10, 10],
		[11, 10],
		[-1, 10],
		[2.5, 10],
		[NaN, 10]
	];

	it.each(toUtf16)('maps code point %d to UTF-16 index %d', (codePoint, utf16) => {
		expect(Object.is(plain.toUtf16(codePoint), utf16)).toBe(true);
	});

	// [UTF-16 index, code point]
	const toCodePoint: [number, number][] = [
		[0, 0],
		[-0, 0],
		[2.5, 2],
		[10, 10],
		[11, 10],
		[-1, 0],
		[NaN, 0]
	];

	it.each(toCodePoint)('maps UTF-16 index %d to code point %d', (utf16, codePoint) => {
		expect(Object.is(plain.toCodePoint(utf16), codePoint)).toBe(true);
	});
});
