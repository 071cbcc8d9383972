/**
 * Checks an events.json file: `tsx scripts/validate.ts [--fix] [file]`.
 * Prints every problem by JSON path and exits 1 on any error. `--fix` fills in the
 * start and end offsets of quotes that give none, keeping the file's layout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyAnchors, stringifyLike } from '../src/lib/timeline/fix.ts';
import { errorsOf, formatProblem, parseTimeline } from '../src/lib/timeline/validate.ts';

const USAGE = 'usage: validate [--fix] [file]   (file defaults to events.json)';

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
function jsonError(text: string, error: Error): string {
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function main(args: string[]): number {
	let fix: boolean;
	let file: string;
	try {
		const { values, positionals } = parseArgs({
			args,
			allowPositionals: true,
			options: { fix: { type: 'boolean', default: false } }
		});
		if (positionals.length > 1) throw new Error('give one file at most');
		fix = values.fix ?? false;
		file = positionals[0] ?? 'events.json';
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}

	let original: string;
	try {
		original = readFileSync(file, 'utf8');
	} catch (error) {
		console.error(`${file}: cannot be read: ${(error as Error).message}`);
		return 1;
	}
	const text = original.startsWith('\uFEFF') ? original.slice(1) : original;
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		console.error(`${file}: not valid JSON: ${jsonError(text, error as Error)}`);
		return 1;
	}

	const { timeline, problems, anchors } = parseTimeline(document);
	for (const problem of problems)
		console.log(
			`${problem.severity === 'warning' ? 'warning: ' : ''}${file}: ${formatProblem(problem)}`
		);
	const errors = errorsOf(problems);
	if (errors.length > 0 || !timeline) {
		console.log(`${file}: ${plural(errors.length, 'error')}${fix ? ', nothing written' : ''}`);
		return 1;
	}

	if (fix) {
		const fixed = applyAnchors({ document, anchors });
		if (fixed.filled > 0)
			writeFileSync(file, stringifyLike({ document: fixed.document, original }));
		console.log(`${file}: filled start and end offsets of ${plural(fixed.filled, 'quote')}`);
	}
	const dated = timeline.events.filter((event) => event.span !== null).length;
	const quotes = timeline.events.reduce((sum, event) => sum + event.evidence.length, 0);
	console.log(
		`${file}: valid — ${plural(timeline.events.length, 'event')} (${dated} dated), ${plural(quotes, 'quote')}`
	);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
