/**
 * Reads an events.json file for the CLI and the build alike (a byte order mark is allowed,
 * and a JSON error names its line and column), and writes one back whole.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Whether JSON.parse reads `prefix` to its end without finding a fault before it. */
function readsToEnd(prefix: string): boolean {
	try {
		JSON.parse(prefix);
		return true;
	} catch (error) {
		const { message } = error as Error;
		const at = /at position (\d+)/.exec(message)?.[1];
		return at === undefined ? /end of JSON input/.test(message) : Number(at) >= prefix.length;
	}
}

/**
 * Where JSON.parse failed. Node 20 names a position for most faults but not for an
 * unexpected token; then the fault is just after the longest prefix that still reads to
 * its end, which a binary search finds.
 */
function faultPosition(text: string, message: string): number {
	const at = /at position (\d+)/.exec(message)?.[1];
	if (at !== undefined) return Number(at);
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (readsToEnd(text.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** JSON.parse's message on one line, without the excerpt V8 quotes, plus line and column. */
export function jsonError(text: string, error: Error): string {
	const message = error.message
		.replace(/, ".*" is not valid JSON$/s, '')
		.replace(/\n/g, '\\n')
		.replace(/\r/g, '\\r')
		.replace(/\t/g, '\\t');
	const before = text.slice(0, faultPosition(text, error.message));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `${message} (line ${line}, column ${column})`;
}

export type JsonFile =
	{ ok: true; document: unknown; original: string } | { ok: false; message: string };

export function readJsonFile(file: string): JsonFile {
	let original: string;
	try {
		original = readFileSync(file, 'utf8');
	} catch (error) {
		return { ok: false, message: `${file}: cannot be read: ${(error as Error).message}` };
	}
	const text = original.startsWith('\uFEFF') ? original.slice(1) : original;
	try {
		return { ok: true, document: JSON.parse(text), original };
	} catch (error) {
		return { ok: false, message: `${file}: not valid JSON: ${jsonError(text, error as Error)}` };
	}
}

/**
 * Replaces a file's text all at once: written beside it under another name, then renamed
 * over it, so an interrupted write never leaves half a file. Keeps the file's mode.
 */
export function writeFileAtomic(file: string, text: string): void {
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	let mode: number | undefined;
	try {
		mode = statSync(file).mode & 0o777;
	} catch {
		mode = undefined;
	}
	try {
		writeFileSync(temporary, text, mode === undefined ? undefined : { mode });
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
