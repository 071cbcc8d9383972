import type { CodePoints } from './code-points.ts';
import { cut } from './cut.ts';
import { loosen } from './loosen.ts';
import { TextSearch } from './search.ts';
import type { TextRange } from './types.ts';

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
