import { bisectRight } from 'd3-array';

/** A surrogate pair: one character outside the Basic Multilingual Plane. */
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Maps between code-point offsets (the format's, as in the W3C TextPositionSelector)
 * and UTF-16 indices (JavaScript's and the DOM's). They differ after any character
 * outside the Basic Multilingual Plane.
 */
export class CodePoints {
	readonly text: string;
	/**
	 * utf16[i] is the UTF-16 index of code point i; the last entry is text.length. Null
	 * when the text has no surrogate pair, so each code point is one unit: most texts, and
	 * the PAIR test is far cheaper than the table for a text of millions of characters.
	 */
	readonly #utf16: Uint32Array | null;

	constructor(text: string) {
		this.text = text;
		if (!PAIR.test(text)) {
			this.#utf16 = null;
			return;
		}
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
		this.#utf16 = utf16.slice(0, points + 1);
	}

	/** The number of code points in the text. */
	get length(): number {
		return this.#utf16 ? this.#utf16.length - 1 : this.text.length;
	}

	toUtf16(codePoint: number): number {
		if (this.#utf16) return this.#utf16[codePoint] ?? this.text.length;
		// As the table would: an index past the end, negative or fractional gives the
		// text's length, and -0 (which JSON can hold) gives 0.
		if (codePoint === 0) return 0;
		return Number.isInteger(codePoint) && codePoint > 0 && codePoint < this.text.length
			? codePoint
			: this.text.length;
	}

	/** The code-point offset of a UTF-16 index (rounding down inside a surrogate pair). */
	toCodePoint(index: number): number {
		const utf16 = this.#utf16;
		// As the search below would on the table 0, 1, … text.length.
		if (!utf16) return index >= 1 ? Math.min(Math.floor(index), this.text.length) : 0;
		return Math.max(0, bisectRight(utf16, index) - 1);
	}
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in code points, without making an array for text that has no surrogate pair. */
export function codePointLength(text: string): number {
	if (!SURROGATE.test(text)) return text.length;
	let pairs = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			pairs++;
			i++;
		}
	}
	return text.length - pairs;
}
