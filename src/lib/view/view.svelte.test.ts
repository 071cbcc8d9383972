import { flushSync } from 'svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import seed from '../../../tests/fixtures/seed.json';
import { LanguageState } from '$lib/i18n/context.svelte';
import { spanEnd, spanStart } from '$lib/timeline/edtf';
import type { Mark } from '$lib/timeline/marks';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Timeline } from '$lib/timeline/types';
import { parseTimeline } from '$lib/timeline/validate';
import { baseDomain } from './base-domain';
import {
	AXIS_HEIGHT,
	DEFAULT_WIDTH,
	LANE_HEIGHT,
	MARGIN,
	MIN_LANES,
	MIN_ZOOM,
	OVERFLOW_ROW,
	TimelineView,
	type Move
} from './view.svelte.ts';

/*
 * These run in Chromium, with runes compiled for the client: a `$derived` that loses a
 * dependency keeps a stale value here, as it would in a reader's browser (on the server
 * it recomputes on every read, and no test there could see it).
 */

const DAY = 86_400_000;
const timeline: Timeline = parseTimeline(structuredClone(seed)).timeline!;

/** The seed timeline at a fixed width, with d3-zoom loaded. */
function view(width = 960, language?: LanguageState): TimelineView {
	const v = new TimelineView(timeline, language);
	v.measure(width);
	v.useZoom(zoomIdentity);
	return v;
}

/** The seed timeline at a fixed width, with d3-zoom attached: moves are asked of it. */
function attached(width = 960): TimelineView {
	const v = view(width);
	v.attached = true;
	return v;
}

/** A zoom along x, as d3-zoom makes it. */
const transform = (k: number, x: number) => zoomIdentity.translate(x, 0).scale(k);
const same = (a: ZoomTransform | null, b: ZoomTransform | null) =>
	a !== null && b !== null && a.k === b.k && a.x === b.x;

const iso = (date: Date) => date.toISOString();
const ms = (date: Date) => date.getTime();
const span = ([a, b]: Date[]) => ms(b!) - ms(a!);
const middle = ([a, b]: Date[]) => (ms(a!) + ms(b!)) / 2;

const DATED = [
	'two-year-conflict',
	'previous-call',
	'gaza-plan-first-phase',
	'russia-draft',
	'putin-netanyahu-call'
];
const UNDATED = [
	'us-mission-urges-council',
	'stabilization-force-talks',
	'trump-rules-out-troops',
	'russian-draft-contents'
];

describe('baseDomain', () => {
	// [what, extent, domain]
	const table: [string, [string, string] | null, [string, string]][] = [
		['no extent as the year 2000', null, ['2000-01-01T00:00:00.000Z', '2001-01-01T00:00:00.000Z']],
		[
			'a long extent with 4% either side',
			['2025-01-01T00:00:00Z', '2025-04-11T00:00:00Z'],
			['2024-12-28T00:00:00.000Z', '2025-04-15T00:00:00.000Z']
		],
		[
			'a short extent with a day either side',
			['2025-11-13T00:00:00Z', '2025-11-14T00:00:00Z'],
			['2025-11-12T00:00:00.000Z', '2025-11-15T00:00:00.000Z']
		]
	];

	it.each(table)('pads %s', (_what, extent, domain) => {
		const input = extent && (extent.map((d) => new Date(d)) as [Date, Date]);
		expect(baseDomain(input).map(iso)).toEqual(domain);
	});

	it('does not mutate the extent', () => {
		const extent: [Date, Date] = [
			new Date('2025-01-01T00:00:00Z'),
			new Date('2025-02-01T00:00:00Z')
		];
		baseDomain(extent);
		expect(extent.map(iso)).toEqual(['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z']);
	});
});

describe('TimelineView', () => {
	it('starts at the default width, at home, with nothing chosen', () => {
		const v = new TimelineView(timeline);
		v.useZoom(zoomIdentity);
		expect(v.width).toBe(DEFAULT_WIDTH);
		expect(same(v.transform, v.home)).toBe(true);
		expect([v.selectedId, v.focusId, v.selected]).toEqual([null, null, null]);
	});

	it('orders the dated events in time, then the undated ones as in the file', () => {
		const v = view();
		expect(v.dated.map((e) => e.id)).toEqual(DATED);
		expect(v.undated.map((e) => e.id)).toEqual(UNDATED);
		expect(v.ordered.map((e) => e.id)).toEqual([...DATED, ...UNDATED]);
		expect(v.byId.size).toBe(9);
	});

	// [id, 1-based position]
	const positions: [string, number][] = [
		['two-year-conflict', 1],
		['russia-draft', 4],
		['putin-netanyahu-call', 5],
		['us-mission-urges-council', 6],
		['russian-draft-contents', 9],
		['no-such-event', 0]
	];

	it.each(positions)('puts %s at position %d', (id, position) => {
		expect(view().position(id)).toBe(position);
	});

	it('bases its scale on the padded extent of the dated events, inside the margins', () => {
		const v = view(960);
		expect(v.extent!.map(iso)).toEqual(['2023-10-01T00:00:00.000Z', '2025-11-16T00:00:00.000Z']);
		expect(v.range).toEqual([MARGIN, 960 - MARGIN]);
		expect(v.baseScale.domain().map(iso)).toEqual(baseDomain(v.extent).map(iso));
		expect(v.baseScale.range()).toEqual([16, 944]);
		expect(v.scale.range()).toEqual([16, 944]);
	});

	it('shows at home every event but the two-year conflict whole', () => {
		const v = view(960);
		const [left, right] = v.range;
		for (const event of v.dated) {
			if (event.id === 'two-year-conflict') continue;
			expect(v.scale(spanStart(event.span)!), event.id).toBeGreaterThanOrEqual(left);
			expect(v.scale(spanEnd(event.span)!), event.id).toBeLessThanOrEqual(right);
		}
		// Two reports two days apart stay apart beside a two-year conflict.
		const draft = v.dated.find((e) => e.id === 'russia-draft')!;
		const call = v.dated.find((e) => e.id === 'putin-netanyahu-call')!;
		expect(v.scale(spanStart(call.span)!) - v.scale(spanStart(draft.span)!)).toBeGreaterThanOrEqual(
			16
		);
		const [a, b] = v.scale.domain();
		const day = (d: Date) =>
			d.toLocaleDateString('en-GB', {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			});
		expect(v.visibleRange()).toBe(`${day(a!)} – ${day(b!)}`);
	});

	it('draws the five dated events, never two overlapping labels in one lane', () => {
		const v = view(960);
		const { marks, overflow, before, after } = v.layout;
		expect(marks.map((m) => m.id).sort()).toEqual([...DATED].sort());
		expect([overflow, before, after]).toEqual([[], 0, 0]);
		const box = (m: Mark) => [Math.min(m.x1, m.labelX), Math.max(m.x2, m.labelEnd)] as const;
		for (const a of marks)
			for (const b of marks) {
				if (a === b || a.lane !== b.lane) continue;
				const [a1, a2] = box(a);
				const [b1, b2] = box(b);
				expect(a2 <= b1 || b2 <= a1, `${a.id} and ${b.id} overlap in lane ${a.lane}`).toBe(true);
			}
		for (const m of marks) {
			expect(m.labelX).toBeGreaterThanOrEqual(v.range[0]);
			expect(m.labelEnd).toBeLessThanOrEqual(v.range[1]);
		}
	});

	it('places each mark at its date on the scale', () => {
		const v = view(960);
		const mark = (id: string) => v.layout.marks.find((m) => m.id === id)!;
		const previous = v.dated.find((e) => e.id === 'previous-call')!;
		expect(mark('previous-call').x1).toBeCloseTo(v.scale(spanStart(previous.span)!), 9);
		expect(mark('previous-call').x2).toBeCloseTo(v.scale(spanEnd(previous.span)!), 9);
		const call = v.dated.find((e) => e.id === 'putin-netanyahu-call')!;
		const day = (v.scale(spanStart(call.span)!) + v.scale(spanEnd(call.span)!)) / 2;
		expect((mark('putin-netanyahu-call').x1 + mark('putin-netanyahu-call').x2) / 2).toBeCloseTo(
			day,
			9
		);
		expect(mark('putin-netanyahu-call').kind).toBe('point');
	});

	it('is as tall as its lanes, a row for "+N" buttons and its axis', () => {
		const v = view(960);
		expect(v.lanes).toBeGreaterThanOrEqual(MIN_LANES);
		expect(v.lanes).toBeGreaterThanOrEqual(v.layout.lanes);
		// Five dated events in four lanes: zoomed out, some may find no lane.
		expect(v.lanes).toBeLessThan(v.dated.length);
		expect(v.dense).toBe(true);
		expect(v.height).toBe(v.lanes * LANE_HEIGHT + OVERFLOW_ROW + AXIS_HEIGHT + 8);
	});

	it('keeps the "+N" buttons out of the lanes at every zoom', () => {
		const v = view(960);
		for (const k of [0.5, 1, 2, 8]) {
			const from = v.home!;
			v.follow(
				zoomIdentity.translate(480 - from.invertX(480) * k * from.k, 0).scale(k * from.k),
				true
			);
			if (v.layout.overflow.length > 0) expect(v.dense, `zoom ${k}`).toBe(true);
			expect(v.lanesBottom).toBe(8 + v.lanes * LANE_HEIGHT + (v.dense ? OVERFLOW_ROW : 0));
		}
	});

	it('ticks the visible domain about once per 90 px', () => {
		const v = view(960);
		expect(v.ticks.length).toBeGreaterThanOrEqual(5);
		expect(v.ticks.length).toBeLessThanOrEqual(21);
		for (const tick of v.ticks) expect(tick.x).toBe(v.scale(tick.date));
	});

	describe('selection', () => {
		it('selects a dated event and gives it the tab stop', () => {
			const v = view();
			v.select('russia-draft');
			expect(v.selectedId).toBe('russia-draft');
			expect(v.focusId).toBe('russia-draft');
			expect(v.selected?.title).toBe('Russia puts forward its own draft UN resolution on Gaza');
			// Already in view: nothing moves.
			expect(same(v.transform, v.home)).toBe(true);
		});

		it('selects an undated event without moving the tab stop', () => {
			const v = view();
			v.select('russia-draft');
			v.select('trump-rules-out-troops');
			expect(v.selectedId).toBe('trump-rules-out-troops');
			expect(v.focusId).toBe('russia-draft');
			expect(v.dateInWords(v.selected!)).toBe('Undated');
		});

		it('ignores an unknown id', () => {
			const v = view();
			v.select('russia-draft');
			v.select('no-such-event');
			expect([v.selectedId, v.focusId]).toEqual(['russia-draft', 'russia-draft']);
		});

		it('clears the selection with null, keeping the tab stop', () => {
			const v = view();
			v.select('russia-draft');
			v.select(null);
			expect([v.selectedId, v.focusId, v.selected]).toEqual([null, 'russia-draft', null]);
		});

		it('pans an event that is out of view into view when selected, keeping the zoom', () => {
			const v = view(960);
			v.select('putin-netanyahu-call');
			v.zoomBy(8);
			const event = v.dated.find((e) => e.id === 'previous-call')!;
			const outside =
				v.scale(spanEnd(event.span)!) < v.range[0] || v.scale(spanStart(event.span)!) > v.range[1];
			expect(outside).toBe(true);
			const k = v.transform!.k;
			v.select('previous-call');
			const [x1, x2] = [v.scale(spanStart(event.span)!), v.scale(spanEnd(event.span)!)];
			// Now at least partly in view (a month may be wider than the view at this zoom).
			expect(x2 > v.range[0] && x1 < v.range[1]).toBe(true);
			expect(v.transform!.k).toBe(k);
		});

		it('pans a day that is just out of view only as far as needed', () => {
			const v = view(960);
			v.select('putin-netanyahu-call');
			v.zoomBy(8);
			v.panBy(2000);
			v.select('russia-draft');
			const event = v.dated.find((e) => e.id === 'russia-draft')!;
			const [x1, x2] = [v.scale(spanStart(event.span)!), v.scale(spanEnd(event.span)!)];
			expect(x1).toBeGreaterThanOrEqual(v.range[0]);
			expect(x2).toBeLessThanOrEqual(v.range[1]);
			// As little as needed: it ends up near the edge it came from, not in the middle.
			expect(Math.min(x1 - v.range[0], v.range[1] - x2)).toBeLessThan(60);
		});

		it('leaves the view alone for a long span that already crosses it', () => {
			const v = view(960);
			const before = v.transform;
			v.select('two-year-conflict');
			expect(same(v.transform, before)).toBe(true);
		});

		it('keeps drawing the chosen event after it is panned out of view', () => {
			const v = view(960);
			v.select('russia-draft');
			v.panBy(5000);
			const mark = v.layout.marks.find((m) => m.id === 'russia-draft');
			expect(mark).toBeDefined();
			expect(mark!.x1).toBeGreaterThan(v.range[1]);
			expect(mark!.x1).toBeLessThanOrEqual(mark!.x2);
			// Out of sight, and counted by the edge button on its side.
			expect(mark!.outside).toBe('after');
			expect(mark!.labelX).toBeGreaterThan(v.range[1]);
			const drawn = v.layout.marks.filter((m) => !m.outside);
			expect(drawn.length + v.layout.before + v.layout.after).toBe(5);
		});

		it('keeps the selected event in view when the reader zooms far from it', () => {
			for (const [id, pointer] of [
				['previous-call', 950],
				['putin-netanyahu-call', 10],
				['russia-draft', 950]
			] as const) {
				const v = view(960);
				v.select(id);
				const [left, right] = v.range;
				// A wheel zoom by 8 about the pointer, as d3-zoom makes it, in two steps.
				for (const k of [2, 4]) {
					const from = v.transform!;
					v.follow(
						zoomIdentity
							.translate(pointer - from.invertX(pointer) * k * from.k, 0)
							.scale(k * from.k),
						true
					);
				}
				expect(v.transform!.k).toBeCloseTo(v.home!.k * 8, 9);
				const [start, end] = [spanStart(v.byId.get(id)!.span!)!, spanEnd(v.byId.get(id)!.span!)!];
				const [x1, x2] = [v.scale(start), v.scale(end)];
				if (x2 - x1 < right - left) {
					expect(x1, id).toBeGreaterThanOrEqual(left);
					expect(x2, id).toBeLessThanOrEqual(right);
				} else {
					// A month wider than the view at this zoom stays across it.
					expect(x1, id).toBeLessThan(right);
					expect(x2, id).toBeGreaterThan(left);
				}
				const mark = v.layout.marks.find((m) => m.id === id)!;
				expect(mark.outside).toBeNull();
				expect(mark.labelX).toBeGreaterThanOrEqual(left);
				expect(mark.labelEnd).toBeLessThanOrEqual(right);
			}
		});

		it('lets the reader drag the selected event out of view, and zoom there', () => {
			const v = view(960);
			v.select('previous-call');
			v.follow(v.transform!.translate(-2000, 0), true);
			expect(v.layout.marks.find((m) => m.id === 'previous-call')!.outside).toBe('before');
			const from = v.transform!;
			v.follow(
				zoomIdentity.translate(480 - from.invertX(480) * 2 * from.k, 0).scale(2 * from.k),
				true
			);
			expect(v.layout.marks.find((m) => m.id === 'previous-call')!.outside).toBe('before');
		});

		it('writes a date in words', () => {
			const v = view();
			expect(v.dateInWords(v.byId.get('russia-draft')!)).toBe('Thursday 13 November 2025');
		});
	});

	// [from, step, neighbour]
	const neighbours: [string | null, number, string][] = [
		['russia-draft', 1, 'putin-netanyahu-call'],
		['russia-draft', -1, 'gaza-plan-first-phase'],
		['two-year-conflict', 2, 'gaza-plan-first-phase'],
		['putin-netanyahu-call', 1, 'putin-netanyahu-call'],
		['two-year-conflict', -1, 'two-year-conflict'],
		['previous-call', 10, 'putin-netanyahu-call'],
		[null, 1, 'two-year-conflict'],
		[null, -1, 'putin-netanyahu-call'],
		['trump-rules-out-troops', 1, 'two-year-conflict'],
		['trump-rules-out-troops', -1, 'putin-netanyahu-call']
	];

	it.each(neighbours)('steps from %s by %d to %s', (from, step, to) => {
		expect(view().neighbour(from, step)?.id).toBe(to);
	});

	it('has no neighbour without dated events', () => {
		const v = new TimelineView({
			...timeline,
			events: timeline.events.filter((e) => e.span === null)
		});
		expect(v.neighbour(null, 1)).toBeNull();
		expect(v.layout).toMatchObject({ marks: [], overflow: [], lanes: 0 });
		expect(v.scale.domain().map(iso)).toEqual(baseDomain(null).map(iso));
	});

	describe('zoom', () => {
		it('halves the visible domain around the middle with zoomBy(2)', () => {
			const v = view(960);
			const before = v.scale.domain();
			v.zoomBy(2);
			const after = v.scale.domain();
			expect(v.transform!.k).toBeCloseTo(v.home!.k * 2, 9);
			expect(span(after)).toBeCloseTo(span(before) / 2, -1);
			expect(middle(after)).toBeCloseTo(middle(before), -1);
			expect(v.scale.range()).toEqual([16, 944]);
		});

		it('returns to the home view with goHome()', () => {
			const v = view(960);
			const first = v.scale.domain().map(iso);
			v.zoomBy(2);
			v.panBy(-200);
			expect(v.scale.domain().map(iso)).not.toEqual(first);
			v.goHome();
			expect(same(v.transform, v.home)).toBe(true);
			expect(v.scale.domain().map(iso)).toEqual(first);
		});

		it('zooms about the chosen event while it is in view', () => {
			const v = view(960);
			v.select('previous-call');
			const event = v.dated.find((e) => e.id === 'previous-call')!;
			const centre = () => (v.scale(spanStart(event.span)!) + v.scale(spanEnd(event.span)!)) / 2;
			const before = centre();
			expect(before).not.toBeCloseTo(480, 0);
			v.zoomBy(2);
			expect(centre()).toBeCloseTo(before, 6);
		});

		it('stops zooming out at MIN_ZOOM and in at maxZoom', () => {
			const v = view(960);
			v.zoomBy(0.01);
			expect(v.transform!.k).toBe(MIN_ZOOM);
			v.zoomBy(1e9);
			expect(v.transform!.k).toBeCloseTo(v.maxZoom, 9);
			// About half a day across the view at the largest zoom.
			expect(span(v.scale.domain())).toBeCloseTo(DAY / 2, -1);
		});

		it('pans by screen pixels whatever the zoom', () => {
			const v = view(960);
			v.zoomBy(4);
			const before = v.scale.invert(400);
			v.panBy(100);
			expect(ms(v.scale.invert(500))).toBeCloseTo(ms(before), -1);
		});

		it('zooms to a stretch of time so it fills the middle 80% of the view', () => {
			const v = view(960);
			const start = new Date('2025-11-13T00:00:00Z');
			const end = new Date('2025-11-16T00:00:00Z');
			v.zoomTo(start, end);
			const [left, right] = v.range;
			expect(v.scale(start)).toBeCloseTo(left + (right - left) * 0.1, 6);
			expect(v.scale(end)).toBeCloseTo(right - (right - left) * 0.1, 6);
		});

		it('asks d3-zoom for its moves, building quick presses on the target', () => {
			const v = attached(960);
			const sent: Move[] = [];
			v.zoomBy(2);
			sent.push(v.move!);
			v.zoomBy(2);
			sent.push(v.move!);
			// d3-zoom has not moved the view yet, but the second press starts from the first.
			expect(same(v.transform, v.home)).toBe(true);
			expect(sent.map((move) => move.transform.k / v.home!.k)).toEqual([2, 4]);
			expect(sent.map((move) => move.animate)).toEqual([true, true]);
			v.reducedMotion = true;
			v.goHome();
			expect(same(v.move!.transform, v.home)).toBe(true);
			expect(v.move!.animate).toBe(false);
		});

		it('asks d3-zoom for the moves asked for before it was attached, once it is', () => {
			const v = new TimelineView(timeline);
			v.measure(960);
			v.zoomBy(2);
			expect(v.move).toBeNull();
			v.attached = true;
			v.useZoom(zoomIdentity);
			expect(v.move!.transform.k).toBeCloseTo(v.home!.k * 2, 9);
			expect(same(v.transform, v.home)).toBe(true);
		});

		it('tells d3-zoom which point an animated zoom keeps still: the one it zooms about', () => {
			const v = attached(960);
			// d3-zoom's frames reach the view; none has arrived, so each press builds on the last.
			const draw = () => v.follow(v.move!.transform, false);
			v.zoomBy(2);
			draw();
			expect(v.move!.still).toBe(480);
			v.select('previous-call');
			draw();
			const event = v.dated.find((e) => e.id === 'previous-call')!;
			const centre = (v.scale(spanStart(event.span)!) + v.scale(spanEnd(event.span)!)) / 2;
			v.zoomBy(2);
			expect(v.move!.still).toBeCloseTo(centre, 9);
			v.goHome();
			expect(v.move!.still).toBeUndefined();
		});

		it('reveals from where a zoom under way is heading', () => {
			const v = attached(960);
			v.zoomBy(8);
			const zoomed = v.move!;
			expect(zoomed.transform.k).toBeGreaterThan(v.home!.k * 2);
			v.select('previous-call');
			// The reveal pans at the zoom on its way, not at home's, which d3-zoom has not left.
			expect(v.move).not.toBe(zoomed);
			expect(v.move!.transform.k).toBe(zoomed.transform.k);
			expect(same(v.transform, v.home)).toBe(true);
		});

		it('asks for moves within d3-zoom’s limits, and builds the next press on them', () => {
			const v = attached(960);
			const from = v.transform!;
			const limits = zoom().scaleExtent(v.scaleExtent).translateExtent(v.translateExtent);
			const extent: [[number, number], [number, number]] = [
				[0, 0],
				[v.width, v.height]
			];
			v.panBy(-1e6);
			// Far past the last event: held where d3-zoom's own constrain would hold a drag.
			const held = limits.constrain()(from.translate(-1e6 / from.k, 0), extent, v.translateExtent);
			expect(held.x).toBeGreaterThan(from.x - 1e6);
			expect(v.move!.transform.k).toBe(from.k);
			expect(v.move!.transform.x).toBeCloseTo(held.x, 6);
			v.panBy(100);
			expect(v.move!.transform.x).toBeCloseTo(held.x + 100, 6);
			// A zoom out past the smallest zoom stops there.
			v.zoomTo(new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 0, 1)));
			expect(v.move!.transform.k).toBe(MIN_ZOOM);
		});

		it('starts the next press from the view once an animated move has arrived', () => {
			const v = attached(960);
			v.zoomBy(2);
			const first = v.move!;
			v.arrived();
			// d3-zoom never moved the view: the next press starts from home again.
			v.zoomBy(2);
			expect([first, v.move!].map((move) => move.transform.k / v.home!.k)).toEqual([2, 2]);
		});

		it('makes the moves asked for before d3-zoom has loaded once it has', () => {
			const v = new TimelineView(timeline);
			v.measure(960);
			const first = v.scale.domain();
			expect(v.transform).toBeNull();
			v.zoomBy(2);
			v.panBy(100);
			expect(v.scale.domain()).toEqual(first);
			v.useZoom(zoomIdentity);
			expect(v.transform!.k).toBeCloseTo(v.home!.k * 2, 9);
			expect(span(v.scale.domain())).toBeCloseTo(span(first) / 2, -1);
		});

		it('lets the reader pan half a view, at the zoom of the moment, beyond the events', () => {
			const v = view(960);
			const slack = () => 464 / v.transform!.k;
			expect(v.scaleExtent).toEqual([MIN_ZOOM, v.maxZoom]);
			expect(v.translateExtent).toEqual([
				[16 - slack(), -Infinity],
				[944 + slack(), Infinity]
			]);
			const before = slack();
			v.zoomBy(2);
			expect(slack()).toBeCloseTo(before / 2, 9);
			expect(v.translateExtent[1][0]).toBeCloseTo(944 + before / 2, 9);
		});

		it('lets a gesture by the reader replace a zoom under way', () => {
			const v = attached(960);
			v.zoomBy(2);
			const dragged = transform(1, 50);
			v.follow(dragged, true);
			expect(v.transform).toBe(dragged);
			v.zoomBy(2);
			// Twice the zoom, with the middle of the view where the drag left it.
			expect(v.move!.transform.k).toBe(2);
			expect(v.move!.transform.invertX(480)).toBeCloseTo(dragged.invertX(480), 9);
		});
	});

	describe('width', () => {
		it('lays nothing out until a width is measured, when told to wait for it', () => {
			const v = new TimelineView(timeline);
			v.waitForWidth = true;
			expect(v.layout.marks).toEqual([]);
			expect(v.lanes).toBe(MIN_LANES);
			expect(v.homeDomain.map(iso)).toEqual(v.baseScale.domain().map(iso));
			v.measure(720);
			expect(v.width).toBe(720);
			expect(v.layout.marks.length).toBeGreaterThan(0);
			expect(v.layout).toEqual(view(720).layout);
			expect(v.homeDomain).toEqual(view(720).homeDomain);
		});

		it('makes the moves asked for before the drawing was measured once it is', () => {
			// Prerendered at the default width, or waiting for one: either way not the reader's.
			const v = new TimelineView(timeline);
			v.useZoom(zoomIdentity);
			v.select('putin-netanyahu-call');
			v.zoomBy(2);
			expect(same(v.transform, v.home)).toBe(true);
			v.measure(0);
			expect(same(v.transform, v.home)).toBe(true);
			v.measure(720);
			expect(v.transform!.k).toBeCloseTo(v.home!.k * 2, 9);
		});

		it('keeps its width when the drawing is not displayed and measures 0', () => {
			const waiting = new TimelineView(timeline);
			waiting.waitForWidth = true;
			waiting.measure(0);
			expect(waiting.layout.marks).toEqual([]);
			waiting.measure(720);
			expect(waiting.layout).toEqual(view(720).layout);
			const shown = view(960);
			shown.measure(0);
			expect(shown.range).toEqual([16, 944]);
		});

		it('rescales the base range, keeping its domain, when the width changes', () => {
			const v = view(960);
			const domain = v.baseScale.domain().map(iso);
			const date = new Date('2025-11-13T00:00:00Z');
			const at960 = v.baseScale(date);
			v.width = 480;
			expect(v.range).toEqual([16, 464]);
			expect(v.baseScale.range()).toEqual([16, 464]);
			expect(v.scale.range()).toEqual([16, 464]);
			expect(v.baseScale.domain().map(iso)).toEqual(domain);
			expect(v.baseScale(date) - 16).toBeCloseTo(((at960 - 16) * 448) / 928, 9);
		});

		it('follows the width at home, and keeps the reader’s zoom once moved', () => {
			const v = view(960);
			v.width = 480;
			expect(same(v.transform, v.home)).toBe(true);
			const moved = transform(3, -700);
			v.follow(moved, true);
			v.width = 720;
			expect(v.transform).toBe(moved);
		});

		it('lays the marks out again at the new width', () => {
			const v = view(960);
			v.width = 480;
			for (const m of v.layout.marks) {
				expect(m.labelX).toBeGreaterThanOrEqual(v.range[0]);
				expect(m.labelEnd).toBeLessThanOrEqual(v.range[1] + 1e-9);
			}
			expect(v.layout.marks.length + v.layout.overflow.flatMap((g) => g.ids).length).toBe(5);
		});

		it('keeps a range of at least one pixel on a tiny width', () => {
			const v = view(10);
			expect(v.range).toEqual([16, 17]);
		});
	});

	it('does not mutate the timeline it shows', () => {
		const copy = structuredClone(timeline);
		const v = view(960);
		v.select('russia-draft');
		v.zoomBy(4);
		void v.layout;
		void v.ticks;
		expect(timeline).toEqual(copy);
	});
});

describe('TimelineView, read as a component reads it', () => {
	/**
	 * Reads the view in an effect, as a template does, and keeps each reading; `flushSync`
	 * runs the effects a change has scheduled. An effect re-runs only for the state its
	 * deriveds say they depend on, so a lost dependency leaves a stale last reading.
	 */
	function watch<T>(read: () => T): T[] {
		const seen: T[] = [];
		onTestFinished(
			$effect.root(() => {
				$effect(() => {
					seen.push(read());
				});
			})
		);
		flushSync();
		return seen;
	}

	/** What a drawing shows: its scale, marks, ticks, size and names. */
	const drawing = (v: TimelineView) => ({
		range: v.range,
		domain: v.scale.domain().map(iso),
		marks: v.layout.marks.map((m) => [m.id, m.lane, m.x1, m.x2, m.labelX, m.label, m.dateLabel]),
		overflow: v.layout.overflow.map((g) => g.ids),
		ticks: v.ticks.map((t) => [t.x, t.label]),
		height: v.height,
		visible: v.visibleRange(),
		names: v.ordered.map((e) => v.describe(e.id))
	});

	it('redraws at a new width', () => {
		const v = view(960);
		const seen = watch(() => drawing(v));
		v.measure(390);
		flushSync();
		expect(seen).toHaveLength(2);
		expect(seen[1]).not.toEqual(seen[0]);
		expect(seen[1]).toEqual(drawing(view(390)));
	});

	it('redraws when the reader zooms and pans', () => {
		const v = view(960);
		const seen = watch(() => ({ transform: v.transform, ...drawing(v) }));
		const moved = transform(40, -30_000);
		v.follow(moved, true);
		flushSync();
		expect(seen.at(-1)!.transform).toBe(moved);
		const fresh = view(960);
		fresh.follow(moved, true);
		expect(seen.at(-1)).toEqual({ transform: moved, ...drawing(fresh) });
		expect(seen.at(-1)!.domain).not.toEqual(seen[0]!.domain);
	});

	it('follows the selected event, and keeps it drawn once panned out of view', () => {
		const v = view(960);
		const seen = watch(() => ({
			selected: v.selected?.id ?? null,
			pinned: [...v.pinned],
			marks: v.layout.marks.map((m) => m.id)
		}));
		v.select('russia-draft');
		flushSync();
		expect(seen.at(-1)).toMatchObject({ selected: 'russia-draft', pinned: ['russia-draft'] });
		v.panBy(5000);
		flushSync();
		expect(seen.at(-1)!.marks).toContain('russia-draft');
		v.select('trump-rules-out-troops');
		flushSync();
		expect(seen.at(-1)!.selected).toBe('trump-rules-out-troops');
	});

	it('says every name and date again in the reader’s language once it has loaded', async () => {
		const language = new LanguageState();
		const v = view(960, language);
		const seen = watch(() => drawing(v));
		await language.use('de');
		flushSync();
		expect(seen.at(-1)).not.toEqual(seen[0]);
		expect(seen.at(-1)!.names[0]).toBe(v.describe(v.ordered[0]!.id));
		const german = new LanguageState();
		await german.use('de');
		expect(seen.at(-1)).toEqual(drawing(view(960, german)));
	});

	it('lays out a timeline that replaces the one shown', () => {
		const v = view(960);
		const seen = watch(() => drawing(v));
		const other = { ...timeline, events: timeline.events.slice(2) };
		v.timeline = other;
		flushSync();
		const fresh = new TimelineView(other);
		fresh.measure(960);
		fresh.useZoom(zoomIdentity);
		expect(seen.at(-1)).toEqual(drawing(fresh));
		expect(seen.at(-1)!.names).toHaveLength(timeline.events.length - 2);
	});
});
