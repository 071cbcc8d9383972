/**
 * Checks an events.json file: `tsx scripts/validate.ts [--fix] [file]`.
 * Prints every problem by JSON path and event, and exits 1 on any error. `--fix` fills in
 * the start and end offsets of quotes that give none, and repairs a quote that nearly
 * matches one passage of its source to that passage's characters, keeping the file's layout.
 */
import { nearMatch } from '../src/lib/fix/near-match.ts';
import { parseArgs } from 'node:util';
import { stringifyLike } from '../src/lib/fix/json-layout.ts';
import { applyAnchors } from '../src/lib/fix/offsets.ts';
import { describeProblem, shown } from '../src/lib/timeline/problem-text.ts';
import type { Problem } from '../src/lib/timeline/types.ts';
import {
	errorsOf,
	parseTimeline,
	type ParseResult,
	type Repair
} from '../src/lib/timeline/validate.ts';
import { readJsonFile, writeFileAtomic } from './json-file.ts';

const USAGE = `usage: npm run validate -- [--fix] [file]

Checks an events.json file (events.json by default) and prints every problem by JSON
path; exits 1 when there is an error. --fix fills in missing start and end offsets, and
repairs a quote that differs from one passage of its source only in letter case,
quotation marks, apostrophes, dashes or spaces. It writes only a file it leaves valid.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A problem as printed, warnings marked; problems go to stderr like every other failure. */
const printProblem = (file: string, problem: Problem) =>
	console.error(
		`${problem.severity === 'warning' ? 'warning: ' : ''}${file}: ${describeProblem(problem)}`
	);

/**
 * Both texts from a little before where they first differ, so a change deep in a long
 * quote shows: `"…over the\n  phone on…"` and `"…over the phone on…"`.
 */
function fromChange(was: string, now: string): [string, string] {
	let i = 0;
	while (i < was.length && was[i] === now[i]) i++;
	let from = Math.max(0, i - 30);
	// Not inside a surrogate pair, which both texts share up to i.
	if (from > 0 && /[\uDC00-\uDFFF]/.test(was[from]!)) from--;
	const mark = from > 0 ? '…' : '';
	return [mark + was.slice(from), mark + now.slice(from)];
}

/** What a repair changed, as one line naming the quote's path and event. */
function repaired(path: string, repair: Repair): string {
	const [was, now] = fromChange(repair.was, repair.quote);
	const message = `repaired the quote to the source's characters at ${repair.start}–${repair.end} (${repair.differences.join(', ')}): ${shown(was, 70)} → ${shown(now, 70)}`;
	return describeProblem({ path, message, severity: 'error', event: repair.event });
}

/** The error a repair mends: the one at its quote. */
const mends = (repairs: ParseResult['repairs'], problem: Problem) =>
	problem.path.endsWith('.quote') && repairs.has(problem.path.slice(0, -'.quote'.length));

function summary(file: string, result: ParseResult): string {
	const events = result.timeline!.events;
	const dated = events.filter((event) => event.span !== null).length;
	const quotes = events.reduce((sum, event) => sum + event.evidence.length, 0);
	return `${file}: valid — ${plural(events.length, 'event')} (${dated} dated), ${plural(quotes, 'quote')}`;
}

function main(args: string[]): number {
	let fix: boolean;
	let file: string;
	try {
		const { values, positionals } = parseArgs({
			args,
			allowPositionals: true,
			options: { fix: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } }
		});
		if (values.help) {
			console.log(USAGE);
			return 0;
		}
		if (positionals.length > 1) throw new Error('give one file at most');
		fix = values.fix ?? false;
		file = positionals[0] ?? 'events.json';
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}

	const read = readJsonFile(file);
	if (!read.ok) {
		console.error(read.message);
		return 1;
	}
	const { document, original } = read;

	const result = parseTimeline(document, { nearMatch });
	const { problems, anchors, repairs } = result;
	const errors = errorsOf(problems);
	const repairable = errors.filter((problem) => mends(repairs, problem));
	// --fix writes nothing while an error it cannot repair remains.
	const blocked = errors.length > 0 && (!fix || repairable.length < errors.length);
	if (!fix || blocked) {
		for (const problem of problems) printProblem(file, problem);
		if (errors.length === 0) {
			console.log(summary(file, result));
			return 0;
		}
		console.error(`${file}: ${plural(errors.length, 'error')}${fix ? ', nothing written' : ''}`);
		if (repairable.length > 0)
			console.error(
				fix
					? `${file}: --fix repairs ${plural(repairable.length, 'quote')} once the other errors are mended`
					: `${file}: --fix repairs ${plural(repairable.length, 'quote')} that nearly ${repairable.length === 1 ? 'matches' : 'match'} the source`
			);
		return 1;
	}

	const writes = new Map<string, { start: number; end: number; quote?: string }>(anchors);
	for (const [path, { quote, start, end }] of repairs) writes.set(path, { quote, start, end });
	const fixed = applyAnchors({ document, anchors: writes });
	// Checked again as written: a repaired quote must now anchor, and its event pass whole.
	const after = parseTimeline(fixed.document, { nearMatch });
	const left = errorsOf(after.problems);
	if (left.length > 0 || !after.timeline) {
		for (const problem of left) printProblem(file, problem);
		console.error(`${file}: the repairs leave ${plural(left.length, 'error')}, nothing written`);
		return 1;
	}
	for (const problem of problems) if (!mends(repairs, problem)) printProblem(file, problem);
	if (fixed.filled > 0)
		writeFileAtomic(file, stringifyLike({ document: fixed.document, original }));
	for (const [path, repair] of repairs) console.log(`${file}: ${repaired(path, repair)}`);
	if (anchors.size > 0)
		console.log(`${file}: filled start and end offsets of ${plural(anchors.size, 'quote')}`);
	else if (repairs.size === 0) console.log(`${file}: nothing to fix`);
	console.log(summary(file, after));
	return 0;
}

process.exitCode = main(process.argv.slice(2));
