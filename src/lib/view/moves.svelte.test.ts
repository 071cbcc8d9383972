import { describe, expect, it } from 'vitest';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { parseTimeline } from '$lib/timeline/validate';
import { TimelineView, type TransformSink } from './view.svelte.ts';
import valid from '../../../tests/fixtures/valid.json';

// Moves the buttons and keys ask for, and what is left of them once they have been made.

/**
 * The fixture with its undated dispute dated two days after the reopening: the first view
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

/** A view of the fixture with d3-zoom loaded, at a measured width. */
function view(width = 960): TimelineView {
	const v = new TimelineView(timeline);
	v.measure(width);
	v.useZoom(zoomIdentity);
	return v;
}

/** A sink as d3-zoom is without animation: the view moves, and the move has arrived, at once. */
function atOnce(v: TimelineView): TransformSink {
	return (t) => {
		v.follow(t, false);
		v.arrived();
		return t;
	};
}

/** A sink as d3-zoom is while animating: nothing moves until `finish` is called. */
function animated(v: TimelineView) {
	let heading: ZoomTransform | null = null;
	const sink: TransformSink = (t) => {
		heading = t;
		return t;
	};
	const finish = () => {
		if (heading) v.follow(heading, false);
		v.arrived();
	};
	return { sink, finish };
}

describe('moves', () => {
	it('starts a move from the view once a move without animation has been made', () => {
		const v = view();
		v.sink = atOnce(v);
		v.zoomBy(2);
		// d3-zoom then reports the view elsewhere (its own limits): the next press starts there.
		const elsewhere = v.transform!.translate(-100, 0);
		v.follow(elsewhere, false);
		const before = v.scale.domain();
		v.zoomBy(2);
		expect(span(v.scale.domain())).toBeCloseTo(span(before) / 2, -1);
		expect(middle(v.scale.domain())).toBeCloseTo(middle(before), -1);
	});

	it('keeps the stretch of time the reader zoomed to when the width changes', () => {
		const v = view(1200);
		v.sink = atOnce(v);
		v.zoomBy(2);
		const zoomed = v.scale.domain();
		v.measure(700);
		expect(v.scale.domain().map(ms)).toEqual(zoomed.map(ms));
		expect(v.scale.range()).toEqual([16, 684]);
	});

	it('zooms from what is drawn after Fit and a resize, not from the old width', () => {
		expect(view().home!.k).toBeGreaterThan(2);
		for (const first of ['fit', 'zoom'] as const) {
			const v = view(1200);
			v.sink = atOnce(v);
			if (first === 'fit') v.fit();
			else v.zoomBy(2);
			v.measure(700);
			const before = v.scale.domain();
			v.zoomBy(2);
			expect(span(v.scale.domain())).toBeCloseTo(span(before) / 2, -1);
			expect(middle(v.scale.domain())).toBeCloseTo(middle(before), -1);
		}
	});

	it('pans from what is drawn after a resize cut an animated zoom short', () => {
		const v = view(1200);
		const { sink } = animated(v);
		v.sink = (t, options) => {
			sink(t, options);
			// Half-way there when the width changes.
			v.follow(v.transform!.scale(1.5), false);
			return t;
		};
		v.zoomBy(2);
		v.measure(700);
		v.sink = atOnce(v);
		const before = v.scale.domain();
		v.panBy(-100);
		// 100 px of a 668 px view, from the zoom drawn (1.5×), not the one it was heading for (2×).
		expect(span(v.scale.domain())).toBeCloseTo(span(before), -1);
		expect(middle(v.scale.domain()) - middle(before)).toBeCloseTo((span(before) * 100) / 668, -3);
	});

	it('builds an arrow key’s reveal on an animated zoom under way, keeping its zoom', () => {
		const v = view(960);
		const { sink, finish } = animated(v);
		const sent: ZoomTransform[] = [];
		v.sink = (t, options) => {
			sent.push(t);
			return sink(t, options);
		};
		v.zoomBy(8);
		const zoom = sent[0]!.k;
		for (const event of v.dated) v.reveal(event.id);
		finish();
		expect(sent.every((t) => t.k === zoom)).toBe(true);
		expect(v.transform!.k).toBe(zoom);
	});
});
