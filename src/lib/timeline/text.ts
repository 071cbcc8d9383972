import type { TextRange } from './types.ts';

/**
 * Maps between code-point offsets (the format's, as in the W3C TextPositionSelector)
 * and UTF-16 indices (JavaScript's and the DOM's). They differ after any character
 * outside the Basic Multilingual Plane.
 */
export class CodePoints {
	readonly text: string;
	/** utf16[i] is the UTF-16 index of code point i; the last entry is text.length. */
	readonly #utf16: Uint32Array;

	constructor(text: string) {
		this.text = text;
		// Filled in place: a source text may run to millions of characters.
		const utf16 = new Uint32Array(text.length + 1);
		let points = 0;
		for (let i = 0; i < text.length; i++) {
			utf16[points++] = i;
			const code = text.charCodeAt(i);
			if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
				const next = text.charCodeAt(i + 1);
				if (next >= 0xdc00 && next <= 0xdfff) i++;
			}
		}
		utf16[points] = text.length;
		this.#utf16 = points === text.length ? utf16 : utf16.slice(0, points + 1);
	}

	/** The number of code points in the text. */
	get length(): number {
		return this.#utf16.length - 1;
	}

	toUtf16(codePoint: number): number {
		return this.#utf16[codePoint] ?? this.text.length;
	}

	/** The code-point offset of a UTF-16 index (rounding down inside a surrogate pair). */
	toCodePoint(index: number): number {
		let lo = 0;
		let hi = this.#utf16.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.#utf16[mid]! <= index) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}

export interface QuoteSelector {
	quote: string;
	prefix?: string;
	suffix?: string;
	/** Code-point offsets; both or neither. */
	start?: number;
	end?: number;
}

export type AnchorResult =
	| { range: TextRange & { start: number; end: number }; error?: undefined }
	| { range?: undefined; error: string };

/** Where the quote occurs as whole characters, never starting or ending inside a surrogate pair. */
function allIndexes(points: CodePoints, quote: string): number[] {
	const { text } = points;
	const whole = (i: number) => points.toUtf16(points.toCodePoint(i)) === i;
	const found: number[] = [];
	for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1))
		if (whole(i) && whole(i + quote.length)) found.push(i);
	return found;
}

/** Folds what people retype differently: case, curly and straight quotes, dashes, runs of spaces. */
function loosen(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ');
}

/**
 * A text cut to at most `max` characters (code points, so no pair is split), ending in
 * "…" when cut; `trim` drops the white space the cut leaves before the ellipsis.
 */
export function cut(text: string, max: number, { trim = false } = {}): string {
	const chars = Array.from(text);
	if (chars.length <= max) return text;
	const kept = chars.slice(0, max - 1).join('');
	return (trim ? kept.trimEnd() : kept) + '…';
}

const excerpt = (text: string) => cut(text, 40);

/**
 * Finds the place a quote refers to, as a W3C TextQuoteSelector plus optional
 * TextPositionSelector. Offsets, when given, must hold exactly the quote; without
 * them the quote must occur once, or its prefix and suffix must single one place out.
 */
export function anchorQuote(
	points: CodePoints,
	selector: QuoteSelector,
	sourceId: string
): AnchorResult {
	const { text } = points;
	const { quote, prefix, suffix } = selector;
	const fits = (from: number, to: number) =>
		(prefix === undefined || text.slice(0, from).endsWith(prefix)) &&
		(suffix === undefined || text.startsWith(suffix, to));
	if (selector.start !== undefined && selector.end !== undefined) {
		const { start, end } = selector;
		if (start > end)
			return { error: `offsets ${start}–${end} are reversed: start comes after end` };
		if (end > points.length)
			return {
				error: `offsets ${start}–${end} lie outside source "${sourceId}" (${points.length} code points)`
			};
		const from = points.toUtf16(start);
		const to = points.toUtf16(end);
		const held = text.slice(from, to);
		if (held !== quote) {
			const elsewhere = allIndexes(points, quote);
			const hint =
				elsewhere.length === 1
					? ` (the quote is at ${points.toCodePoint(elsewhere[0]!)}–${points.toCodePoint(elsewhere[0]! + quote.length)})`
					: '';
			return {
				error: `offsets ${start}–${end} hold ${JSON.stringify(excerpt(held))}, not the quote${hint}`
			};
		}
		if (!fits(from, to))
			return { error: `prefix or suffix does not match the text around offsets ${start}–${end}` };
		return { range: { from, to, start, end } };
	}
	const found = allIndexes(points, quote);
	if (found.length === 0) {
		if (text.includes(quote))
			return {
				error: `not found in source "${sourceId}" as whole characters (it matches only half of a character outside the Basic Multilingual Plane: quote whole characters)`
			};
		const near = (s: string) => loosen(s.normalize('NFC'));
		if (text.normalize('NFC').includes(quote.normalize('NFC')))
			return {
				error: `not found in source "${sourceId}" (it matches only after Unicode normalization: quote the source's characters exactly)`
			};
		if (near(text).includes(near(quote)))
			return {
				error: `not found in source "${sourceId}" (a passage differs only in letter case, quotation marks, dashes or spaces: quote the source's characters exactly)`
			};
		return { error: `not found in source "${sourceId}"` };
	}
	const fitting = found.filter((from) => fits(from, from + quote.length));
	if (fitting.length === 0)
		return { error: `found in source "${sourceId}", but not with this prefix and suffix` };
	if (fitting.length > 1)
		return {
			error: `occurs ${fitting.length} times in source "${sourceId}": add start and end, or a prefix or suffix that singles one out`
		};
	const from = fitting[0]!;
	const to = from + quote.length;
	return { range: { from, to, start: points.toCodePoint(from), end: points.toCodePoint(to) } };
}
