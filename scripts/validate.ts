/**
 * Checks an events.json file: `tsx scripts/validate.ts [--fix] [file]`.
 * Prints every problem by JSON path and exits 1 on any error. `--fix` fills in the
 * start and end offsets of quotes that give none, keeping the file's layout.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringifyLike } from '../src/lib/fix/json-layout.ts';
import { applyAnchors } from '../src/lib/fix/offsets.ts';
import { errorsOf, formatProblem, parseTimeline } from '../src/lib/timeline/validate.ts';
import { readJsonFile } from './json-file.ts';

const USAGE = `usage: npm run validate -- [--fix] [file]

Checks an events.json file (events.json by default) and prints every problem by JSON
path; exits 1 when there is an error. --fix fills in missing start and end offsets.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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

	const { timeline, problems, anchors } = parseTimeline(document);
	// Problems go to stderr, like every other failure; the summary goes to stdout.
	for (const problem of problems)
		console.error(
			`${problem.severity === 'warning' ? 'warning: ' : ''}${file}: ${formatProblem(problem)}`
		);
	const errors = errorsOf(problems);
	if (errors.length > 0 || !timeline) {
		console.error(`${file}: ${plural(errors.length, 'error')}${fix ? ', nothing written' : ''}`);
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
