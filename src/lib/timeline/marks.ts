import { isApproximate, isUncertain } from './edtf.ts';
import type { ScaleTime } from 'd3-scale';
import { codePointLength } from './code-points.ts';
import { densityOf } from './density.ts';
import type { DateWords } from './format.ts';
import {
	CHAR_WIDTH,
	dateLabelOf,
	dateLengthOf,
	measureLabels,
	roomFor,
	titleRoom,
	truncate
} from './label-width.ts';
import type { DatedEvent } from './order.ts';
import { GAP, Lanes } from './lanes.ts';
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
	/**
	 * Set for a pinned event wholly outside the view: drawn out of sight, so the mark
	 * that holds focus stays, and counted with the events on that side.
	 */
	outside: 'before' | 'after' | null;
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
/** Least room between two marks in one lane, in pixels: labels keep GAP apart. */
export const MARK_GAP = 4;
/** How much wider a bold label is than a regular one, as the label font measures. */
export const BOLD = 1.15;
/** Least characters of a title a label keeps when cut short to find a lane. */
export const MIN_TITLE = 8;
/** Width of a stretch of the view, in pixels, whose weightiest event takes a lane first. */
export const STRETCH = 120;
/** How far an unknown end fades out, in pixels. */
export const UNKNOWN_FADE = 48;

/** Per-event buffers reused between frames, as the spill is. */
let shownBuffer = new Uint8Array(1024);
let laneBuffer = new Int32Array(1024);

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
	/** The selected event, whose label is bold. */
	selected?: string | null;
}

/**
 * Places the dated events in view: a point for a day, a bar for anything longer, with a
 * label packed into lanes so no two labels overlap: in time order, each in the first lane
 * with room, or, where that leaves some out, the weightiest event of each stretch of the
 * width first.
 * A label runs rightwards from its mark, or leftwards to its end (near the right edge,
 * or beside a neighbour), or cut short; an event goes beyond the last lane only when
 * no lane has room for its mark and a label. Events wholly outside the view are only
 * counted (a pinned one is drawn out of sight); events in view beyond the last lane are
 * gathered into overflow groups and a density strip.
 *
 * Two or three passes over the events in time order with no objects per event, plus a label and a
 * mark for each event that gets a lane: a frame over 100,000 events costs milliseconds.
 */
export function layoutMarks({
	events,
	x,
	range,
	words,
	maxLanes = 8,
	pinned,
	selected
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
	const lastX = right - 4;
	const firstX = left + 4;
	/** Where event i's label goes, after extentOf(i) and a placement: into these. */
	let labelX = 0;
	let labelWidth = 0;
	/** Characters the label may take: as many as the view allows, or fewer to fit a lane. */
	let titleChars = room;

	const boldAt = selected == null ? -1 : (index.positions.get(selected) ?? -1);
	/** A label's width: the selected event's title is bold, and wider. */
	const widthOf = (i: number) => index.labelWidths[i]! * (i === boldAt ? BOLD : 1);

	let labelRows = new Lanes(maxLanes, GAP);
	let markRows = new Lanes(maxLanes, MARK_GAP);
	const hole: [number, number] = [0, 0];
	/**
	 * The lane for event i, after extentOf(i), with labelX, labelWidth and titleChars set;
	 * -1 when no lane has room for its mark and a label of at least MIN_TITLE characters.
	 * Marks and labels take separate rows of a lane (labels above, marks below), so a
	 * point may stand just past the end of a bar; a label never stands over another mark. A label goes rightwards from its mark,
	 * else leftwards (as far right as its lane allows), in the first lane where it fits
	 * whole; else, cut short, in the lane with the most room.
	 */
	const place = (i: number): number => {
		// Where every lane has a label over the mark, as in a crowded view, no lane will do.
		if (labelRows.full(x1, x2) || markRows.full(x1, x2)) return -1;
		const full = widthOf(i);
		const rightX = Math.min(Math.max(x1, firstX), lastX);
		const leftEnd = Math.max(Math.min(x2, lastX), firstX);
		let best = -1;
		let bestRoom = 0;
		/** The free stretch of the best lane for a label cut short leftwards, or null for rightwards. */
		let bestHole: [number, number] | null = null;
		for (let lane = 0; lane < maxLanes; lane++) {
			// Nor may a mark stand under another label, or a label over another mark.
			if (!labelRows.fits(lane, x1, x2) || !markRows.hole(lane, x1, x2, hole)) continue;
			const low = Math.max(hole[0], firstX);
			const high = Math.min(hole[1], lastX);
			const right = labelRows.hole(lane, rightX, rightX, hole)
				? Math.min(hole[1], high) - rightX
				: -1;
			if (right >= full) return settle(i, lane, rightX, full);
			// Leftwards: as far right as the lane and the view allow, ending at or past the mark.
			let left = -1;
			let from = 0;
			let to = 0;
			if (labelRows.hole(lane, leftEnd, leftEnd, hole)) {
				from = Math.max(hole[0], low);
				to = Math.min(hole[1], high);
				left = to - from;
				if (left >= full) return settle(i, lane, Math.max(from, Math.min(rightX, to - full)), full);
			}
			const most = Math.max(right, left);
			if (most > bestRoom) {
				best = lane;
				bestRoom = most;
				bestHole = right >= left ? null : [from, to];
			}
		}
		// Too little room for any date and MIN_TITLE characters: no need to measure the date.
		if (best === -1 || bestRoom < (MIN_TITLE + 6) * CHAR_WIDTH) return -1;
		// Cut short: the date stays whole, the title keeps what room is left.
		const dateChars = dateLengthOf(events, index, i, words) + 2;
		const advance = i === boldAt ? CHAR_WIDTH * BOLD : CHAR_WIDTH;
		const chars = Math.min(room, Math.floor(bestRoom / advance) - dateChars);
		const title = codePointLength(events[i]!.title);
		if (chars < Math.min(MIN_TITLE, title)) return -1;
		const width = (Math.min(chars, title) + dateChars) * advance;
		titleChars = Math.floor(bestRoom / advance);
		const x = bestHole ? Math.max(bestHole[0], Math.min(rightX, bestHole[1] - width)) : rightX;
		return settle(i, best, x, width, false);
	};
	/** Takes a lane for event i's mark and label. */
	const settle = (i: number, lane: number, x: number, width: number, whole = true): number => {
		labelX = x;
		labelWidth = width;
		if (whole) titleChars = room;
		markRows.put(lane, x1, x2);
		labelRows.put(lane, labelX, labelX + labelWidth);
		return lane;
	};

	/** The mark of event i, after extentOf(i) and a placement: made only for a mark drawn. */
	const markOf = (i: number, lane: number, outside: Mark['outside'] = null): Mark => {
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
			lane,
			labelX,
			labelEnd: labelX + labelWidth,
			label: truncate(event.title, titleRoom(titleChars, codePointLength(dateLabel) + 2)),
			dateLabel,
			outside
		};
	};

	const marks: Mark[] = [];
	let before = 0;
	let after = 0;
	let earlier = -1;
	let later = -1;
	// The events in view, and the one that matters most in each stretch of the width (the
	// most quoted, then the longest, of those narrower than half the view), which takes a
	// lane first where lanes are full, so marks spread across the whole view rather than
	// crowd where the lanes first come free.
	const stretches = Math.max(1, Math.ceil((right - left) / STRETCH));
	const pick = new Int32Array(stretches).fill(-1);
	/** Whether event i comes before j: more quotes, then a longer span (an open one longest). */
	const outranks = (i: number, j: number) => {
		const qi = events[i]!.evidence.length;
		const qj = events[j]!.evidence.length;
		if (qi !== qj) return qi > qj;
		const li = end[i]! - start[i]!;
		const lj = end[j]! - start[j]!;
		// NaN where an end is open or unknown: as long as can be.
		return (li === li ? li : Infinity) > (lj === lj ? lj : Infinity);
	};
	if (shownBuffer.length < n) shownBuffer = new Uint8Array(n * 2);
	const shown = shownBuffer.fill(0, 0, n);
	let inView = 0;
	for (let i = 0; i < n; i++) {
		extentOf(i);
		if (x2 < left) {
			before++;
			earlier = i;
			continue;
		}
		if (x1 > right) {
			after++;
			if (later === -1) later = i;
			continue;
		}
		shown[i] = 1;
		inView++;
		// A span as wide as half the view crosses many stretches: it takes its lane in time order.
		if (x2 - x1 > (right - left) / 2) continue;
		const middle = Math.min(Math.max((x1 + x2) / 2, left), right - 1);
		const stretch = Math.min(stretches - 1, Math.floor((middle - left) / STRETCH));
		const held = pick[stretch]!;
		if (held === -1 || outranks(i, held)) pick[stretch] = i;
	}
	/** Each event's lane, or -1 while it has none. */
	if (laneBuffer.length < n) laneBuffer = new Int32Array(n * 2);
	const laneOf = laneBuffer;
	const lay = (i: number) => {
		extentOf(i);
		const lane = place(i);
		if (lane !== -1) {
			laneOf[i] = lane;
			marks.push(markOf(i, lane));
		}
	};
	/** Lanes for the picks first, then for the rest in time order. */
	const fill = (picks: readonly number[]) => {
		labelRows = new Lanes(maxLanes, GAP);
		markRows = new Lanes(maxLanes, MARK_GAP);
		marks.length = 0;
		spill.count = 0;
		laneOf.fill(-1, 0, n);
		for (const i of picks) lay(i);
		for (let i = 0; i < n; i++) {
			if (!shown[i] || laneOf[i] !== -1) continue;
			extentOf(i);
			const lane = markRows.full(x1, x2) ? -1 : place(i);
			if (lane === -1) {
				spill.push(i, x1, x2);
				continue;
			}
			laneOf[i] = lane;
			marks.push(markOf(i, lane));
		}
	};
	// Where every event finds room, time order alone, lane by lane, reads best; only where
	// some do not do the weightiest of each stretch go first.
	// More events in view than the lanes could hold with the shortest labels: time order
	// alone would leave some out, so it is not tried.
	const most = maxLanes * (Math.floor((right - left) / (7 * CHAR_WIDTH + GAP)) + 1);
	if (inView <= most) fill([]);
	if (inView > most || spill.count > 0)
		fill(
			[...pick]
				.filter((i) => i !== -1)
				.sort((i, j) => (outranks(i, j) ? -1 : outranks(j, i) ? 1 : i - j))
		);

	// A pinned event in view with no lane takes one from the marks in its way (pinLane).
	// One wholly outside the view is counted with the events there, and drawn where it
	// is, out of sight, so the mark that holds focus stays in the page.
	for (const i of [...pinnedAt].sort((p, q) => p - q)) {
		if (laneOf[i] !== -1) continue;
		extentOf(i);
		titleChars = room;
		labelWidth = widthOf(i);
		if (!shown[i]) {
			labelX = x2 < left ? x2 - labelWidth : x1;
			marks.push(markOf(i, 0, x2 < left ? 'before' : 'after'));
			continue;
		}
		labelX = Math.max(x1, firstX);
		if (labelX + labelWidth > lastX)
			labelX = Math.max(firstX, Math.min(labelX, lastX - labelWidth));
		const a = Math.min(x1, labelX);
		const b = Math.max(x2, labelX + labelWidth);
		const pin = pinLane({ marks, lanes: labelRows, a, b, pinned: pinnedAt });
		if (!pin) continue;
		const { lane, displaced } = pin;
		for (const m of displaced) {
			marks.splice(marks.indexOf(m), 1);
			spill.push(m.order, m.x1, m.x2);
			labelRows.free(lane, m.labelX);
			markRows.free(lane, m.x1);
		}
		// It was put beyond the last lane in the pass: take it back out.
		spill.remove(i);
		labelRows.put(lane, labelX, labelX + labelWidth);
		markRows.put(lane, x1, x2);
		marks.push(markOf(i, lane));
	}
	marks.sort((a, b) => a.order - b.order);
	return {
		marks,
		overflow: gatherOverflow({ events, index, spill, low: left - far, high: right + far, range }),
		density: densityOf(spill, range),
		lanes: marks.reduce((most, m) => (m.outside ? most : Math.max(most, m.lane + 1)), 0),
		before,
		after,
		earlier: earlier === -1 ? null : events[earlier]!,
		later: later === -1 ? null : events[later]!
	};
}
