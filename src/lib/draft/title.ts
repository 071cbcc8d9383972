/** Longest drafted title, in characters: a headline, not the sentence again. */
const LONGEST = 80;
/** Characters of the sentence read for a title, well beyond LONGEST. */
const REACH = 400;

/** Words left dangling once the date is gone: "on", "in", "since" … */
const DANGLING = /\b(?:on|in|at|since|during|by|from|until|till|of|as of|earlier|later)\s*$/i;

/**
 * A short title for an event, drafted from its sentence: the date's words taken out (the
 * date is shown beside the title), white space collapsed, cut at a word near 80 characters.
 * An editor is expected to rewrite it.
 */
export function draftTitle({
	sentence,
	from,
	to
}: {
	sentence: string;
	/** Where the date's words start and end in the sentence (UTF-16). */
	from: number;
	to: number;
}): string {
	// Only the opening words can make the title; a long sentence is not copied whole.
	let head = sentence.slice(0, Math.min(from, REACH)).replace(/\s+$/, '');
	const dangling = DANGLING.exec(head);
	if (dangling) head = head.slice(0, dangling.index);
	let text = `${head} ${from > REACH ? '' : sentence.slice(to, to + REACH)}`
		// Control characters and any run of white space become one space.
		.replace(/[\s\p{Cc}]+/gu, ' ')
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/^[\s,.;:!?'"“”‘’)\]-]+/, '')
		.trim();
	if (text.length > LONGEST) {
		const cut = text.slice(0, LONGEST + 1);
		const space = cut.lastIndexOf(' ');
		text = `${(space > LONGEST / 2 ? cut.slice(0, space) : [...text].slice(0, LONGEST).join('')).replace(/[\s,;:-]+$/, '')}…`;
	} else text = text.replace(/[\s,.;:]+$/, '');
	if (!/[\p{L}\p{N}]/u.test(text)) return '';
	return text.charAt(0).toUpperCase() + text.slice(1);
}
