import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { parseTimeline } from '$lib/timeline/validate';
import { TimelineView } from './view.svelte.ts';
import valid from '../../../tests/fixtures/valid.json';

// Moves the buttons and keys ask for, and what is left of them once they have been made.

/**
 * The fixture with its undated dispute dated two days after the reopening: the home view
 * then zooms past the two-year repair so the two days stand apart, and is no longer the
 * base scale's view.
 */
const timeline = parseTimeline({
	...valid,
	events: valid.events.map((e) =>
		e.id === 'contractor-dispute' ? { ...e, date: '2025-03-12' } : e
	)
}).timeline!;
const ms = (date: Date) => date.getTime();
const span = (domain: Date[]) => ms(domain[1]!) - ms(domain[0]!);
const middle = (domain: Date[]) => (ms(domain[0]!) + ms(domain[1]!)) / 2;

/** A view of the fixture with d3-zoom loaded and attached, at a measured width. */
function view(width = 960): TimelineView {
	const v = new TimelineView(timeline);
	v.measure(width);
	v.useZoom(zoomIdentity);
	v.attached = true;
	return v;
}

/** d3-zoom's part without animation: the view moves to the move asked for, which has arrived. */
function makeAtOnce(v: TimelineView): void {
	v.follow(v.move!.transform, false);
	v.arrived();
}

describe('moves', () => {
	it('starts a move from the view once a move without animation has been made', () => {
		const v = view();
		v.zoomBy(2);
		makeAtOnce(v);
		// d3-zoom then reports the view elsewhere (its own limits): the next press starts there.
		const elsewhere = v.transform!.translate(-100 / v.transform!.k, 0);
		v.follow(elsewhere, false);
		const before = v.scale.domain();
		v.zoomBy(2);
		makeAtOnce(v);
		expect(span(v.scale.domain())).toBeCloseTo(span(before) / 2, -1);
		expect(middle(v.scale.domain())).toBeCloseTo(middle(before), -1);
	});

	it('keeps the stretch of time the reader zoomed to when the width changes', () => {
		const v = view(1200);
		v.zoomBy(2);
		makeAtOnce(v);
		const zoomed = v.scale.domain();
		v.measure(700);
		expect(v.scale.domain().map(ms)).toEqual(zoomed.map(ms));
		expect(v.scale.range()).toEqual([16, 684]);
	});

	it('zooms from what is drawn after Fit and a resize, not from the old width', () => {
		expect(view().home!.k).toBeGreaterThan(2);
		for (const first of ['home', 'zoom'] as const) {
			const v = view(1200);
			if (first === 'home') v.goHome();
			else v.zoomBy(2);
			makeAtOnce(v);
			v.measure(700);
			const before = v.scale.domain();
			v.zoomBy(2);
			makeAtOnce(v);
			expect(span(v.scale.domain())).toBeCloseTo(span(before) / 2, -1);
			expect(middle(v.scale.domain())).toBeCloseTo(middle(before), -1);
		}
	});

	it('pans from what is drawn after a resize cut an animated zoom short', () => {
		const v = view(1200);
		v.zoomBy(2);
		// Half-way there when the width changes.
		v.follow(v.transform!.scale(1.5), false);
		v.measure(700);
		// The move, counted in pixels of the old width, is no longer asked for.
		expect(v.move).toBeNull();
		const before = v.scale.domain();
		v.panBy(-100);
		makeAtOnce(v);
		// 100 px of a 668 px view, from the zoom drawn (1.5×), not the one it was heading for (2×).
		expect(span(v.scale.domain())).toBeCloseTo(span(before), -1);
		expect(middle(v.scale.domain()) - middle(before)).toBeCloseTo((span(before) * 100) / 668, -3);
	});

	it('builds an arrow key’s reveal on an animated zoom under way, keeping its zoom', () => {
		const v = view(960);
		v.zoomBy(8);
		const moves = [v.move!];
		const zoom = moves[0]!.transform.k;
		for (const event of v.dated) {
			v.reveal(event.id);
			if (v.move !== moves.at(-1)) moves.push(v.move!);
		}
		// The animation arrives.
		makeAtOnce(v);
		expect(moves.length).toBeGreaterThan(1);
		expect(moves.every((move) => move.transform.k === zoom)).toBe(true);
		expect(v.transform!.k).toBe(zoom);
	});
});
