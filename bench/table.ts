/** What the bench prints: a line per run as it ends, then the tables of medians and targets. */
import { FIGURES, INPUTS, NAMES, TIMEOUT, TOOLS, key, type Run, type Tool } from './figures.ts';
import { number } from './format.ts';
import type { Results, Spread } from './stats.ts';
import { verdicts } from './targets.ts';

function cell(s: Spread | null, total: number): string {
	if (s === null) return '—';
	if (s.median === Infinity && s.min === Infinity) return `timeout (>${TIMEOUT / 1000} s)`;
	const runs = s.n < total ? ` n=${s.n}` : '';
	return `${number(s.median)} (${number(s.min)}–${number(s.max)})${runs}`;
}

/** Sourceline ÷ vis-timeline of the medians; a bound where vis-timeline timed out. */
function ratio(s: Spread | null, v: Spread | null): string {
	if (!s || !v || s.median === Infinity) return '—';
	if (v.median === Infinity) return `< ${(s.median / TIMEOUT).toFixed(3)} (vis timed out)`;
	return v.median === 0 ? '—' : (s.median / v.median).toFixed(2);
}

const plural = (n: number) => `${n} run${n > 1 ? 's' : ''}`;

/** "5 runs", or "5 runs, 3 at 100,000 events" where some sizes got other counts. */
function runsLine(runs: number, runsAt: ReadonlyMap<number, number>): string {
	const others = [...runsAt].filter(([, n]) => n !== runs);
	const notes = others.map(([size, n]) => `${n} at ${size.toLocaleString('en')} events`);
	return plural(runs) + (notes.length > 0 ? `, ${notes.join(', ')}` : '');
}

/** The tables, one per size, then the targets; `runsAt` gives the runs made at each size. */
export function print({
	results,
	runs,
	runsAt
}: {
	results: Results;
	runs: number;
	runsAt: ReadonlyMap<number, number>;
}) {
	const widths = [36, 26, 26];
	console.log(
		`\nMedians of ${runsLine(runs, runsAt)} (min–max), headless Chromium at 1280×900; ` +
			`ratio = Sourceline ÷ vis-timeline; n = runs that gave the figure\n`
	);
	for (const [size, total] of runsAt) {
		const s = results.get(key('sourceline', size));
		const v = results.get(key('vis', size));
		console.log(
			`${`${size.toLocaleString('en')} events`.padEnd(widths[0]!)}` +
				`${'Sourceline'.padEnd(widths[1]!)}${'vis-timeline'.padEnd(widths[2]!)}ratio`
		);
		for (const [figure, label] of FIGURES) {
			const a = s ? cell(s[figure], total) : 'not run';
			const b = v ? cell(v[figure], total) : 'not run';
			console.log(
				`  ${label.padEnd(widths[0]! - 2)}${a.padEnd(widths[1]!)}${b.padEnd(widths[2]!)}` +
					ratio(s?.[figure] ?? null, v?.[figure] ?? null)
			);
		}
		for (const tool of TOOLS) {
			const summary = results.get(key(tool, size));
			if (!summary) continue;
			const notes = [
				summary.timeout && `${summary.timeout} timed out before the first paint`,
				summary.cut && `${summary.cut} stopped at the ${TIMEOUT / 1000} s limit during the inputs`,
				summary.error && `${summary.error} failed (see above)`
			].filter(Boolean);
			if (notes.length > 0)
				console.log(`  ${NAMES[tool]}: of ${plural(total)}, ${notes.join('; ')}`);
		}
		console.log();
	}
	console.log('Targets (verdicts on the medians above; figures, not a test)\n');
	for (const v of verdicts(results)) {
		const mark = v.ok === null ? '–' : v.ok ? '✓' : '✗';
		console.log(
			`  ${mark} ${v.size.toLocaleString('en').padStart(7)}  ${v.target.padEnd(49)} ${v.figure}` +
				(v.threshold ? `  ${v.threshold}` : '')
		);
	}
}

/** The line printed as each run ends. */
export function progress(tool: Tool, size: number, i: number, of: number, run: Run): string {
	const head = `${NAMES[tool]} ${size.toLocaleString('en')} run ${i + 1} of ${of}:`;
	const time = `(${run.seconds.toFixed(1)} s)`;
	if (run.status === 'error') return `${head} failed ${time}`;
	if (run.firstPaint === null) return `${head} no first paint within ${TIMEOUT / 1000} s ${time}`;
	const inputs =
		run.status === 'cut'
			? `${run.inputs} of ${INPUTS} inputs by the ${TIMEOUT / 1000} s limit`
			: `${run.changed} of ${INPUTS} inputs changed the range`;
	return `${head} first paint ${number(run.firstPaint)} ms, p95 ${run.p95 === null ? '—' : number(run.p95)} ms, ${inputs} ${time}`;
}
