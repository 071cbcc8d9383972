import { isApproximate, isUncertain } from './edtf.ts';
import type { ScaleTime } from 'd3-scale';
import { codePointLength } from './code-points.ts';
import { densityOf } from './density.ts';
import type { DateWords } from './format.ts';
import { dateLabelOf, measureLabels, roomFor, titleRoom, truncate } from './label-width.ts';
import type { DatedEvent } from './order.ts';
import { Lanes } from './lanes.ts';
import { gatherOverflow, type Overflow } from './overflow.ts';
import { pinLane } from './pin.ts';
import { spill } from './spill.ts';
import { OPEN_END, OPEN_START, POINT, timeIndex } from './time-index.ts';

/** One event placed on the timeline, in pixels. */
export interface Mark {
	id: string;
	/** Index of the event in time order. */
	order: number;
	kind: 'point' | 'bar';
	/** Drawn extent of the mark itself, clamped near the view. */
	x1: number;
	x2: number;
	/** Where the span runs past its known end: an open end or an unknown one. */
	fadeStart: 'open' | 'unknown' | null;
	fadeEnd: 'open' | 'unknown' | null;
	uncertain: boolean;
	approximate: boolean;
	lane: number;
	labelX: number;
	/** Right end of the label, estimated from its length. */
	labelEnd: number;
	label: string;
	dateLabel: string;
}

export interface MarkLayout {
	marks: Mark[];
	overflow: Overflow[];
	/**
	 * Events beyond the last lane per DENSITY_STEP pixels of the view, left to right:
	 * the density strip that shows where the events not drawn lie.
	 */
	density: number[];
	lanes: number;
	/** Events wholly before and after the visible range, not drawn. */
	before: number;
	after: number;
	/** The nearest of them on each side, to go to. */
	earlier: DatedEvent | null;
	later: DatedEvent | null;
}

/** The layout of nothing: what layoutMarks gives for no events, and the view before it measures. */
export const NO_MARKS: MarkLayout = {
	marks: [],
	overflow: [],
	density: [],
	lanes: 0,
	before: 0,
	after: 0,
	earlier: null,
	later: null
};

/** Radius of a day's point, and the least half-width of any mark, in pixels. */
export const POINT_RADIUS = 6;
/** How far an unknown end fades out, in pixels. */
export const UNKNOWN_FADE = 48;

export interface LayoutOptions {
	/** Dated events in time order (datedInOrder). */
	events: readonly DatedEvent[];
	/** Date to pixel. */
	x: ScaleTime<number, number>;
	/** Visible pixel range. */
	range: [number, number];
	/** How the labels write dates. */
	words: DateWords;
	maxLanes?: number;
	/** Ids drawn whatever happens (the selected and the focused event): they get lanes first. */
	pinned?: ReadonlySet<string>;
}

/**
 * Places the dated events in view: a point for a day, a bar for anything longer, with a
 * label packed into lanes (first fit in time order) so no two labels overlap. Labels
 * that would leave the view on the right are drawn leftwards from its edge. Events
 * wholly outside the view are only counted, unless pinned; events in view beyond the
 * last lane are gathered into overflow groups and a density strip.
 *
 * One pass over the events in time order with no objects per event, plus a label and a
 * mark for each event that gets a lane: a frame over 100,000 events costs milliseconds.
 */
export function layoutMarks({
	events,
	x,
	range,
	words,
	maxLanes = 8,
	pinned
}: LayoutOptions): MarkLayout {
	const [left, right] = range;
	const far = right - left + 1000;
	const index = timeIndex(events);
	const { start, end, flags } = index;
	const n = events.length;
	// The scale as numbers, as d3's scaleUtc computes it (normalise, then interpolate), to
	// the last bit, without a Date per event.
	const [d0, d1] = x.domain().map((d) => d.getTime()) as [number, number];
	const [r0, r1] = x.range() as [number, number];
	const span = d1 - d0;
	const px = (t: number) => {
		const u = span ? (t - d0) / span : 0.5;
		return r0 * (1 - u) + r1 * u;
	};
	const pinnedAt = new Set<number>();
	for (const id of pinned ?? []) {
		const at = index.positions.get(id);
		if (at !== undefined) pinnedAt.add(at);
	}
	/** The drawn extent of the event last measured by extentOf, in pixels. */
	let x1 = 0;
	let x2 = 0;
	const extentOf = (i: number): void => {
		const s = start[i]!;
		const e = end[i]!;
		const f = flags[i]!;
		// NaN !== NaN: a missing end.
		x1 = s === s ? px(s) : e === e ? px(e) - UNKNOWN_FADE : left;
		x2 = e === e ? px(e) : s === s ? px(s) + UNKNOWN_FADE : right;
		if (f & OPEN_START) x1 = Math.min(x2, left) - 12;
		if (f & OPEN_END) x2 = Math.max(x1, right) + 12;
		if (f & POINT || x2 - x1 < 2 * POINT_RADIUS) {
			const middle = (x1 + x2) / 2;
			x1 = middle - POINT_RADIUS;
			x2 = middle + POINT_RADIUS;
		}
		// Clamp both ends on both sides: a pinned mark wholly beyond one side must keep x1 <= x2.
		x1 = Math.min(Math.max(x1, left - far), right + far);
		x2 = Math.min(Math.max(x2, left - far), right + far);
	};

	const room = roomFor(right - left);
	measureLabels({ events, index, width: right - left, words });
	/** Where event i's label goes, after extentOf(i), into labelX and labelWidth. */
	let labelX = 0;
	let labelWidth = 0;
	const placeLabel = (i: number): void => {
		labelWidth = index.labelWidths[i]!;
		labelX = Math.max(x1, left + 4);
		if (labelX + labelWidth > right - 4)
			labelX = Math.max(left + 4, Math.min(labelX, right - 4 - labelWidth));
	};

	/** The mark of event i, after extentOf(i) and placeLabel(i): made only for a mark drawn. */
	const markOf = (i: number): Mark => {
		const event = events[i]!;
		const { span } = event;
		const dateLabel = dateLabelOf(events, index, i, words);
		return {
			id: event.id,
			order: i,
			kind: flags[i]! & POINT ? 'point' : 'bar',
			x1,
			x2,
			fadeStart: span.from.kind === 'date' ? null : span.from.kind,
			fadeEnd: span.to.kind === 'date' ? null : span.to.kind,
			uncertain: isUncertain(span),
			approximate: isApproximate(span),
			lane: -1,
			labelX,
			labelEnd: labelX + labelWidth,
			label: truncate(event.title, titleRoom(room, codePointLength(dateLabel) + 2)),
			dateLabel
		};
	};

	spill.count = 0;

	const lanes = new Lanes(maxLanes);
	const marks: Mark[] = [];
	let before = 0;
	let after = 0;
	let earlier = -1;
	let later = -1;
	for (let i = 0; i < n; i++) {
		extentOf(i);
		const isPinned = pinnedAt.size > 0 && pinnedAt.has(i);
		if (x2 < left && !isPinned) {
			before++;
			earlier = i;
			continue;
		}
		if (x1 > right && !isPinned) {
			after++;
			if (later === -1) later = i;
			continue;
		}
		if (lanes.full(x1)) {
			spill.push(i, x1, x2);
			continue;
		}
		placeLabel(i);
		const a = Math.min(x1, labelX);
		const b = Math.max(x2, labelX + labelWidth);
		const lane = lanes.take(a, b);
		if (lane === -1) {
			spill.push(i, x1, x2);
			continue;
		}
		const mark = markOf(i);
		mark.lane = lane;
		marks.push(mark);
	}

	// A pinned event with no lane takes one from the marks in its way (pinLane).
	for (const i of [...pinnedAt].sort((p, q) => p - q)) {
		if (marks.some((m) => m.order === i)) continue;
		extentOf(i);
		placeLabel(i);
		const a = Math.min(x1, labelX);
		const b = Math.max(x2, labelX + labelWidth);
		const pin = pinLane({ marks, lanes, a, b, pinned: pinnedAt });
		if (!pin) continue;
		const { lane, displaced } = pin;
		for (const m of displaced) {
			marks.splice(marks.indexOf(m), 1);
			spill.push(m.order, m.x1, m.x2);
		}
		// It was put beyond the last lane in the pass: take it back out.
		spill.remove(i);
		const mark = markOf(i);
		mark.lane = lane;
		marks.push(mark);
	}
	marks.sort((a, b) => a.order - b.order);
	return {
		marks,
		overflow: gatherOverflow({ events, index, spill, low: left - far, high: right + far }),
		density: densityOf(spill, range),
		lanes: marks.reduce((most, m) => Math.max(most, m.lane + 1), 0),
		before,
		after,
		earlier: earlier === -1 ? null : events[earlier]!,
		later: later === -1 ? null : events[later]!
	};
}
