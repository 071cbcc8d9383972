/**
 * How large a timeline one browser tab reads through `?src=`, to set the page's cap from a
 * measurement: `tsx bench/src-cap.ts [--mb 20,40,60,80,120] [--build build] [--port 4310]
 * [--per-source 10000]`.
 * Writes seeded timelines of about each size (100,000 events, 10 % undated, each sentence
 * lengthened with filler words; fewer events below the size 100,000 plain events take) to a
 * temporary folder, serves them on another local origin with CORS, opens `/?src=` in a fresh
 * headless Chromium per file, and prints the time to 'timeline-ready' and until the tab answers
 * again, the JS heap, and whether the tab crashed or stopped answering.
 *
 * The site refuses files over its cap (MAX_BYTES in src/lib/load/load.ts), so sizes past
 * it need a build with that cap raised; point --build at such a copy of the site.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { close, launch } from './browser.ts';
import { LATE, within } from './deadline.ts';
import { number } from './format.ts';
import { TWO_FRAMES } from './frames.ts';
import { generate } from './generate.ts';

const MB = 1024 * 1024;
const EVENTS = 100_000;
/** Longer than any page should take: a tab still not ready by then counts as not ready. */
const TIMEOUT = 120_000;
/** A tab that takes longer than this to draw two frames after 'timeline-ready' has hung. */
const UNRESPONSIVE = 5000;

const { values } = parseArgs({
	options: {
		mb: { type: 'string', default: '20,40,60,80,120' },
		build: { type: 'string', default: 'build' },
		port: { type: 'string', default: '4310' },
		// Events an article: ten articles at 100,000 events, each under the 20 M characters a text may have.
		'per-source': { type: 'string', default: '10000' }
	}
});
const sizes = values.mb.split(',').map(Number);
const port = Number(values.port);
const perSource = Number(values['per-source']);
if (
	sizes.some((n) => !(n > 0)) ||
	!Number.isInteger(port) ||
	!Number.isInteger(perSource) ||
	perSource < 1
) {
	console.error(
		'usage: tsx bench/src-cap.ts [--mb 20,40,60,80,120] [--build build] [--port 4310] [--per-source 10000]'
	);
	process.exit(2);
}
const site = `http://127.0.0.1:${port}`;
const dataOrigin = `http://127.0.0.1:${port + 1}`;

/**
 * Bytes a generated timeline takes per event: `plain` without filler, else `base` plus
 * `perWord` a filler word (the filler's own frame of words is in `base`).
 */
function bytesPerEvent() {
	const sample = 2000;
	const size = (words: number) =>
		JSON.stringify(generate(sample, { undated: 0.1, words, perSource })).length / sample;
	const perWord = (size(20) - size(10)) / 10;
	return { plain: size(0), base: size(10) - 10 * perWord, perWord };
}

/** Events and filler words for a file of about `mb` MB. */
function shape(mb: number, { plain, base, perWord }: ReturnType<typeof bytesPerEvent>) {
	const bytes = mb * MB;
	if (bytes <= EVENTS * plain) return { events: Math.round(bytes / plain), words: 0 };
	return { events: EVENTS, words: Math.max(1, Math.round((bytes / EVENTS - base) / perWord)) };
}

interface Row {
	mb: number;
	events: number;
	sources: number;
	/** Milliseconds from navigation to 'timeline-ready'. */
	ready: number | null;
	/** Milliseconds from navigation until two frames after ready were drawn and the tab answered. */
	settled: number | null;
	heapMB: number | null;
	heapLimitMB: number | null;
	crashed: boolean;
	/** What went wrong, or what the page said instead of drawing. */
	message: string | null;
}

async function open(src: string, row: Row) {
	const browser = await launch();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		page.on('crash', () => (row.crashed = true));
		const deadline = Date.now() + TIMEOUT;
		const left = () => Math.max(1, deadline - Date.now());
		const url = `${site}/?src=${encodeURIComponent(src)}`;
		// Ready, or refused: the page says why in an alert instead of drawing.
		const outcome = await within(
			deadline,
			page
				.goto(url, { waitUntil: 'commit', timeout: left() })
				.then(() =>
					page.waitForFunction(
						() =>
							performance.getEntriesByName('timeline-ready').length > 0 ||
							document.querySelector('[role="alert"]') !== null,
						null,
						{ timeout: left(), polling: 250 }
					)
				)
				.then(() =>
					page.evaluate(() => {
						const mark = performance.getEntriesByName('timeline-ready')[0];
						const alert = document.querySelector('[role="alert"]');
						return mark
							? mark.startTime
							: (alert?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 160);
					})
				)
		);
		if (row.crashed) return void (row.message = 'the tab crashed');
		if (outcome === LATE) return void (row.message = `not ready in ${TIMEOUT / 1000} s`);
		if (typeof outcome === 'string') return void (row.message = outcome);
		row.ready = outcome;
		// The list and the article follow the drawing: the tab is usable once they are done.
		const settled = await within(
			deadline,
			page.evaluate(`${TWO_FRAMES}.then(() => performance.now())`) as Promise<number>
		);
		if (row.crashed) return void (row.message = 'the tab crashed');
		if (settled === LATE) return void (row.message = `no frame by ${TIMEOUT / 1000} s`);
		row.settled = settled;
		const title = await page.locator('h1').first().textContent();
		if (!title?.includes(row.events.toLocaleString('en'))) row.message = `drew "${title}"`;
		else if (settled - outcome > UNRESPONSIVE)
			row.message = `unresponsive for ${number((settled - outcome) / 1000)} s after ready`;
		const heap = await within(
			Date.now() + UNRESPONSIVE,
			page.evaluate(
				'performance.memory ? [performance.memory.usedJSHeapSize, performance.memory.jsHeapSizeLimit] : null'
			) as Promise<[number, number] | null>
		);
		if (heap !== LATE && heap !== null) {
			row.heapMB = heap[0] / MB;
			row.heapLimitMB = heap[1] / MB;
		}
	} catch (error) {
		row.message = row.crashed ? 'the tab crashed' : (error as Error).message.split('\n')[0]!;
	} finally {
		await close(browser);
	}
}

function print(rows: Row[]) {
	const head = ['file (MB)', 'events', 'sources', 'ready (ms)', 'settled (ms)', 'JS heap (MB)'];
	const widths = [11, 10, 9, 12, 14, 14];
	const limit = rows.find((r) => r.heapLimitMB)?.heapLimitMB;
	console.log(
		`\n?src= in headless Chromium at 1280×900, one fresh tab a file; settled: two frames ` +
			`after ready drawn${limit ? `; JS heap limit ${number(limit)} MB` : ''}\n`
	);
	console.log([...head, 'result'].map((h, i) => h.padEnd(widths[i] ?? 0)).join(''));
	for (const r of rows) {
		const cells = [
			number(r.mb),
			r.events.toLocaleString('en'),
			r.sources.toLocaleString('en'),
			r.ready === null ? '—' : number(r.ready),
			r.settled === null ? '—' : number(r.settled),
			r.heapMB === null ? '—' : number(r.heapMB),
			r.crashed ? 'crashed' : (r.message ?? 'drawn, answering')
		];
		console.log(cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(''));
	}
}

async function main() {
	const dir = mkdtempSync(join(tmpdir(), 'sourceline-cap-'));
	const siteServer = spawn(
		join(process.cwd(), 'node_modules/.bin/tsx'),
		['scripts/serve.ts', '--port', String(port), resolve(values.build)],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const data = createServer((request, response) => {
		const name = new URL(request.url ?? '/', dataOrigin).pathname.slice(1);
		const file = join(dir, name);
		if (!/^[\w.-]+\.json$/.test(name)) return void response.writeHead(404).end();
		response.writeHead(200, {
			'content-type': 'application/json',
			'content-length': statSync(file).size,
			'access-control-allow-origin': '*'
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((done) => data.listen(port + 1, '127.0.0.1', done));
	const rows: Row[] = [];
	try {
		// The site's server needs a moment to listen.
		for (let i = 0; i < 50; i++) {
			const up = await fetch(site).then(
				(r) => r.ok,
				() => false
			);
			if (up) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const per = bytesPerEvent();
		for (const mb of sizes) {
			const { events, words } = shape(mb, per);
			const name = `timeline-${mb}mb.json`;
			writeFileSync(
				join(dir, name),
				JSON.stringify(generate(events, { undated: 0.1, words, perSource }))
			);
			const actual = statSync(join(dir, name)).size / MB;
			const row: Row = {
				mb: actual,
				events,
				sources: Math.ceil(events / perSource),
				ready: null,
				settled: null,
				heapMB: null,
				heapLimitMB: null,
				crashed: false,
				message: null
			};
			await open(`${dataOrigin}/${name}`, row);
			rmSync(join(dir, name));
			rows.push(row);
			console.error(
				`${number(actual)} MB: ${row.ready === null ? row.message : `ready ${number(row.ready)} ms, settled ${row.settled === null ? '—' : number(row.settled)} ms, heap ${row.heapMB === null ? '—' : number(row.heapMB)} MB${row.message ? `, ${row.message}` : ''}`}`
			);
		}
	} finally {
		data.closeAllConnections();
		data.close();
		siteServer.kill();
		rmSync(dir, { recursive: true, force: true });
	}
	print(rows);
}

await main();
