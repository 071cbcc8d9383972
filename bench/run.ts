/**
 * Sourceline against vis-timeline on the same synthetic data, each run in its own headless
 * Chromium, then `validate --fix` at scale: `npm run bench [-- --help]`.
 * Prints a table of medians (with min–max) and ratios, then the issue's targets as figures
 * with ✓/✗, then the --fix times, and writes bench/results.json. Figures, not a test: the
 * exit code ignores the targets, and these machines are shared, so compare within one run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError } from './errors.ts';
import { INPUTS, TIMEOUT, key, type Run } from './figures.ts';
import { draftScale, printDraft } from './draft-scale.ts';
import { fixScale, printFix, type FixScale } from './fix-scale.ts';
import { generate } from './generate.ts';
import { measure } from './measure.ts';
import { options, runsAt, toolsAt, type Options } from './options.ts';
import { DATA, requireBuild, serve } from './server.ts';
import { summarize, type Results } from './stats.ts';
import { print, progress } from './table.ts';
import { verdicts } from './targets.ts';

/** Share of each generated timeline's events that have no date. */
const UNDATED = 0.1;

async function browsers(o: Options) {
	requireBuild();
	mkdirSync(DATA, { recursive: true });
	// Written afresh each time: a file left by an older generator would measure other data.
	for (const size of o.sizes)
		writeFileSync(
			join(DATA, `events-${size}.json`),
			JSON.stringify(generate(size, { undated: UNDATED }))
		);
	const origin = `http://127.0.0.1:${o.port}`;
	const server = await serve(origin, o.port);
	const runs: Record<string, Run[]> = {};
	const results: Results = new Map();
	const total = o.sizes.reduce((sum, size) => sum + toolsAt(o, size).length * runsAt(o, size), 0);
	let count = 0;
	try {
		// The tools take turns, run by run, so that whatever the shared machine is doing
		// meanwhile falls on both alike.
		for (const size of o.sizes) {
			const tools = toolsAt(o, size);
			for (const tool of tools) runs[key(tool, size)] = [];
			for (let i = 0; i < runsAt(o, size); i++)
				for (const tool of tools) {
					const run = await measure({ tool, size, origin });
					runs[key(tool, size)]!.push(run);
					console.error(`[${++count}/${total}] ${progress(tool, size, i, runsAt(o, size), run)}`);
				}
			for (const tool of tools) results.set(key(tool, size), summarize(runs[key(tool, size)]!));
		}
	} finally {
		server.closeAllConnections();
		server.close();
	}
	return { runs, results, total };
}

async function main() {
	const o = options();
	const started = Date.now();
	const measured = o.parts.includes('browsers') ? await browsers(o) : null;
	const fix: FixScale | null = o.parts.includes('fix') ? await fixScale(o.fixSizes) : null;
	const draft = o.parts.includes('draft') ? draftScale() : null;
	const seconds = (Date.now() - started) / 1000;
	writeFileSync(
		join(process.cwd(), 'bench/results.json'),
		JSON.stringify(
			{
				date: new Date().toISOString(),
				runs: o.runs,
				largeRuns: o.largeRuns,
				undated: UNDATED,
				timeoutMs: TIMEOUT,
				inputs: INPUTS,
				seconds,
				cases: measured
					? Object.fromEntries(
							[...measured.results].map(([name, summary]) => [
								name,
								{ ...summary, runs: measured.runs[name] }
							])
						)
					: null,
				verdicts: measured ? verdicts(measured.results) : null,
				fix,
				draft
			},
			// JSON has no Infinity: a censored time is written as "timeout".
			(_, value) => (value === Infinity ? 'timeout' : value),
			'\t'
		) + '\n'
	);
	if (measured)
		print({
			results: measured.results,
			runs: o.runs,
			runsAt: new Map(o.sizes.map((size) => [size, runsAt(o, size)]))
		});
	if (fix) printFix(fix);
	if (draft) printDraft(draft);
	const made = measured ? `${measured.total} browser run${measured.total === 1 ? '' : 's'}` : '';
	console.error(
		`\n${made ? `${made}, ` : ''}${(seconds / 60).toFixed(1)} min in all; bench/results.json written`
	);
}

try {
	await main();
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench: ${error.message}`);
	process.exitCode = 1;
}
