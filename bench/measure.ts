/**
 * One run: a tool opens a generated timeline through `?src=`, is timed to its first paint,
 * rests, then takes a fixed script of wheel zooms and drags while its frames are recorded.
 */
import { close, launch } from './browser.ts';
import { LATE, within } from './deadline.ts';
import { BenchError } from './errors.ts';
import { FIGURES, INPUTS, NAMES, TIMEOUT, type Figure, type Run, type Tool } from './figures.ts';
import { FRAMES, TWO_FRAMES, type FirstPaint, type Recorder } from './frames.ts';
import { watchScripts } from './script-size.ts';
import { median, percentile } from './stats.ts';

/** The rest between first paint and the first input, whose frames are the idle ones. */
const IDLE = 1000;
/** Chromium's own start-up work, a second or so on two cores, would otherwise land in the load. */
const SETTLE = 2000;

/** How the Sourceline page is read; the bench fails loudly if the app drops these. */
const SELECTORS = { range: '.range', drawing: '.viewport svg' };

export async function measure({
	tool,
	size,
	origin
}: {
	tool: Tool;
	size: number;
	origin: string;
}): Promise<Run> {
	const started = Date.now();
	const run: Run = {
		status: 'timeout',
		seconds: 0,
		...(Object.fromEntries(FIGURES.map(([key]) => [key, null])) as Record<Figure, null>)
	};
	const browser = await launch();
	let scriptKB = async (): Promise<number | null> => null;
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		scriptKB = watchScripts(context);
		const page = await context.newPage();
		await page.addInitScript({ content: FRAMES });
		await page.waitForTimeout(SETTLE);
		const src = `${origin}/data/events-${size}.json`;
		const url = `${origin}/${tool === 'sourceline' ? '' : 'vis.html'}?src=${encodeURIComponent(src)}`;
		const deadline = Date.now() + TIMEOUT;
		const left = () => Math.max(1, deadline - Date.now());
		const first = await within(
			deadline,
			page
				.goto(url, { waitUntil: 'commit', timeout: left() })
				.then(() =>
					// A function, not a string: the site's CSP forbids the eval a string would need.
					page.waitForFunction(() => (window as unknown as Recorder).bench_.first(), null, {
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
						`bench/measure.ts reads the visible range from ${SELECTORS.range} and drives ` +
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
		run.jsKB = await scriptKB();
		await close(browser);
		run.seconds = (Date.now() - started) / 1000;
	}
}
