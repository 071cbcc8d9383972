import type { UTCDate } from '@date-fns/utc';
import { readChrono } from './chrono.ts';
import { readExpressions, type Found } from './expressions.ts';

/**
 * Adds each candidate that overlaps none already taken, longest first among equals.
 * `taken` is kept in order and without overlaps, so one halving finds the neighbour.
 */
function take(taken: Found[], candidates: Found[]): void {
	const sorted = [...candidates].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
	for (const candidate of sorted) {
		// The first taken stretch that ends after the candidate starts.
		let lo = 0;
		let hi = taken.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (taken[mid]!.to <= candidate.from) lo = mid + 1;
			else hi = mid;
		}
		if (lo < taken.length && taken[lo]!.from < candidate.to) continue;
		taken.splice(lo, 0, candidate);
	}
}

/** Longest stretch of one sentence read at once; a text without full stops is read in parts. */
const PART = 2_000;

/** A long sentence's parts, cut at white space, as [start, text] pairs. */
function parts(sentence: string): [number, string][] {
	if (sentence.length <= PART) return [[0, sentence]];
	const cut: [number, string][] = [];
	let start = 0;
	while (start < sentence.length) {
		let end = Math.min(sentence.length, start + PART);
		const space = sentence.lastIndexOf(' ', end);
		if (end < sentence.length && space > start + PART / 2) end = space;
		cut.push([start, sentence.slice(start, end)]);
		start = end;
	}
	return cut;
}

/**
 * The dated expressions of one sentence, in order, without overlaps. The rules for
 * relative phrases, spans and words that are not dates come first; then the parser's
 * calendar dates; then times of day and bare years, which are the least sure. Anaphors
 * ("the same day") come back with no date, for the caller to date in context.
 */
export function findDates(sentence: string, published: UTCDate): Found[] {
	const found: Found[] = [];
	for (const [start, part] of parts(sentence)) {
		const { claims, times, years } = readExpressions(part, published);
		const taken: Found[] = [];
		take(taken, claims);
		take(taken, readChrono(part, published));
		take(taken, times);
		take(taken, years);
		for (const one of taken)
			if (one.edtf !== null || one.anaphor)
				found.push({ ...one, from: one.from + start, to: one.to + start });
	}
	return found;
}
