/**
 * Sourceline against vis-timeline on the same synthetic data, each run in its own headless
 * Chromium: `npm run bench [-- --sizes 100,1000 --runs 5 --tools sourceline,vis --port 4300]`.
 * Prints a table of medians (with min–max) and ratios, then the issue's targets as figures
 * with ✓/✗, and writes bench/results.json. Figures, not a test: the exit code ignores the
 * targets, and these machines are shared, so compare within one run.
 */
import { chromium, type Response } from '@playwright/test';
import {
	createReadStream,
	existsSync,
	mkdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, executablePath } from '../tests/chromium.ts';
import { generate } from './generate.ts';

const TOOLS = ['sourceline', 'vis'] as const;
type Tool = (typeof TOOLS)[number];
const NAMES: Record<Tool, string> = { sourceline: 'Sourceline', vis: 'vis-timeline' };

/** Each run gets this long from navigation to the end of its input script. */
const TIMEOUT = 60_000;
const INPUTS = 80;
const IDLE = 1000;
/** Chromium's own start-up work, a second or so on two cores, would otherwise land in the load. */
const SETTLE = 2000;
const root = process.cwd();

/** A broken harness, not a slow tool: stops the whole run. */
class BenchError extends Error {}

function options() {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string', default: '100,1000,10000,100000' },
			runs: { type: 'string', default: '5' },
			tools: { type: 'string', default: TOOLS.join(',') },
			port: { type: 'string', default: '4300' }
		}
	});
	const sizes = values.sizes.split(',').map(Number);
	const runs = Number(values.runs);
	const tools = values.tools.split(',');
	const port = Number(values.port);
	const wrong = (message: string) => {
		console.error(`bench: ${message}`);
		process.exit(2);
	};
	if (sizes.some((n) => !Number.isInteger(n) || n < 1))
		wrong(`--sizes takes whole numbers of events, as 100,1000: ${values.sizes}`);
	if (!Number.isInteger(runs) || runs < 1) wrong(`--runs takes a whole number: ${values.runs}`);
	if (tools.some((t) => !(TOOLS as readonly string[]).includes(t)))
		wrong(`--tools takes ${TOOLS.join(' and/or ')}, comma-separated: ${values.tools}`);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		wrong(`--port takes a port number: ${values.port}`);
	return { sizes, runs, tools: TOOLS.filter((t) => tools.includes(t)), port };
}

const { sizes: SIZES, runs: RUNS, tools: RUN_TOOLS, port: PORT } = options();
const ORIGIN = `http://127.0.0.1:${PORT}`;

// Exact files before the folders that would otherwise claim their paths.
const roots: [string, string][] = [
	['/vis.html', join(root, 'bench/vis.html')],
	[
		'/vis/vis-timeline-graph2d.min.css',
		join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css')
	],
	['/vis/', join(root, 'node_modules/vis-timeline/standalone/umd')],
	['/data/', join(root, 'bench/data')],
	['/', join(root, 'build')]
];
const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

/** The file the server sends for a path, or null for a 404. */
function resolve(path: string): string | null {
	const match = roots.find(([prefix]) => path.startsWith(prefix));
	if (!match) return null;
	const [prefix, dir] = match;
	let file = prefix.endsWith('/') ? normalize(join(dir, path.slice(prefix.length))) : dir;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
	return existsSync(file) ? file : null;
}

function serve() {
	const server = createServer((request, response) => {
		const file = resolve(new URL(request.url ?? '/', ORIGIN).pathname);
		if (file === null) return void response.writeHead(404).end();
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise<typeof server>((done, fail) => {
		server.once('error', (error) =>
			fail(new BenchError(`cannot serve on ${ORIGIN} (${error.message}); try --port`))
		);
		server.listen(PORT, '127.0.0.1', () => done(server));
	});
}

const gzipped = new Map<string, number>();
/**
 * Gzipped bytes of a script the page got, read from disk as it arrives (the server sends
 * files as they are); from the response body if a rebuild has already replaced the file.
 */
function gzipBytes(response: Response): number | Promise<number> {
	try {
		const file = resolve(new URL(response.url()).pathname);
		if (file === null) throw new Error('not on disk');
		const key = `${file}@${statSync(file).mtimeMs}`;
		if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file)).length);
		return gzipped.get(key)!;
	} catch {
		return response.body().then((body) => gzipSync(body).length);
	}
}

/**
 * Installed before the page's own scripts. Records the start of every frame (the rAF time)
 * and when that frame's main-thread rendering ended (a message posted from its rAF runs
 * after style, layout and paint), and which frame first began after 'timeline-ready'.
 * A string, not a function: the TypeScript runner wraps functions in helpers the page lacks.
 */
const FRAMES = `
	window.bench_ = { frames: [], painted: [], readyFrame: -1 };
	{
		const b = window.bench_;
		const channel = new MessageChannel();
		channel.port1.onmessage = () => b.painted.push(performance.now());
		const loop = (t) => {
			b.frames.push(t);
			if (b.readyFrame < 0 && performance.getEntriesByName('timeline-ready').length > 0)
				b.readyFrame = b.frames.length - 1;
			channel.port2.postMessage(0);
			requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
		b.first = () => {
			const painted = b.painted[b.readyFrame];
			if (b.readyFrame < 0 || painted === undefined) return null;
			const ready = performance.getEntriesByName('timeline-ready')[0].startTime;
			return { ready, frame: b.readyFrame, firstPaint: painted };
		};
		b.intervals = (from) => {
			const f = b.frames.slice(from);
			return f.slice(1).map((t, i) => t - f[i]);
		};
	}
`;
const TWO_FRAMES = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

/** How the Sourceline page is read; the bench fails loudly if the app drops these. */
const SELECTORS = { range: '.range', drawing: '.viewport svg' };

const FIGURES = [
	['ready', 'ready (ms)'],
	['firstPaint', 'first paint (ms)'],
	['heapMB', 'JS heap after first paint (MB)'],
	['jsKB', 'JavaScript loaded, gzip (KB)'],
	['idle', 'idle frame (ms)'],
	['p50', 'frame p50 during inputs (ms)'],
	['p95', 'frame p95 during inputs (ms)'],
	['maxFrame', 'max frame after first paint (ms)'],
	['over50', 'frames over 50 ms'],
	['inputs', `inputs done (of ${INPUTS})`],
	['changed', 'inputs that changed the range']
] as const;
type Figure = (typeof FIGURES)[number][0];

interface Run extends Record<Figure, number | null> {
	/**
	 * done: all inputs ran; cut: the time ran out during the inputs (the figures cover the
	 * inputs done); timeout: no first paint in time; error: the page failed (on stderr).
	 */
	status: 'done' | 'cut' | 'timeout' | 'error';
	seconds: number;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
function percentile(xs: number[], p: number): number | null {
	if (xs.length === 0) return null;
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)]!;
}

/** The usual median: the middle value, or the mean of the two middle ones. */
function median(xs: number[]): number {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const LATE = Symbol('late');
/** The work's result, or LATE once the deadline passes; the work is left to fail quietly. */
async function within<T>(deadline: number, work: Promise<T>): Promise<T | typeof LATE> {
	work.catch(() => {});
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<typeof LATE>((done) => {
		timer = setTimeout(() => done(LATE), Math.max(0, deadline - Date.now()));
	});
	try {
		return await Promise.race([work, late]);
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError') return LATE;
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

/**
 * One run in a browser of its own, so nothing a timed-out page is still doing reaches the
 * next run: closing the browser ends its renderer.
 */
async function measure(tool: Tool, size: number): Promise<Run> {
	const started = Date.now();
	const run: Run = {
		status: 'timeout',
		seconds: 0,
		...(Object.fromEntries(FIGURES.map(([key]) => [key, null])) as Record<Figure, null>)
	};
	const browser = await chromium.launch({
		executablePath,
		args: [...chromiumArgs, '--enable-precise-memory-info']
	});
	const scripts = new Map<string, number | Promise<number>>();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Every script of the page, modulepreloads and workers included; awaited before closing.
		context.on('response', (response) => {
			const url = new URL(response.url());
			if (!url.pathname.endsWith('.js') || !response.ok() || scripts.has(url.pathname)) return;
			scripts.set(url.pathname, gzipBytes(response));
		});
		const page = await context.newPage();
		await page.addInitScript({ content: FRAMES });
		await page.waitForTimeout(SETTLE);
		const src = `${ORIGIN}/data/events-${size}.json`;
		const url = `${ORIGIN}/${tool === 'sourceline' ? '' : 'vis.html'}?src=${encodeURIComponent(src)}`;
		const deadline = Date.now() + TIMEOUT;
		const left = () => Math.max(1, deadline - Date.now());
		const first = await within(
			deadline,
			page
				.goto(url, { waitUntil: 'commit', timeout: left() })
				.then(() =>
					// A function, not a string: the site's CSP forbids the eval a string would need.
					page.waitForFunction(() => (window as unknown as Bench).bench_.first(), null, {
						timeout: left()
					})
				)
				.then((handle) => handle.jsonValue() as Promise<FirstPaint>)
		);
		if (first === LATE) {
			const ready = await within(
				Date.now() + 2000,
				page.evaluate(
					"performance.getEntriesByName('timeline-ready')[0]?.startTime ?? null"
				) as Promise<number | null>
			);
			if (ready !== LATE) run.ready = ready;
			return run;
		}
		run.ready = first.ready;
		run.firstPaint = first.firstPaint;
		const heap = await within(
			deadline,
			page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : null')
		);
		if (typeof heap === 'number') run.heapMB = heap / 1048576;

		if (tool === 'sourceline') {
			const missing = await page.evaluate(
				(selectors) => selectors.filter((s) => document.querySelector(s) === null),
				Object.values(SELECTORS)
			);
			if (missing.length > 0)
				throw new BenchError(
					`the Sourceline page has no ${missing.join(' and no ')} after 'timeline-ready'. ` +
						`bench/run.ts reads the visible range from ${SELECTORS.range} and drives ` +
						`${SELECTORS.drawing}; update SELECTORS there to match the app.`
				);
		}
		const area = await page
			.locator(tool === 'sourceline' ? SELECTORS.drawing : '#timeline')
			.boundingBox();
		if (area === null) throw new BenchError(`${NAMES[tool]}: the timeline is not displayed`);
		const x = area.x + area.width / 2;
		const y = area.y + Math.min(area.height / 2, 120);
		const range = () =>
			page.evaluate(
				tool === 'sourceline'
					? `document.querySelector(${JSON.stringify(SELECTORS.range)}).textContent`
					: 'visibleRange()'
			) as Promise<string>;

		await within(deadline, page.waitForTimeout(IDLE));
		const inputStart = await within(
			deadline,
			page.evaluate('bench_.frames.length') as Promise<number>
		);
		let changed = 0;
		let inputs = 0;
		if (inputStart !== LATE)
			for (; inputs < INPUTS; inputs++) {
				const i = inputs;
				const input = async () => {
					const before = await range();
					await page.mouse.move(x, y);
					// Zoom in, pan right, zoom out a little less, pan left: the view drifts inwards.
					if (i % 2 === 0) await page.mouse.wheel(0, i % 4 === 0 ? -120 : 100);
					else {
						await page.mouse.down();
						await page.mouse.move(x + (i % 4 === 1 ? 60 : -60), y, { steps: 4 });
						await page.mouse.up();
					}
					await page.evaluate(TWO_FRAMES);
					return (await range()) !== before;
				};
				const moved = await within(deadline, input());
				if (moved === LATE) break;
				if (moved) changed++;
			}
		run.status = inputs === INPUTS ? 'done' : 'cut';
		run.inputs = inputs;
		run.changed = changed;
		// A page cut off mid-input may still be busy: give it a moment to hand over its frames.
		const afterPaint = await within(
			Math.max(deadline, Date.now()) + 10_000,
			page.evaluate(`bench_.intervals(${first.frame + 1})`) as Promise<number[]>
		);
		if (afterPaint === LATE) return run;
		// Intervals between frames that began before the first input are the idle ones.
		const idleCount =
			inputStart === LATE ? afterPaint.length : Math.max(0, inputStart - first.frame - 2);
		const idle = afterPaint.slice(0, idleCount);
		const busy = afterPaint.slice(idleCount);
		run.idle = idle.length > 0 ? median(idle) : null;
		run.maxFrame = afterPaint.length > 0 ? Math.max(...afterPaint) : null;
		run.p50 = percentile(busy, 50);
		run.p95 = percentile(busy, 95);
		run.over50 = inputs > 0 ? busy.filter((d) => d > 50).length : null;
		return run;
	} catch (error) {
		if (error instanceof BenchError) throw error;
		console.error(`${NAMES[tool]} ${size}:`, error);
		run.status = 'error';
		return run;
	} finally {
		run.jsKB = await scriptKB(scripts);
		const processes = await within(
			Date.now() + 5000,
			browser
				.newBrowserCDPSession()
				.then((cdp) => cdp.send('SystemInfo.getProcessInfo'))
				.then(({ processInfo }) => processInfo.map((p) => p.id))
		);
		await within(Date.now() + 30_000, browser.close());
		await reap(processes === LATE ? [] : processes);
		run.seconds = (Date.now() - started) / 1000;
	}
}

/** Whether a process is still there (and not merely a zombie waiting to be collected). */
function alive(pid: number): boolean {
	try {
		return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

/**
 * Waits for a closed browser's processes to end, and kills any still there after a few
 * seconds: a renderer busy in a long task must not take CPU from the next run.
 */
async function reap(pids: number[]) {
	const until = Date.now() + 5000;
	while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
	for (const pid of pids.filter(alive)) {
		console.error(`killing Chromium process ${pid}, still running after its browser closed`);
		process.kill(pid, 'SIGKILL');
	}
}

interface FirstPaint {
	ready: number;
	frame: number;
	firstPaint: number;
}
interface Bench {
	bench_: { first(): FirstPaint | null };
}

async function scriptKB(scripts: Map<string, number | Promise<number>>): Promise<number | null> {
	if (scripts.size === 0) return null;
	const settled = await within(Date.now() + 10_000, Promise.allSettled(scripts.values()));
	if (settled === LATE || settled.some((s) => s.status === 'rejected')) {
		console.error(`JavaScript bytes not measured: a script's body could not be read`);
		return null;
	}
	return settled.reduce((sum, s) => sum + (s as PromiseFulfilledResult<number>).value, 0) / 1024;
}

interface Spread {
	median: number;
	min: number;
	max: number;
	/** Runs that gave this figure. */
	n: number;
}
type Summary = Record<Figure, Spread | null> & Record<Run['status'], number>;

function summarize(runs: Run[]): Summary {
	const spread = (key: Figure): Spread | null => {
		// A run without a first paint took longer than the limit: it sorts after every time.
		const censored = key === 'ready' || key === 'firstPaint';
		const xs = runs
			.map((r) => r[key] ?? (censored && r.status === 'timeout' ? Infinity : null))
			.filter((v): v is number => v !== null);
		if (xs.length === 0) return null;
		return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
	};
	const count = (status: Run['status']) => runs.filter((r) => r.status === status).length;
	return {
		...(Object.fromEntries(FIGURES.map(([key]) => [key, spread(key)])) as Record<
			Figure,
			Spread | null
		>),
		done: count('done'),
		cut: count('cut'),
		timeout: count('timeout'),
		error: count('error')
	};
}

const number = (v: number) =>
	v === Infinity
		? 'timeout'
		: v.toLocaleString('en', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 });

function cell(s: Spread | null): string {
	if (s === null) return '—';
	if (s.median === Infinity && s.min === Infinity) return `timeout (>${TIMEOUT / 1000} s)`;
	const runs = s.n < RUNS ? ` n=${s.n}` : '';
	return `${number(s.median)} (${number(s.min)}–${number(s.max)})${runs}`;
}

/** Sourceline ÷ vis-timeline of the medians; a bound where vis-timeline timed out. */
function ratio(s: Spread | null, v: Spread | null): string {
	if (!s || !v || s.median === Infinity) return '—';
	if (v.median === Infinity) return `< ${(s.median / TIMEOUT).toFixed(3)} (vis timed out)`;
	return v.median === 0 ? '—' : (s.median / v.median).toFixed(2);
}

type Results = Map<string, Summary>;
const key = (tool: Tool, size: number) => `${tool}@${size}`;

interface Verdict {
	size: number;
	target: string;
	figure: string;
	threshold: string;
	/** null: not measured. */
	ok: boolean | null;
}

/** Why a case has no figure: its runs timed out or failed. */
const failure = (s: Summary) => (s.error > 0 && s.timeout === 0 ? 'failed' : 'timed out');

function verdicts(results: Results): Verdict[] {
	const out: Verdict[] = [];
	const missing = (size: number, target: string, why: string) =>
		out.push({ size, target, figure: `not measured (${why})`, threshold: '', ok: null });
	const get = (tool: Tool, size: number) => results.get(key(tool, size));

	const paintRatio = (size: number, limit: number) => {
		const target = 'first paint, Sourceline ÷ vis-timeline';
		const sourceline = get('sourceline', size);
		const vis = get('vis', size);
		if (!sourceline)
			return missing(size, target, `no Sourceline run at ${size.toLocaleString('en')}`);
		if (!vis) return missing(size, target, `no vis-timeline run at ${size.toLocaleString('en')}`);
		const threshold = `≤ ${limit.toFixed(1)}`;
		const s = sourceline.firstPaint;
		const v = vis.firstPaint;
		if (!s || !v) {
			const figure = !s ? `Sourceline ${failure(sourceline)}` : `vis-timeline ${failure(vis)}`;
			return out.push({ size, target, figure, threshold, ok: !s ? false : null });
		}
		if (s.median === Infinity)
			return out.push({ size, target, figure: 'Sourceline timed out', threshold, ok: false });
		if (v.median === Infinity) {
			// vis-timeline took over the limit, so the ratio is below Sourceline's time ÷ the limit.
			const bound = s.median / TIMEOUT;
			const figure = `< ${bound.toFixed(3)} (vis-timeline timed out at ${TIMEOUT / 1000} s; Sourceline ${number(s.median)} ms)`;
			return out.push({ size, target, figure, threshold, ok: bound <= limit ? true : null });
		}
		const r = s.median / v.median;
		const figure = `${r.toFixed(2)} (${number(s.median)} ÷ ${number(v.median)} ms)`;
		out.push({ size, target, figure, threshold, ok: r <= limit });
	};
	const smooth = (size: number, factor: number) => {
		const target = 'Sourceline p95 frame ÷ idle frame';
		const s = get('sourceline', size);
		if (!s) return missing(size, target, `no Sourceline run at ${size.toLocaleString('en')}`);
		const threshold = `≤ ${factor.toFixed(1)}`;
		if (!s.p95 || !s.idle)
			return out.push({ size, target, figure: `no frames (${failure(s)})`, threshold, ok: false });
		const r = s.p95.median / s.idle.median;
		const figure = `${r.toFixed(2)} (${number(s.p95.median)} ÷ ${number(s.idle.median)} ms)`;
		out.push({ size, target, figure, threshold, ok: r <= factor });
	};
	const allChanged = (size: number) => {
		const target = 'Sourceline inputs that changed the range';
		const s = get('sourceline', size);
		if (!s) return missing(size, target, `no Sourceline run at ${size.toLocaleString('en')}`);
		const c = s.changed;
		const figure = c ? `${number(c.median)} of ${INPUTS} (${c.min}–${c.max})` : failure(s);
		out.push({
			size,
			target,
			figure,
			threshold: `= ${INPUTS}`,
			ok: c ? c.median === INPUTS : false
		});
	};

	paintRatio(100, 1);
	paintRatio(1000, 0.5);
	smooth(1000, 1.2);
	paintRatio(10_000, 0.1);
	allChanged(10_000);
	smooth(10_000, 1.5);

	const s = get('sourceline', 100_000);
	const v = get('vis', 10_000);
	const target = 'Sourceline first paint vs vis-timeline at 10,000';
	if (!s) missing(100_000, target, 'no Sourceline run at 100,000');
	else if (!v) missing(100_000, target, 'no vis-timeline run at 10,000');
	else if (!s.firstPaint || !v.firstPaint) {
		const figure = !s.firstPaint ? `Sourceline ${failure(s)}` : `vis-timeline ${failure(v)}`;
		out.push({ size: 100_000, target, figure, threshold: '', ok: !s.firstPaint ? false : null });
	} else {
		const sl = s.firstPaint.median;
		const vis = v.firstPaint.median;
		out.push({
			size: 100_000,
			target,
			figure: sl === Infinity ? 'Sourceline timed out' : `${number(sl)} ms`,
			threshold:
				vis === Infinity ? `vis-timeline timed out (> ${TIMEOUT / 1000} s)` : `≤ ${number(vis)} ms`,
			ok: sl <= vis && sl !== Infinity
		});
	}
	allChanged(100_000);
	smooth(100_000, 2);
	{
		const target = 'Sourceline max frame after first paint';
		if (!s) missing(100_000, target, 'no Sourceline run at 100,000');
		else if (!s.maxFrame || !s.idle)
			out.push({ size: 100_000, target, figure: failure(s), threshold: '', ok: false });
		else {
			const limit = 6 * s.idle.median;
			out.push({
				size: 100_000,
				target,
				figure: `${number(s.maxFrame.median)} ms (runs ${number(s.maxFrame.min)}–${number(s.maxFrame.max)})`,
				threshold: `≤ 6 × idle = ${number(limit)} ms`,
				ok: s.maxFrame.median <= limit
			});
		}
	}
	return out;
}

function print(results: Results) {
	const widths = [36, 26, 26];
	console.log(
		`\nMedians of ${RUNS} run${RUNS > 1 ? 's' : ''} (min–max), headless Chromium at 1280×900; ` +
			`ratio = Sourceline ÷ vis-timeline; n = runs that gave the figure\n`
	);
	for (const size of SIZES) {
		const s = results.get(key('sourceline', size));
		const v = results.get(key('vis', size));
		console.log(
			`${`${size.toLocaleString('en')} events`.padEnd(widths[0]!)}` +
				`${'Sourceline'.padEnd(widths[1]!)}${'vis-timeline'.padEnd(widths[2]!)}ratio`
		);
		for (const [figure, label] of FIGURES) {
			const a = s ? cell(s[figure]) : 'not run';
			const b = v ? cell(v[figure]) : 'not run';
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
				console.log(`  ${NAMES[tool]}: of ${RUNS} run${RUNS > 1 ? 's' : ''}, ${notes.join('; ')}`);
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

async function main() {
	if (!existsSync(join(root, 'build/index.html')))
		throw new BenchError('build/ is missing: npm run build first');
	mkdirSync(join(root, 'bench/data'), { recursive: true });
	for (const size of SIZES) {
		const file = join(root, `bench/data/events-${size}.json`);
		if (!existsSync(file)) writeFileSync(file, JSON.stringify(generate(size)));
	}
	const server = await serve();
	const started = Date.now();
	const runs: Record<string, Run[]> = {};
	const results: Results = new Map();
	const total = SIZES.length * RUN_TOOLS.length * RUNS;
	let count = 0;
	try {
		// The tools take turns, run by run, so that whatever the shared machine is doing
		// meanwhile falls on both alike.
		for (const size of SIZES) {
			for (const tool of RUN_TOOLS) runs[key(tool, size)] = [];
			for (let i = 0; i < RUNS; i++)
				for (const tool of RUN_TOOLS) {
					const run = await measure(tool, size);
					runs[key(tool, size)]!.push(run);
					console.error(`[${++count}/${total}] ${progress(tool, size, i, run)}`);
				}
			for (const tool of RUN_TOOLS) results.set(key(tool, size), summarize(runs[key(tool, size)]!));
		}
	} finally {
		server.closeAllConnections();
		server.close();
	}
	const seconds = (Date.now() - started) / 1000;
	writeFileSync(
		join(root, 'bench/results.json'),
		JSON.stringify(
			{
				date: new Date().toISOString(),
				runs: RUNS,
				timeoutMs: TIMEOUT,
				inputs: INPUTS,
				seconds,
				cases: Object.fromEntries(
					[...results].map(([name, summary]) => [name, { ...summary, runs: runs[name] }])
				),
				verdicts: verdicts(results)
			},
			// JSON has no Infinity: a censored time is written as "timeout".
			(_, value) => (value === Infinity ? 'timeout' : value),
			'\t'
		) + '\n'
	);
	print(results);
	console.error(
		`\n${total} run${total > 1 ? 's' : ''} in ${(seconds / 60).toFixed(1)} min; bench/results.json written`
	);
}

function progress(tool: Tool, size: number, i: number, run: Run): string {
	const head = `${NAMES[tool]} ${size.toLocaleString('en')} run ${i + 1} of ${RUNS}:`;
	const time = `(${run.seconds.toFixed(1)} s)`;
	if (run.status === 'error') return `${head} failed ${time}`;
	if (run.firstPaint === null) return `${head} no first paint within ${TIMEOUT / 1000} s ${time}`;
	const inputs =
		run.status === 'cut'
			? `${run.inputs} of ${INPUTS} inputs by the ${TIMEOUT / 1000} s limit`
			: `${run.changed} of ${INPUTS} inputs changed the range`;
	return `${head} first paint ${number(run.firstPaint)} ms, p95 ${run.p95 === null ? '—' : number(run.p95)} ms, ${inputs} ${time}`;
}

try {
	await main();
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench: ${error.message}`);
	process.exitCode = 1;
}
