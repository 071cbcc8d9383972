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
import { median } from './stats.ts';

const root = process.cwd();
const TSX = join(root, 'node_modules/.bin/tsx');
const CLI = join(root, 'scripts/validate.ts');
/** A quadratic fix of 100,000 quotes takes a minute or two here; far past that, stop it. */
const LIMIT = 600_000;
/** Repeat a size while its runs so far took less than this, up to three runs. */
const REPEAT_WITHIN = 20_000;

export interface FixRun {
	quotes: number;
	/** Median seconds of the whole `validate --fix` command, start-up and check included. */
	fix: number | null;
	/** Median seconds of `validate` alone on the same file: what --fix adds is the rest. */
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
	} while (fixes.length < 3 && Date.now() - started < REPEAT_WITHIN);
	return { quotes, fix: median(fixes), check: median(checks), runs: fixes.length };
}

export async function fixScale(sizes: number[]): Promise<FixRun[]> {
	const dir = mkdtempSync(join(tmpdir(), 'sourceline-fix-'));
	const runs: FixRun[] = [];
	try {
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
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return runs;
}

/** Microseconds a quote, of the whole command and of what --fix adds to a check. */
const perQuote = (run: FixRun) =>
	run.fix === null
		? null
		: { whole: (run.fix * 1e6) / run.quotes, added: ((run.fix - run.check!) * 1e6) / run.quotes };

export function printFix(runs: FixRun[]) {
	const widths = [12, 16, 18, 22];
	console.log(
		'\nvalidate --fix on quotes without offsets (one quote an event, 10 % of events undated);\n' +
			'medians of the runs made; "added" is --fix minus validate alone on the same file\n'
	);
	console.log(
		'quotes'.padEnd(widths[0]!) +
			'--fix (s)'.padEnd(widths[1]!) +
			'check alone (s)'.padEnd(widths[2]!) +
			'µs a quote, whole'.padEnd(widths[3]!) +
			'µs a quote, added'
	);
	for (const run of runs) {
		const q = perQuote(run);
		console.log(
			run.quotes.toLocaleString('en').padEnd(widths[0]!) +
				(q === null
					? `failed: ${run.failure}`
					: `${run.fix!.toFixed(2)} (n=${run.runs})`.padEnd(widths[1]!) +
						run.check!.toFixed(2).padEnd(widths[2]!) +
						number(q.whole).padEnd(widths[3]!) +
						number(q.added))
		);
	}
	const first = runs[0];
	const last = runs.at(-1);
	if (!first || !last || first === last) return;
	const a = perQuote(first);
	const b = perQuote(last);
	const growth = last.quotes / first.quotes;
	const label = `${last.quotes.toLocaleString('en')} ÷ ${first.quotes.toLocaleString('en')}`;
	if (a === null || b === null) return console.log(`\nratio ${label}: not measured`);
	console.log(
		`\nratio of µs a quote, ${label}: added ${(b.added / a.added).toFixed(1)}, ` +
			`whole ${(b.whole / a.whole).toFixed(1)} (about 1 is linear, about ${number(growth)} quadratic)`
	);
}
