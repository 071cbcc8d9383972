import { nearMatch } from '../fix/near-match.ts';
import { MAX_LENGTH, isObject, parseTimeline } from '../timeline/validate.ts';
import type { Problem } from '../timeline/types.ts';
import { EMPTY_FORM, nextKey, type Json, type Work } from './work.ts';

/** Largest file the editor reads: an article, or an events.json with its articles. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;

export type Opened<T> =
	{ ok: true; value: T } | { ok: false; message: string; problems?: Problem[] };

const MB = 1024 * 1024;

/**
 * A file's bytes as text: refused when too large, binary (a NUL byte) or not UTF-8, each
 * with a message naming the file. A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, name: string): Opened<string> {
	if (bytes.byteLength > MAX_FILE_BYTES)
		return {
			ok: false,
			message: `${name} is ${(Math.ceil((bytes.byteLength / MB) * 10) / 10).toString()} MB, larger than the ${MAX_FILE_BYTES / MB} MB the editor reads`
		};
	if (bytes.includes(0))
		return { ok: false, message: `${name} is a binary file, not text: open a plain-text article` };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			ok: false,
			message: `${name} is not UTF-8 text: save it as UTF-8 (plain text) and open it again`
		};
	}
	return { ok: true, value: text.replace(/^\uFEFF/, '') };
}

/** What is wrong with an article's text for drafting, or null. */
export function textProblem(text: string): string | null {
	if (text.trim() === '') return 'The article text is empty: paste an article or open a .txt file.';
	if (text.length > MAX_LENGTH.text)
		return `The article text is ${text.length.toLocaleString('en')} characters long; at most ${MAX_LENGTH.text.toLocaleString('en')} can be drafted.`;
	return null;
}

const stringOr = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * An events.json to edit: every field kept as read (unknown ones too), every event
 * included. Refused, with its problems by path, when it is not JSON or nothing in it can
 * be drawn; a file with some faulty events opens, its faults shown beside them.
 */
export function openDocument(text: string, name: string): Opened<Work> {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, message: `${name} is not JSON (${(error as Error).message}).` };
	}
	const { timeline, problems } = parseTimeline(json, { nearMatch });
	if (!timeline || !isObject(json))
		return {
			ok: false,
			message: `${name} is not an events.json that Sourceline can read.`,
			problems: problems.filter((p) => p.severity === 'error')
		};
	const { events, ...document } = json as Json & { events: unknown[] };
	const sources = Array.isArray(document.sources) ? document.sources.filter(isObject) : [];
	const first = sources.find((s) => typeof s.text === 'string');
	return {
		ok: true,
		value: {
			form: first
				? {
						text: stringOr(first.text),
						published: stringOr(first.published),
						title: stringOr(first.title),
						publisher: stringOr(first.publisher),
						url: stringOr(first.url)
					}
				: { ...EMPTY_FORM },
			document,
			// A value that is not an object is kept, and the check names it by its path.
			events: events.map((event) => ({
				key: nextKey(),
				included: true,
				event: (isObject(event) ? { ...event } : event) as Json
			}))
		}
	};
}
