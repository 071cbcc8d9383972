/**
 * What `validate --fix` writes into an events.json document: the offsets anchoring found,
 * and the quotes repaired to their source's characters.
 */

import { isObject } from '../timeline/validate.ts';

type Json = Record<string, unknown>;

/** Offsets to write, and the quote too when it is repaired, keyed by JSON path of the evidence. */
export type Anchors = ReadonlyMap<string, { start: number; end: number; quote?: string }>;

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

/**
 * The evidence with `start` and `end` set, placed after `quote` as the format orders them,
 * and the quote replaced when a repair gives one.
 */
function withOffsets(
	evidence: Json,
	{ start, end, quote }: { start: number; end: number; quote?: string }
): Json {
	const entries: [string, unknown][] = Object.entries(evidence)
		.filter(([key]) => key !== 'start' && key !== 'end')
		.map(([key, value]) => [key, key === 'quote' && quote !== undefined ? quote : value]);
	const at = entries.findIndex(([key]) => key === 'quote');
	entries.splice(at === -1 ? entries.length : at + 1, 0, ['start', start], ['end', end]);
	return objectOf(entries);
}

type Copy = <T extends Json | unknown[]>(value: T) => T;

/** A shallow copy of an array or object, keys in their order. */
export const shallowCopy: Copy = (value) =>
	(Array.isArray(value) ? value.slice() : objectOf(Object.entries(value))) as typeof value;

/**
 * Copies of the arrays and objects on the paths written to, each made once however many
 * paths cross it: a file of 100,000 quotes copies its events array once, not per quote.
 * What no path crosses is shared with the input, which is never mutated.
 */
class CopyOnWrite {
	readonly #copies = new Map<object, Json | unknown[]>();
	readonly #copy: Copy;

	constructor(copy: Copy) {
		this.#copy = copy;
	}

	/** The writable copy of a container, made on first use; a copy is its own. */
	writable(value: Json | unknown[]): Json | unknown[] {
		let copy = this.#copies.get(value);
		if (!copy) {
			copy = this.#copy(value);
			this.#copies.set(value, copy);
			this.#copies.set(copy, copy);
		}
		return copy;
	}
}

/** The container that `key` reads in, checked, or why it cannot be read. */
function child(parent: Json | unknown[], key: string | number): unknown {
	if (typeof key === 'number' && Array.isArray(parent) && key < parent.length) return parent[key];
	if (typeof key === 'string' && !Array.isArray(parent) && Object.hasOwn(parent, key))
		return parent[key];
	throw new Error(`nothing at ${JSON.stringify(key)}`);
}

const isContainer = (value: unknown): value is Json | unknown[] =>
	Array.isArray(value) || isObject(value);

/**
 * Writes the offsets that anchoring found (ParseResult.anchors, keyed by the JSON path
 * of each evidence) into the raw document, changing nothing else. Returns a new
 * document; the input is not mutated. Linear in the size of the document.
 */
export function applyAnchors({
	document,
	anchors,
	copy = shallowCopy
}: {
	document: unknown;
	anchors: Anchors;
	/** How a container is copied; the tests count what it copies. */
	copy?: Copy;
}): {
	document: unknown;
	filled: number;
} {
	if (anchors.size === 0) return { document, filled: 0 };
	const copies = new CopyOnWrite(copy);
	let result = document;
	for (const [path, offsets] of anchors) {
		try {
			const keys = pathKeys(path);
			const last = keys.pop();
			if (last === undefined) {
				if (!isObject(result)) throw new Error('the path does not lead to an object');
				result = withOffsets(result, offsets);
				continue;
			}
			if (!isContainer(result)) throw new Error(`nothing at ${JSON.stringify(keys[0] ?? last)}`);
			let parent = (result = copies.writable(result));
			for (const [i, key] of keys.entries()) {
				const next = child(parent, key);
				if (!isContainer(next))
					throw new Error(`nothing at ${JSON.stringify(keys[i + 1] ?? last)}`);
				// The key is the parent's own (child checked), so "__proto__" sets a plain key.
				parent = (parent as Record<string | number, unknown>)[key] = copies.writable(next);
			}
			const target = child(parent, last);
			if (!isObject(target)) throw new Error('the path does not lead to an object');
			(parent as Record<string | number, unknown>)[last] = withOffsets(target, offsets);
		} catch (error) {
			throw new Error(`cannot fill offsets at ${path}: ${(error as Error).message}`, {
				cause: error
			});
		}
	}
	return { document: result, filled: anchors.size };
}
