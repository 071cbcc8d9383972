/**
 * Passages of a source that a quote nearly matches: the same characters but for letter
 * case, quotation marks, apostrophes, dashes, and spaces or line breaks, as people retype
 * them. The source is folded once into a copy with a map back to its own offsets, and the
 * folded quote is searched in that copy, so the cost is linear in the source's size.
 */
import type { CodePoints } from '../timeline/code-points.ts';
import { loosen } from '../timeline/loosen.ts';
import { TextSearch } from '../timeline/search.ts';
import type { TextRange } from '../timeline/types.ts';

/** A passage of the source: UTF-16 indices for slicing, code points for the format. */
export type Passage = TextRange & { start: number; end: number; text: string };

export type NearMatch =
	/** One passage, which the quote can be repaired to. */
	| { kind: 'one'; passage: Passage; differences: string[] }
	/** Several passages match as nearly: nothing is repaired. */
	| { kind: 'ambiguous'; passages: Passage[] };

const folds = new Map<string, string>();

/** One character folded as `loosen` folds text, a space for any white space. */
function foldChar(char: string): string {
	const code = char.charCodeAt(0);
	if (char.length === 1 && code < 0x80) {
		if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
		return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : char;
	}
	let folded = folds.get(char);
	if (folded === undefined) folds.set(char, (folded = loosen(char)));
	return folded;
}

/** A text folded, runs of white space made one space: what the quote is searched as. */
export function fold(text: string): string {
	let folded = '';
	let space = false;
	for (const char of text) {
		const f = foldChar(char);
		if (f === ' ' && space) continue;
		space = f === ' ';
		folded += f;
	}
	return folded;
}

/**
 * A source folded, with each folded unit's place in the source: `from[k]` is where the
 * character it comes from starts and `to[k]` where it (or its run of spaces) ends.
 */
class FoldedSource {
	readonly search: TextSearch;
	readonly from: Uint32Array;
	readonly to: Uint32Array;

	constructor(text: string) {
		// Typed arrays, not an array of strings: a source may run to millions of characters.
		// Folding rarely lengthens a character (İ becomes i + a dot), so they seldom grow.
		let units: Uint16Array = new Uint16Array(text.length + 16);
		let from: Uint32Array = new Uint32Array(text.length + 16);
		let to: Uint32Array = new Uint32Array(text.length + 16);
		let k = 0;
		let space = false;
		for (let i = 0; i < text.length;) {
			const code = text.codePointAt(i)!;
			const width = code > 0xffff ? 2 : 1;
			const folded = foldChar(text.slice(i, i + width));
			if (folded === ' ' && space) to[k - 1] = i + width;
			else {
				if (k + folded.length > from.length) {
					const grown = Math.max(from.length * 2, k + folded.length);
					units = grow(units, new Uint16Array(grown));
					from = grow(from, new Uint32Array(grown));
					to = grow(to, new Uint32Array(grown));
				}
				for (let u = 0; u < folded.length; u++) {
					units[k] = folded.charCodeAt(u);
					from[k] = i;
					to[k++] = i + width;
				}
			}
			space = folded === ' ';
			i += width;
		}
		this.search = new TextSearch(decode(units.subarray(0, k)));
		this.from = from.subarray(0, k);
		this.to = to.subarray(0, k);
	}

	/** The source range of folded units [k, k + length), or null when it splits a character. */
	range(k: number, length: number): TextRange | null {
		const last = k + length - 1;
		if (k > 0 && this.from[k - 1] === this.from[k]) return null;
		if (last + 1 < this.from.length && this.from[last + 1] === this.from[last]) return null;
		return { from: this.from[k]!, to: this.to[last]! };
	}
}

function grow<T extends Uint16Array | Uint32Array>(array: T, grown: T): T {
	grown.set(array);
	return grown;
}

/** UTF-16 units as a string, in slices small enough to pass as arguments. */
function decode(units: Uint16Array): string {
	const slices: string[] = [];
	for (let at = 0; at < units.length; at += 8192)
		slices.push(String.fromCharCode(...units.subarray(at, at + 8192)));
	return slices.join('');
}

const folded = new WeakMap<CodePoints, FoldedSource>();

function foldedOf(points: CodePoints): FoldedSource {
	let source = folded.get(points);
	if (!source) folded.set(points, (source = new FoldedSource(points.text)));
	return source;
}

/** Each kind of difference, and a fold that evens out all the others. */
const KINDS: [string, (text: string) => string][] = [
	['letter case', (t) => t.toLowerCase()],
	['quotation marks', (t) => t.replace(/[“”„‟″"]/g, '"')],
	['apostrophes', (t) => t.replace(/[‘’‚‛′']/g, "'")],
	['dashes', (t) => t.replace(/[‐‑‒–—―-]/g, '-')],
	['spaces or line breaks', (t) => t.replace(/\s+/g, ' ')]
];

/** The kinds of difference between a quote and the passage it nearly matches. */
export function differences(quote: string, passage: string): string[] {
	const kinds = KINDS.filter(([kind]) => {
		const others = KINDS.filter(([other]) => other !== kind);
		const even = (text: string) => others.reduce((t, [, f]) => f(t), text);
		return even(quote) !== even(passage);
	}).map(([kind]) => kind);
	return kinds.length > 0 ? kinds : KINDS.map(([kind]) => kind);
}

/**
 * The passage or passages a quote nearly matches, or null when none does or the quote
 * occurs as written (then the trouble is elsewhere: its offsets, prefix or suffix).
 * Offsets that hold a near match single it out; so do a prefix and suffix, folded alike.
 */
export function nearMatch(
	points: CodePoints,
	{
		quote,
		prefix,
		suffix,
		start,
		end
	}: { quote: string; prefix?: string; suffix?: string; start?: number; end?: number }
): NearMatch | null {
	const { text } = points;
	const folding = fold(quote);
	if (folding.trim() === '') return null;
	const passage = ({ from, to }: TextRange): Passage => ({
		from,
		to,
		start: points.toCodePoint(from),
		end: points.toCodePoint(to),
		text: text.slice(from, to)
	});
	if (start !== undefined && end !== undefined && start <= end && end <= points.length) {
		const held = passage({ from: points.toUtf16(start), to: points.toUtf16(end) });
		// Unless the quote is elsewhere as written: then the offsets are what is wrong.
		if (held.text !== quote && fold(held.text) === folding && !text.includes(quote))
			return { kind: 'one', passage: held, differences: differences(quote, held.text) };
	}
	const source = foldedOf(points);
	const folded = source.search.text;
	const foldedPrefix = prefix === undefined ? '' : fold(prefix);
	const foldedSuffix = suffix === undefined ? '' : fold(suffix);
	const passages: Passage[] = [];
	for (const k of source.search.indexesOf(folding)) {
		const range = source.range(k, folding.length);
		if (!range) continue;
		if (text.slice(range.from, range.to) === quote) return null;
		if (!folded.startsWith(foldedSuffix, k + folding.length)) continue;
		if (k < foldedPrefix.length || !folded.startsWith(foldedPrefix, k - foldedPrefix.length))
			continue;
		passages.push(passage(range));
	}
	if (passages.length === 0) return null;
	if (passages.length > 1) return { kind: 'ambiguous', passages };
	const [one] = passages as [Passage];
	return { kind: 'one', passage: one, differences: differences(quote, one.text) };
}
