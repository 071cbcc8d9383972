/** JSON written back in the layout of the file it was read from, so a fix changes only what it fixes. */

/** The indentation unit of a JSON text, from its first indented line: a tab, N spaces, or '' when flat. */
export function detectIndent(text: string): string {
	const indent = /^([ \t]+)\S/m.exec(text)?.[1];
	if (indent === undefined) return '';
	return indent.startsWith('\t') ? '\t' : ' '.repeat(indent.length);
}

/**
 * Serializes a document in the layout of the text it was read from: the same indentation,
 * line endings, byte-order mark and final newline.
 */
export function stringifyLike({
	document,
	original
}: {
	document: unknown;
	original: string;
}): string {
	const eol = original.includes('\r\n') ? '\r\n' : '\n';
	// JSON.stringify escapes line breaks inside strings, so every "\n" here is layout.
	let text = JSON.stringify(document, null, detectIndent(original)).replace(/\n/g, eol);
	if (/\r?\n$/.test(original)) text += eol;
	return original.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
}
