import type { Direction } from './resolve.ts';

/** Words that put what follows them in the future. */
const AHEAD =
	/\b(?:will|won['’]t|shall|should|would|could|might|must|as soon as|going to|scheduled|expected|due|set to|(?:wants?|hopes?|seeks?|aims?|intends?|plans?|planned|planning|expects?|promised|pledged|vowed|agreed|decided|is|are) to|upcoming|coming|next|until|till)\b|['’]ll\b/gi;
/** Verbs in the past: a report of what happened ("said on Monday it will …" looks back). */
const BACK =
	/\b(?:(?<!\b(?:be|being)\s+)\w+ed|said|says|told|met|spoke|made|gave|took|went|came|saw|began|held|won|lost|left|sent|put|was|were|had|did|has|have|fell|rose|hit|struck|broke|became|paid|sold|bought|found|thought|brought|caught|ran|led|chose|wrote|ago)\b/gi;

/** How far the cues are looked for around a date, in characters: a clause, not a book. */
const REACH = 300;

/** The last match of a global regex in a text, or -1. */
function lastIndex(regex: RegExp, text: string): number {
	let at = -1;
	regex.lastIndex = 0;
	for (let match = regex.exec(text); match; match = regex.exec(text)) at = match.index;
	return at;
}

/**
 * Whether a date written without its year (or a weekday) at `from`…`to` in a sentence points
 * back from the publication date or ahead of it. Its own words decide first ("last June",
 * "next Thursday"); then the nearest verb before it in the sentence, a future auxiliary
 * ("will … on Thursday") or a verb in the past; then a future auxiliary just after it
 * ("On Thursday the council will vote"). News reports the past, so past is the default.
 */
export function directionOf(sentence: string, from: number, to: number): Direction {
	const words = sentence.slice(from, to);
	if (/\b(?:last|past|previous)\b/i.test(words)) return 'before';
	if (/\b(?:next|coming|following)\b/i.test(words)) return 'after';
	const before = sentence
		.slice(Math.max(0, from - REACH), from)
		.split(/[;:]/)
		.pop()!
		.split(/\s+/)
		.slice(-20)
		.join(' ');
	if (/\blast\s*$/i.test(before)) return 'before';
	if (/\b(?:next|this coming|coming)\s*$/i.test(before)) return 'after';
	const ahead = lastIndex(AHEAD, before);
	const back = lastIndex(BACK, before);
	// At the same place, "expected", "scheduled": a participle that looks ahead.
	if (ahead > -1 && ahead >= back) return 'future';
	if (back > -1) return 'past';
	const after = sentence
		.slice(to, to + REACH)
		.split(/[;:,]/)[0]!
		.split(/\s+/)
		.slice(0, 7)
		.join(' ');
	AHEAD.lastIndex = 0;
	return AHEAD.test(after) ? 'future' : 'past';
}
