/**
 * Sourceline against vis-timeline on the same synthetic data, in fresh headless Chromium
 * pages: `npm run bench [-- --sizes 100,1000 --runs 5]`. Prints a table of medians (with
 * min–max) and ratios, and writes bench/results.json. Figures, not pass/fail: these
 * machines are shared, so compare within one run.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, executablePath } from '../tests/chromium.ts';
import { generate } from './generate.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,10000,100000' },
		runs: { type: 'string', default: '5' },
		port: { type: 'string', default: '4300' }
	}
});
const SIZES = values.sizes!.split(',').map(Number);
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TIMEOUT = 60_000;
const root = process.cwd();

const roots: [string, string][] = [
	['/data/', join(root, 'bench/data')],
	['/vis/', join(root, 'node_modules/vis-timeline/standalone/umd')],
	[
		'/vis/vis-timeline-graph2d.min.css',
		join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css')
	],
	['/vis.html', join(root, 'bench/vis.html')],
	['/', join(root, 'build')]
];
const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

function serve() {
	return createServer((request, response) => {
		const path = new URL(request.url ?? '/', ORIGIN).pathname;
		for (const [prefix, dir] of roots) {
			if (!path.startsWith(prefix)) continue;
			let file = prefix.endsWith('/') ? normalize(join(dir, path.slice(prefix.length))) : dir;
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
			if (!existsSync(file)) break;
			response.writeHead(200, {
				'content-type': types[extname(file)] ?? 'application/octet-stream'
			});
			createReadStream(file).pipe(response);
			return;
		}
		response.writeHead(404).end();
	}).listen(PORT, '127.0.0.1');
}

/**
 * Frame timestamps from the first moment of the page, for first paint and smoothness.
 * A string, not a function: the TypeScript runner wraps functions in helpers the page lacks.
 */
const FRAMES = `
	window.frames_ = [];
	const loop = (t) => { window.frames_.push(t); requestAnimationFrame(loop); };
	requestAnimationFrame(loop);
`;

interface Measure {
	ready: number | null;
	firstPaint: number | null;
	idle: number;
	p50: number;
	p95: number;
	over50: number;
	changed: number;
	heapMB: number;
	jsKB: number;
}

const percentile = (xs: number[], p: number) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const median = (xs: number[]) => percentile(xs, 50);

async function measure(
	browser: Browser,
	tool: 'sourceline' | 'vis',
	size: number
): Promise<Measure> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript({ content: FRAMES });
	let jsBytes = 0;
	page.on('response', async (response) => {
		if (!/\.js($|\?)/.test(response.url())) return;
		try {
			jsBytes += gzipSync(await response.body()).length;
		} catch {
			/* a response without a body */
		}
	});
	const src = `${ORIGIN}/data/events-${size}.json`;
	const url =
		tool === 'sourceline'
			? `${ORIGIN}/?src=${encodeURIComponent(src)}`
			: `${ORIGIN}/vis.html?src=${encodeURIComponent(src)}`;
	const empty: Measure = {
		ready: null,
		firstPaint: null,
		idle: NaN,
		p50: NaN,
		p95: NaN,
		over50: NaN,
		changed: NaN,
		heapMB: NaN,
		jsKB: NaN
	};
	try {
		await page.goto(url);
		await page.waitForFunction(
			() => performance.getEntriesByName('timeline-ready').length > 0,
			null,
			{ timeout: TIMEOUT }
		);
	} catch (error) {
		if (!(error instanceof Error && error.name === 'TimeoutError'))
			console.error(`${tool} ${size}:`, error);
		await context.close();
		return empty;
	}
	const { ready, firstPaint } = await page.evaluate(async () => {
		const mark = performance.getEntriesByName('timeline-ready')[0]!.startTime;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const frames = (window as unknown as { frames_: number[] }).frames_;
		return { ready: mark, firstPaint: frames.find((t) => t > mark) ?? null };
	});
	const heapMB = await page.evaluate(
		() =>
			((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
				NaN) / 1048576
	);
	const intervals = async (from: number) =>
		page.evaluate((start) => {
			const f = (window as unknown as { frames_: number[] }).frames_.slice(start);
			return f.slice(1).map((t, i) => t - f[i]!);
		}, from);
	const count = () =>
		page.evaluate(() => (window as unknown as { frames_: number[] }).frames_.length);
	const range = () =>
		tool === 'sourceline'
			? page.locator('.range').textContent()
			: page.evaluate(() => (window as unknown as { visibleRange: () => string }).visibleRange());
	const idleStart = await count();
	await page.waitForTimeout(1000);
	const idle = median(await intervals(idleStart));
	const area = (await page
		.locator(tool === 'sourceline' ? '.viewport svg' : '#timeline')
		.boundingBox())!;
	const x = area.x + area.width / 2;
	const y = area.y + Math.min(area.height / 2, 120);
	const inputStart = await count();
	let changed = 0;
	const deadline = Date.now() + TIMEOUT;
	for (let i = 0; i < 80 && Date.now() < deadline; i++) {
		const before = await range();
		await page.mouse.move(x, y);
		if (i % 2 === 0) await page.mouse.wheel(0, i % 4 === 0 ? -120 : 100);
		else {
			await page.mouse.down();
			await page.mouse.move(x + (i % 4 === 1 ? 60 : -60), y, { steps: 4 });
			await page.mouse.up();
		}
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		if ((await range()) !== before) changed++;
	}
	const busy = await intervals(inputStart);
	await context.close();
	return {
		ready,
		firstPaint,
		idle,
		p50: median(busy),
		p95: percentile(busy, 95),
		over50: busy.filter((d) => d > 50).length,
		changed,
		heapMB,
		jsKB: jsBytes / 1024
	};
}

function summarize(runs: Measure[]) {
	const keys = [
		'firstPaint',
		'ready',
		'idle',
		'p50',
		'p95',
		'over50',
		'changed',
		'heapMB',
		'jsKB'
	] as const;
	const done = runs.filter((r) => r.firstPaint !== null);
	const out: Record<string, { median: number; min: number; max: number } | 'timeout'> = {};
	for (const key of keys) {
		const xs = done.map((r) => r[key] as number).filter((v) => Number.isFinite(v));
		out[key] =
			xs.length === 0
				? 'timeout'
				: { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
	}
	return { ...out, timeouts: runs.length - done.length };
}

async function main() {
	if (!existsSync(join(root, 'build/index.html')))
		throw new Error('build/ is missing: npm run build first');
	mkdirSync(join(root, 'bench/data'), { recursive: true });
	for (const size of SIZES) {
		const file = join(root, `bench/data/events-${size}.json`);
		if (!existsSync(file)) writeFileSync(file, JSON.stringify(generate(size)));
	}
	const server = serve();
	const browser = await chromium.launch({
		executablePath,
		args: [...chromiumArgs, '--enable-precise-memory-info']
	});
	const results: Record<string, Record<string, unknown>> = {};
	for (const size of SIZES)
		for (const tool of ['sourceline', 'vis'] as const) {
			const runs: Measure[] = [];
			for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, tool, size));
			results[`${tool}@${size}`] = { runs, ...summarize(runs) };
			console.error(`${tool} ${size}: done`);
		}
	await browser.close();
	server.close();
	writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, '\t') + '\n');
	const cell = (v: unknown) =>
		typeof v === 'object' && v
			? `${(v as { median: number }).median.toFixed(1)} (${(v as { min: number }).min.toFixed(0)}–${(v as { max: number }).max.toFixed(0)})`
			: String(v);
	const ratio = (a: unknown, b: unknown) =>
		typeof a === 'object' && a && typeof b === 'object' && b
			? ((a as { median: number }).median / (b as { median: number }).median).toFixed(2)
			: '—';
	console.log(
		`\nMedians of ${RUNS} runs (min–max), Chromium, 1280 px; ratio = Sourceline ÷ vis-timeline\n`
	);
	for (const size of SIZES) {
		const s = results[`sourceline@${size}`]!;
		const v = results[`vis@${size}`]!;
		console.log(`${size.toLocaleString('en')} events`);
		for (const key of ['firstPaint', 'idle', 'p50', 'p95', 'over50', 'changed', 'heapMB', 'jsKB'])
			console.log(
				`  ${key.padEnd(11)} ${cell(s[key]).padEnd(24)} ${cell(v[key]).padEnd(24)} ${ratio(s[key], v[key])}`
			);
	}
}

await main();
