import { bisector } from 'd3-array';
import type { TextRange } from './types.ts';

/**
 * Words that end in a full stop without ending a sentence. Kept short on purpose:
 * a missed abbreviation splits one sentence in two, which still links correctly.
 */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'sr',
	'jr',
	'st',
	'gen',
	'col',
	'lt',
	'sgt',
	'capt',
	'gov',
	'sen',
	'rep',
	'pres',
	'no',
	'vs',
	'etc',
	'inc',
	'ltd',
	'co',
	'corp',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'e.g',
	'i.e',
	'a.m',
	'p.m',
	'u.s',
	'u.k',
	'u.n',
	'e.u'
]);

const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«([';

/** Where a sentence may end. */
const STOP = /[\n\r.!?]/g;
const SPACE = /\s/;
const DIGIT = /\d/;
const WORD_CHAR = /[\p{L}.]/u;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}$/u;

function isUpper(char: string | undefined): boolean {
	if (char === undefined) return false;
	// ASCII first: one test per sentence, without two case-mapped copies of the character.
	if (char < '\x80') return char >= 'A' && char <= 'Z';
	return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** The word that ends just before index `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number): string {
	let i = dot;
	while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
	return text.slice(i, dot).toLowerCase();
}

/** The index of the next line break or . ! ? at or after `from`, or -1. */
function nextStop(text: string, from: number): number {
	STOP.lastIndex = from;
	// test, not exec: no match array per sentence. The match is one character.
	return STOP.test(text) ? STOP.lastIndex - 1 : -1;
}

/**
 * Splits a text into sentences with fixed rules, so every browser and the build agree
 * (browsers' own segmenters differ by ICU version). A sentence ends at a line break, or
 * at . ! ? plus any closing quotes when followed by white space and then an uppercase
 * letter, digit or opening quote, or directly by an uppercase letter or opening quote
 * (news copy often loses the space: "Middle East.According"). Ranges exclude the white
 * space between sentences.
 */
export function splitSentences(text: string): TextRange[] {
	const sentences: TextRange[] = [];
	let start = 0;
	const push = (end: number) => {
		let from = start;
		let to = end;
		while (from < to && SPACE.test(text[from]!)) from++;
		while (to > from && SPACE.test(text[to - 1]!)) to--;
		if (to > from) sentences.push({ from, to });
		start = end;
	};
	for (let i = nextStop(text, 0); i !== -1; i = nextStop(text, i + 1)) {
		const char = text[i]!;
		if (char === '\n' || char === '\r') {
			push(i);
			continue;
		}
		let end = i + 1;
		while (end < text.length && (text[end] === '.' || CLOSERS.includes(text[end]!))) end++;
		let next = end;
		while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
		const following = text[next];
		if (following === undefined || following === '\n' || following === '\r') {
			push(end);
			i = end - 1;
			continue;
		}
		const spaced = next > end;
		const opens = isUpper(following) || OPENERS.includes(following);
		if (!(opens || (spaced && DIGIT.test(following)))) continue;
		if (char === '.') {
			const word = wordBefore(text, i);
			if (ABBREVIATIONS.has(word)) continue;
			// An initial such as "J. Smith", or "U.S" already seen as one word.
			if (CAPITAL.test(text.slice(i - 1, i)) && (i < 2 || !LETTER.test(text[i - 2]!))) continue;
		}
		push(end);
		i = end - 1;
	}
	push(text.length);
	return sentences;
}

/** Ranges in order by where they end: the first to end after `at` is `byEnd.right(ranges, at)`. */
const byEnd = bisector((range: TextRange) => range.to);

/**
 * The index of the range holding UTF-16 index `at`, or -1, among ranges in order that do
 * not overlap: a sentence of a text, a page of a source.
 */
export function rangeAt(ranges: readonly TextRange[], at: number): number {
	const i = byEnd.right(ranges, at);
	return i < ranges.length && ranges[i]!.from <= at ? i : -1;
}

/**
 * A range widened to take in every sentence it overlaps. The sentences are in order, so
 * those overlapping are one run, found by halving: a source may have 100,000 of them.
 */
export function widenToSentences(sentences: TextRange[], range: TextRange): TextRange {
	let { from, to } = range;
	for (
		let i = byEnd.right(sentences, range.from);
		i < sentences.length && sentences[i]!.from < range.to;
		i++
	) {
		from = Math.min(from, sentences[i]!.from);
		to = Math.max(to, sentences[i]!.to);
	}
	return { from, to };
}
