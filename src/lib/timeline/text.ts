import { bisectRight } from 'd3-array';
import type { TextRange } from './types.ts';

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

/** UTF-16 units in each indexed run of text; most runs this long are rare in prose. */
const GRAM = 8;
/**
 * Scans of one text before it is indexed. Indexing costs about as much as this many scans,
 * so a source searched a few times is never indexed, and one searched often spends no more
 * on scans than its index costs.
 */
const SCANS = 32;

/**
 * Where each run of GRAM UTF-16 units starts in one text, so a search for a quote visits
 * only the places that share its rarest run instead of scanning the whole text. Starts
 * are chained by the run's hash: `first[h]` is the first start whose run hashes to h and
 * `next[i]` the start after i with the same hash, -1 ending a chain of `count[h]` starts.
 */
class RunIndex {
	readonly #text: string;
	readonly #bits: number;
	readonly #first: Int32Array;
	readonly #count: Int32Array;
	readonly #next: Int32Array;

	constructor(text: string) {
		this.#text = text;
		// About one bucket per start, from 2^10 to 2^20: larger tables spend more time
		// waiting on memory than they save in shorter chains.
		this.#bits = Math.min(20, Math.max(10, Math.ceil(Math.log2(text.length + 1))));
		this.#first = new Int32Array(1 << this.#bits).fill(-1);
		this.#count = new Int32Array(1 << this.#bits);
		this.#next = new Int32Array(Math.max(0, text.length - GRAM + 1));
		// Backwards, so that each chain runs in text order.
		for (let i = text.length - GRAM; i >= 0; i--) {
			const hash = this.#hash(text, i);
			this.#next[i] = this.#first[hash]!;
			this.#first[hash] = i;
			this.#count[hash]!++;
		}
	}

	#hash(text: string, at: number): number {
		let hash = 0;
		for (let i = at; i < at + GRAM; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
		// Fibonacci hashing: the top bits of the product spread similar runs apart.
		return Math.imul(hash, 0x9e3779b1) >>> (32 - this.#bits);
	}

	/** Every UTF-16 index where `quote`, at least GRAM units long, occurs, in order. */
	indexesOf(quote: string): number[] {
		let rarest = 0;
		let fewest = Infinity;
		for (let at = 0; at + GRAM <= quote.length; at++) {
			const count = this.#count[this.#hash(quote, at)]!;
			if (count < fewest) {
				rarest = at;
				fewest = count;
			}
			// No run is rarer than one that occurs once (or never: then neither does the quote).
			if (fewest <= 1) break;
		}
		const found: number[] = [];
		for (let i = this.#first[this.#hash(quote, rarest)]!; i !== -1; i = this.#next[i]!)
			if (i >= rarest && this.#text.startsWith(quote, i - rarest)) found.push(i - rarest);
		return found;
	}
}

/**
 * Finds every place a string occurs in one text. The first searches scan the text; after
 * SCANS of them it is indexed, so a file of thousands of quotes without offsets takes
 * time in proportion to its size rather than to quotes × text.
 */
class TextSearch {
	readonly text: string;
	#scans = 0;
	#index: RunIndex | null = null;

	constructor(text: string) {
		this.text = text;
	}

	/** The index, once the text has been scanned often enough for a quote this long. */
	#indexFor(quote: string): RunIndex | null {
		if (quote.length < GRAM) return null;
		if (!this.#index && ++this.#scans > SCANS) this.#index = new RunIndex(this.text);
		return this.#index;
	}

	/** Every UTF-16 index where `quote` occurs, in order, overlapping occurrences included. */
	indexesOf(quote: string): number[] {
		const index = this.#indexFor(quote);
		if (index) return index.indexesOf(quote);
		const found: number[] = [];
		for (let i = this.text.indexOf(quote); i !== -1; i = this.text.indexOf(quote, i + 1))
			found.push(i);
		return found;
	}

	includes(quote: string): boolean {
		const index = this.#indexFor(quote);
		return index ? index.indexesOf(quote).length > 0 : this.text.includes(quote);
	}
}

/**
 * The searches of one source: its text as written, and the forms a quote that is not
 * found is compared in to say why. Kept with its CodePoints, as a file may quote a source
 * thousands of times.
 */
class SourceSearch {
	readonly exact: TextSearch;
	#normalized: TextSearch | null = null;
	#loose: TextSearch | null = null;

	constructor(text: string) {
		this.exact = new TextSearch(text);
	}

	get normalized(): TextSearch {
		return (this.#normalized ??= new TextSearch(this.exact.text.normalize('NFC')));
	}

	get loose(): TextSearch {
		return (this.#loose ??= new TextSearch(loosen(this.normalized.text)));
	}
}

const searches = new WeakMap<CodePoints, SourceSearch>();

function searchOf(points: CodePoints): SourceSearch {
	let search = searches.get(points);
	if (!search) searches.set(points, (search = new SourceSearch(points.text)));
	return search;
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

/** Whether UTF-16 index `i` falls between characters, not inside a surrogate pair. */
function isWhole(points: CodePoints, i: number): boolean {
	return points.toUtf16(points.toCodePoint(i)) === i;
}

/** Which of the places a quote occurs hold it as whole characters, not half of a pair. */
function wholeIndexes(points: CodePoints, quote: string, found: number[]): number[] {
	return found.filter((i) => isWhole(points, i) && isWhole(points, i + quote.length));
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
	// A code point is one or two UTF-16 units, so a text no longer than max fits.
	if (text.length <= max) return text;
	// Read characters only until there are more than max, as a text may run to millions.
	// (Below 1, max - 1 would count back from the end of them all, so read them all.)
	const chars: string[] = [];
	for (const char of text) {
		chars.push(char);
		if (chars.length > max && max >= 1) break;
	}
	if (chars.length <= max) return text;
	const kept = chars.slice(0, max - 1).join('');
	return (trim ? kept.trimEnd() : kept) + '…';
}

const excerpt = (text: string) => cut(text, 40);

/** Whether the text just before `from` is the prefix and just after `to` the suffix, when given. */
function fits(text: string, from: number, to: number, prefix?: string, suffix?: string): boolean {
	return (
		(prefix === undefined ||
			(from >= prefix.length && text.startsWith(prefix, from - prefix.length))) &&
		(suffix === undefined || text.startsWith(suffix, to))
	);
}

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
			const elsewhere = wholeIndexes(points, quote, searchOf(points).exact.indexesOf(quote));
			const hint =
				elsewhere.length === 1
					? ` (the quote is at ${points.toCodePoint(elsewhere[0]!)}–${points.toCodePoint(elsewhere[0]! + quote.length)})`
					: '';
			return {
				error: `offsets ${start}–${end} hold ${JSON.stringify(excerpt(held))}, not the quote${hint}`
			};
		}
		if (!fits(text, from, to, prefix, suffix))
			return { error: `prefix or suffix does not match the text around offsets ${start}–${end}` };
		return { range: { from, to, start, end } };
	}
	const search = searchOf(points);
	const anywhere = search.exact.indexesOf(quote);
	const found = wholeIndexes(points, quote, anywhere);
	if (found.length === 0) {
		if (anywhere.length > 0)
			return {
				error: `not found in source "${sourceId}" as whole characters (it matches only half of a character outside the Basic Multilingual Plane: quote whole characters)`
			};
		if (search.normalized.includes(quote.normalize('NFC')))
			return {
				error: `not found in source "${sourceId}" (it matches only after Unicode normalization: quote the source's characters exactly)`
			};
		if (search.loose.includes(loosen(quote.normalize('NFC'))))
			return {
				error: `not found in source "${sourceId}" (a passage differs only in letter case, quotation marks, dashes or spaces: quote the source's characters exactly)`
			};
		return { error: `not found in source "${sourceId}"` };
	}
	const fitting = found.filter((from) => fits(text, from, from + quote.length, prefix, suffix));
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
