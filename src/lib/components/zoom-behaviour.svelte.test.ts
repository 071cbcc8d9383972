import { flushSync } from 'svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import { zoomTransform, type ZoomTransform } from 'd3-zoom';
import { parseTimeline } from '$lib/timeline/validate';
import { TimelineView } from '$lib/view/view.svelte';
import { attachZoom } from './zoom-behaviour.svelte';
import seed from '../../../tests/fixtures/seed.json';

const timeline = parseTimeline(structuredClone(seed)).timeline!;
const same = (a: ZoomTransform | null, b: ZoomTransform | null) =>
	a !== null && b !== null && a.k === b.k && a.x === b.x;

/** d3-zoom on an SVG in the page, for a view without animation (so each move arrives at once). */
function attached(width = 960) {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.append(svg);
	const view = new TimelineView(timeline);
	view.measure(width);
	view.reducedMotion = true;
	let detach = attachZoom(svg, view);
	onTestFinished(() => {
		detach();
		svg.remove();
	});
	const reattach = () => {
		detach();
		detach = attachZoom(svg, view);
	};
	return { svg, view, reattach };
}

describe('attachZoom', () => {
	it('makes each move the view asks for through d3-zoom, which reports its arrival', () => {
		const { svg, view } = attached();
		view.zoomBy(2);
		const move = view.move!;
		flushSync();
		expect(view.transform).toBe(move.transform);
		expect(zoomTransform(svg)).toBe(move.transform);
		// It has arrived: the next press starts from where the view is, not from its target.
		const elsewhere = move.transform.translate(-100 / move.transform.k, 0);
		view.follow(elsewhere, false);
		view.zoomBy(2);
		expect(view.move!.transform.invertX(480)).toBeCloseTo(elsewhere.invertX(480), 9);
	});

	it('drops a move the view asked for when the width changes before it is made', () => {
		const { view } = attached(1200);
		view.zoomBy(2);
		view.measure(700);
		flushSync();
		expect(same(view.transform, view.home)).toBe(true);
	});

	it('does not make again a move an earlier drawing made', () => {
		const { view, reattach } = attached();
		view.zoomBy(2);
		flushSync();
		const dragged = view.transform!.translate(50, 0);
		view.follow(dragged, true);
		reattach();
		flushSync();
		expect(view.transform).toBe(dragged);
	});
});
