/**
 * `validate --fix` at scale: the CLI fills in the offsets of every quote of a generated
 * timeline that gives none, at two or more sizes. Time per quote that stays level as the
 * count grows means the fix is linear; ten times the count at ten times the time per quote
 * means quadratic.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { number } from './format.ts';
import { generate } from './generate.ts';

const root = process.cwd();
const TSX = join(root, 'node_modules/.bin/tsx');
const CLI = join(root, 'scripts/validate.ts');
/** A quadratic fix of 100,000 quotes takes a minute or two here; far past that, stop it. */
const LIMIT = 600_000;
/**
 * Repeat a size while its runs so far took less than this, up to five runs: on a shared
 * machine a busy moment spoils one run, and the fastest run is the figure.
 */
const REPEAT_WITHIN = 60_000;
const REPEATS = 5;

export interface FixRun {
	quotes: number;
	/**
	 * Seconds of the whole `validate --fix` command, start-up and check included: the fastest
	 * run, the one the shared machine disturbed least (so for every figure here).
	 */
	fix: number | null;
	/** Seconds of `validate` alone on the same file: what --fix adds is the rest. */
	check: number | null;
	runs: number;
	/** Why there is no figure, if there is none. */
	failure?: string;
}

/** Seconds the CLI took, or a message saying how it failed. */
function time(args: string[], expect: RegExp): Promise<number | string> {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(TSX, [CLI, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.stderr.on('data', (chunk) => (out += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const seconds = (performance.now() - started) / 1000;
			if (signal === 'SIGKILL') done(`stopped after ${LIMIT / 1000} s`);
			else if (code !== 0) done(`validate exited ${code}: ${out.trim().split('\n').at(-1)}`);
			else if (!expect.test(out)) done(`validate said: ${out.trim()}`);
			else done(seconds);
		});
	});
}

async function one(quotes: number, dir: string): Promise<FixRun> {
	const original = join(dir, `quotes-${quotes}.json`);
	// Undated events as in the browser runs; no offsets, so every quote is one to fill.
	writeFileSync(original, JSON.stringify(generate(quotes, { undated: 0.1, offsets: false })));
	const filled = new RegExp(
		`filled start and end offsets of ${quotes.toLocaleString('en').replace(/,/g, ',?')} quotes?`
	);
	const fixes: number[] = [];
	const checks: number[] = [];
	const started = Date.now();
	do {
		const copy = join(dir, `fixed-${quotes}.json`);
		copyFileSync(original, copy);
		const fix = await time(['--fix', copy], filled);
		if (typeof fix === 'string')
			return { quotes, fix: null, check: null, runs: fixes.length, failure: fix };
		fixes.push(fix);
		const check = await time([original], /valid/);
		if (typeof check === 'string')
			return { quotes, fix: null, check: null, runs: fixes.length, failure: check };
		checks.push(check);
	} while (fixes.length < REPEATS && Date.now() - started < REPEAT_WITHIN);
	return { quotes, fix: Math.min(...fixes), check: Math.min(...checks), runs: fixes.length };
}

export interface FixScale {
	/** The command on a one-quote timeline: start-up, the same at every size. */
	startup: FixRun;
	runs: FixRun[];
}

export async function fixScale(sizes: number[]): Promise<FixScale> {
	const dir = mkdtempSync(join(tmpdir(), 'sourceline-fix-'));
	const runs: FixRun[] = [];
	try {
		const startup = await one(1, dir);
		for (const quotes of sizes) {
			const run = await one(quotes, dir);
			runs.push(run);
			console.error(
				`validate --fix, ${quotes.toLocaleString('en')} quotes: ` +
					(run.fix === null
						? run.failure
						: `${run.fix.toFixed(1)} s (check alone ${run.check!.toFixed(1)} s)`)
			);
		}
		return { startup, runs };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Microseconds a quote of the command's work (its time less start-up), and of what --fix
 * adds to a check of the same file.
 */
function perQuote(run: FixRun, startup: number) {
	if (run.fix === null || run.check === null) return null;
	return {
		work: ((run.fix - startup) * 1e6) / run.quotes,
		added: ((run.fix - run.check) * 1e6) / run.quotes
	};
}

export function printFix({ startup, runs }: FixScale) {
	console.log(
		'\nvalidate --fix on quotes without offsets (one quote an event, 10 % of events undated);\n' +
			'fastest of the runs made (n); work = --fix less start-up; added = --fix less validate alone\n'
	);
	if (startup.fix === null) return console.log(`start-up not measured: ${startup.failure}`);
	console.log(`start-up (one quote): ${startup.fix.toFixed(2)} s\n`);
	const widths = [12, 16, 18, 20];
	console.log(
		'quotes'.padEnd(widths[0]!) +
			'--fix (s)'.padEnd(widths[1]!) +
			'check alone (s)'.padEnd(widths[2]!) +
			'µs a quote, work'.padEnd(widths[3]!) +
			'µs a quote, added'
	);
	for (const run of runs) {
		const q = perQuote(run, startup.fix);
		console.log(
			run.quotes.toLocaleString('en').padEnd(widths[0]!) +
				(q === null
					? `failed: ${run.failure}`
					: `${run.fix!.toFixed(2)} (n=${run.runs})`.padEnd(widths[1]!) +
						run.check!.toFixed(2).padEnd(widths[2]!) +
						number(q.work).padEnd(widths[3]!) +
						number(q.added))
		);
	}
	const first = runs[0];
	const last = runs.at(-1);
	if (!first || !last || first === last) return;
	const a = perQuote(first, startup.fix);
	const b = perQuote(last, startup.fix);
	const label = `${last.quotes.toLocaleString('en')} ÷ ${first.quotes.toLocaleString('en')}`;
	if (a === null || b === null) return console.log(`\nratio ${label}: not measured`);
	// A linear fix adds too little at the smaller size to divide by: the work is the figure.
	const added = a.added > 0 && b.added > 0 ? `, added ${(b.added / a.added).toFixed(1)}` : '';
	console.log(
		`\nratio of µs a quote, ${label}: work ${(b.work / a.work).toFixed(1)}${added} ` +
			`(about 1 is linear, about ${number(last.quotes / first.quotes)} quadratic)`
	);
}
