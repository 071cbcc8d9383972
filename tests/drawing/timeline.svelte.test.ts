import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import crowded from '../fixtures/crowded.json';
import intervals from '../fixtures/drawing/intervals.json';
import level1 from '../fixtures/drawing/level1.json';
import seed from '../fixtures/seed.json';
import { parseTimeline } from '$lib/timeline/validate';
import { TimelineView } from '$lib/view/view.svelte';
import Drawing from './Drawing.svelte';
import { serializeSvg } from './serialize';

/*
 * The drawing at fixed widths, kept as SVG files beside the tests, as Observable Plot keeps
 * test/output: a change to the drawing shows as a diff, and each file opens as a picture.
 * A missing file is written (except in CI); `UPDATE_SNAPSHOTS=1 npm run test:unit` rewrites
 * them all. Review a change as a picture: open the .svg in a browser.
 */

const FIXTURES = { seed, intervals, level1, crowded };
const WIDTHS = [390, 960];

/** Draws a timeline in a box whose drawing measures `width`, once d3-zoom is in. */
async function draw(json: unknown, width: number) {
	const { timeline, problems } = parseTimeline(structuredClone(json));
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	const view = new TimelineView(timeline!);
	const host = document.createElement('div');
	document.body.append(host);
	const drawing = mount(Drawing, { target: host, props: { view } });
	onTestFinished(() => {
		unmount(drawing);
		host.remove();
	});
	flushSync();
	const viewport = host.querySelector<HTMLElement>('.viewport')!;
	host.style.width = `${width + viewport.offsetWidth - viewport.clientWidth}px`;
	// The width comes through a ResizeObserver, d3-zoom through a dynamic import: wait for
	// both, however slow the machine, rather than for a time.
	await vi.waitFor(
		() => {
			expect(view.width).toBe(width);
			expect(view.transform).not.toBeNull();
		},
		{ timeout: 60_000, interval: 10 }
	);
	flushSync();
	return { host, view, svg: host.querySelector('svg')! };
}

/**
 * The "+N" groups are buttons laid over the drawing; the snapshot draws each where it
 * stands, as a box of the button's size (its left edge and width come from the layout,
 * its bottom edge and height from CSS, which no font changes).
 */
function overflowButtons(host: HTMLElement, svg: SVGSVGElement): string[] {
	const box = svg.getBoundingClientRect();
	const round = (n: number) => Math.round(n * 10) / 10;
	return [...host.querySelectorAll<HTMLElement>('.overflow-list > li')].map((item) => {
		const button = item.querySelector('button')!;
		const style = getComputedStyle(button);
		const at = item.getBoundingClientRect();
		const [width, height] = [parseFloat(style.width), parseFloat(style.minHeight)];
		const x = round(at.left - box.left);
		const y = round(at.bottom - box.top - height);
		const label = button.firstChild!.textContent!.trim();
		return [
			`<g class="overflow">`,
			`\t<rect height="${height}" rx="${parseFloat(style.borderTopLeftRadius)}" style="fill: ${style.backgroundColor}; stroke: ${style.borderTopColor}" width="${width}" x="${x}" y="${y}"/>`,
			`\t<text style="fill: ${style.color}; font-size: ${style.fontSize}; text-anchor: middle" x="${round(x + width / 2)}" y="${round(y + height / 2 + 4)}">${label}</text>`,
			`</g>`
		].join('\n');
	});
}

describe('the drawing', () => {
	const cases = Object.keys(FIXTURES).flatMap((name) =>
		WIDTHS.map((width) => [name as keyof typeof FIXTURES, width] as const)
	);

	it.each(cases)('of %s at %d px matches its snapshot', async (name, width) => {
		const { host, view, svg } = await draw(FIXTURES[name], width);
		const buttons = overflowButtons(host, svg);
		expect(buttons).toHaveLength(view.layout.overflow.length);
		await expect(serializeSvg(svg, buttons)).toMatchFileSnapshot(
			`../snapshots/drawing/${name}-${width}.svg`
		);
	});

	it('of a crowded day shows a "+N" group for the events beyond the last lane', async () => {
		for (const width of WIDTHS) {
			const { host, view } = await draw(crowded, width);
			const hidden = view.layout.overflow.reduce((sum, group) => sum + group.count, 0);
			expect(view.layout.marks.length + hidden, `at ${width} px`).toBe(crowded.events.length);
			const buttons = [...host.querySelectorAll('.overflow-list button')];
			expect(buttons.length, `at ${width} px`).toBeGreaterThan(0);
			expect(buttons.map((b) => b.firstChild!.textContent!.trim())).toEqual(
				view.layout.overflow.map((group) => `+${group.count}`)
			);
		}
	});

	it('of EDTF level 1 dates draws each over its extent and lists the one no scale reaches', async () => {
		const { view, host } = await draw(level1, 960);
		expect(view.beyond.map((e) => e.id)).toEqual(['bedrock']);
		expect(view.dated.map((e) => e.id)).not.toContain('bedrock');
		const scale = view.scale;
		for (const [id, from, to] of [
			['harbour-rebuilt', '1990-01-01', '2000-01-01'],
			['ice', '2005-12-01', '2006-03-01'],
			['dredging', '2005-03-01', '2005-06-01']
		] as const) {
			const mark = view.layout.marks.find((m) => m.id === id);
			expect(mark, id).toMatchObject({ kind: 'bar' });
			// A bar too short to see is widened about its middle, which stays where the span's is.
			const [x1, x2] = [from, to].map((day) => scale(new Date(`${day}T00:00:00Z`)));
			expect((mark!.x1 + mark!.x2) / 2).toBeCloseTo((x1! + x2!) / 2, 0);
			expect(mark!.x2 - mark!.x1).toBeGreaterThanOrEqual(Math.min(x2! - x1!, 100));
		}
		expect(host.textContent).not.toContain('NaN');
	});

	it('does not depend on the fonts: no label is measured in the page', async () => {
		const measured = [
			vi.spyOn(SVGGraphicsElement.prototype, 'getBBox'),
			vi.spyOn(SVGTextContentElement.prototype, 'getComputedTextLength'),
			vi.spyOn(SVGTextContentElement.prototype, 'getSubStringLength'),
			vi.spyOn(CanvasRenderingContext2D.prototype, 'measureText')
		];
		onTestFinished(() => measured.forEach((spy) => spy.mockRestore()));
		for (const json of Object.values(FIXTURES)) await draw(json, 390);
		for (const spy of measured) expect(spy).not.toHaveBeenCalled();
	});
});
