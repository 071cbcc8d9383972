/**
 * The edits `validate --fix` makes to an events.json file: fill in the offsets that
 * anchoring found, then write the document back in the file's own layout.
 */

import { isObject } from '../timeline/validate.ts';

type Json = Record<string, unknown>;

export type Anchors = ReadonlyMap<string, { start: number; end: number }>;

const SEGMENT = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The keys of a JSON path as validate.ts writes them: `events[3].evidence[0]`, `a["b c"]`. */
export function pathKeys(path: string): (string | number)[] {
	const keys: (string | number)[] = [];
	for (let rest = path; rest !== '';) {
		const match = SEGMENT.exec(rest);
		if (!match) throw new Error(`cannot read the JSON path ${JSON.stringify(path)}`);
		const [whole, name, index, quoted] = match;
		keys.push(name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted!) as string)));
		rest = rest.slice(whole.length);
	}
	return keys;
}

/**
 * An object with these keys in this order. Object.fromEntries defines properties, so a
 * "__proto__" key from JSON.parse stays a plain key instead of setting the prototype.
 */
function objectOf(entries: [string, unknown][]): Json {
	return Object.fromEntries(entries);
}

/** The evidence with `start` and `end` set, placed after `quote` as the format orders them. */
function withOffsets(evidence: Json, { start, end }: { start: number; end: number }): Json {
	const entries = Object.entries(evidence).filter(([key]) => key !== 'start' && key !== 'end');
	const at = entries.findIndex(([key]) => key === 'quote');
	entries.splice(at === -1 ? entries.length : at + 1, 0, ['start', start], ['end', end]);
	return objectOf(entries);
}

/** A copy of `value` with the value at `keys` replaced; everything off the path is shared. */
function replaceAt(
	value: unknown,
	keys: (string | number)[],
	replace: (target: Json) => Json
): unknown {
	if (keys.length === 0) {
		if (!isObject(value)) throw new Error('the path does not lead to an object');
		return replace(value);
	}
	const [key, ...rest] = keys;
	if (typeof key === 'number' && Array.isArray(value) && key < value.length) {
		const next = value.slice();
		next[key] = replaceAt(value[key], rest, replace);
		return next;
	}
	if (typeof key === 'string' && isObject(value) && Object.hasOwn(value, key)) {
		return objectOf(
			Object.entries(value).map(([k, v]) => [k, k === key ? replaceAt(v, rest, replace) : v])
		);
	}
	throw new Error(`nothing at ${JSON.stringify(key)}`);
}

/**
 * Writes the offsets that anchoring found (ParseResult.anchors, keyed by the JSON path
 * of each evidence) into the raw document, changing nothing else. Returns a new
 * document; the input is not mutated.
 */
export function applyAnchors({ document, anchors }: { document: unknown; anchors: Anchors }): {
	document: unknown;
	filled: number;
} {
	let result = document;
	for (const [path, offsets] of anchors) {
		try {
			result = replaceAt(result, pathKeys(path), (evidence) => withOffsets(evidence, offsets));
		} catch (error) {
			throw new Error(`cannot fill offsets at ${path}: ${(error as Error).message}`);
		}
	}
	return { document: result, filled: anchors.size };
}

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
