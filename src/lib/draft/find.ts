import type { UTCDate } from '@date-fns/utc';
import { readChrono } from './chrono.ts';
import { readExpressions, type Found } from './expressions.ts';

const overlaps = (a: Found, b: Found) => a.from < b.to && b.from < a.to;

/** Adds each candidate that overlaps none already taken, longest first among equals. */
function take(taken: Found[], candidates: Found[]): void {
	const sorted = [...candidates].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
	for (const candidate of sorted)
		if (!taken.some((other) => overlaps(other, candidate))) taken.push(candidate);
}

/**
 * The dated expressions of one sentence, in order, without overlaps. The rules for
 * relative phrases, spans and words that are not dates come first; then the parser's
 * calendar dates; then times of day and bare years, which are the least sure. Anaphors
 * ("the same day") come back with no date, for the caller to date in context.
 */
export function findDates(sentence: string, published: UTCDate): Found[] {
	const { claims, times, years } = readExpressions(sentence, published);
	const taken: Found[] = [];
	take(taken, claims);
	take(taken, readChrono(sentence, published));
	take(taken, times);
	take(taken, years);
	return taken
		.filter((found) => found.edtf !== null || found.anaphor)
		.sort((a, b) => a.from - b.from);
}
