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
