import {
	isApproximate,
	isPoint,
	isUncertain,
	parseEdtf,
	spanEnd,
	spanKey,
	spanStart
} from './edtf.ts';
import type { ScaleTime } from 'd3-scale';
import { spanInWords, type DateWords } from './format.ts';
import { cut } from './text.ts';
import type { Span, TimelineEvent } from './types.ts';

/** An event with a span, as the timeline draws it. */
export interface DatedEvent extends TimelineEvent {
	span: Span;
}

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

/** Events beyond the last lane, gathered where they fall. */
export interface Overflow {
	x1: number;
	x2: number;
	/** How many events the group holds. */
	count: number;
	/** Their ids in time order, the first OVERFLOW_IDS of them: a longer group is zoomed into. */
	ids: string[];
	start: Date;
	end: Date;
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

/** Average advance of the label font, in pixels per character; labels are measured without a DOM. */
export const CHAR_WIDTH = 7.4;
export const POINT_RADIUS = 6;
/** Longest label, in characters, where the view has room. */
export const MAX_TITLE = 64;
/** How far an unknown end fades out, in pixels. */
export const UNKNOWN_FADE = 48;
/** Width of one column of the density strip, in pixels. */
export const DENSITY_STEP = 4;
/** Most ids an overflow group lists; a larger group opens by zooming in. */
export const OVERFLOW_IDS = 20;
/** Widest an overflow group grows, in pixels, so a dense stretch splits into several. */
export const OVERFLOW_WIDTH = 96;
const GAP = 12;

const SURROGATE = /[\uD800-\uDFFF]/;
/** The day of a YYYY-MM-DD date inside an EDTF string. */
const DAY_OF_MONTH = /(\d{4}-\d{2})-\d{2}/g;

/** Length in code points, without making an array for text that has no surrogate pair. */
function codePoints(text: string): number {
	if (!SURROGATE.test(text)) return text.length;
	let pairs = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			pairs++;
			i++;
		}
	}
	return text.length - pairs;
}

/** A title cut to fit a label. */
export function truncate(text: string, max = MAX_TITLE): string {
	return cut(text, max, { trim: true });
}

/** Dated events in time order: by start, then end, then their order in the file. */
export function datedInOrder(events: readonly TimelineEvent[]): DatedEvent[] {
	return events
		.filter((e): e is DatedEvent => e.span !== null)
		.map((event) => ({
			event,
			key: spanKey(event.span),
			end: spanEnd(event.span)?.getTime() ?? Infinity
		}))
		.sort((a, b) => a.key - b.key || a.end - b.end)
		.map(({ event }) => event);
}

/** The time extent of all known ends, or null when there is none. */
export function timeExtent(events: readonly DatedEvent[]): [Date, Date] | null {
	const { start, end } = timeIndex(events);
	let min = Infinity;
	let max = -Infinity;
	for (const ends of [start, end])
		for (let i = 0; i < ends.length; i++) {
			const t = ends[i]!;
			// NaN, a missing end, is neither less nor more.
			if (t < min) min = t;
			if (t > max) max = t;
		}
	return min <= max ? [new Date(min), new Date(max)] : null;
}

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
 * The numbers layoutMarks reads for every event on every frame, computed once per list
 * of events: known ends in milliseconds (NaN where open or unknown) and what a label
 * needs, so that a frame over 100,000 events walks typed arrays and makes no objects.
 */
export interface TimeIndex {
	start: Float64Array;
	end: Float64Array;
	/** Bit 1: drawn as a point; 2: open start; 4: open end. */
	flags: Uint8Array;
	/**
	 * Short date labels by EDTF string, made when first drawn: 100,000 events share far
	 * fewer dates, and a label is made once per date.
	 */
	dateLabels: Map<string, string>;
	/**
	 * Lengths of short date labels in code points, by the shape of the date (dateShape):
	 * measuring every event's label needs one date-fns format per month, not per day.
	 */
	dateLengths: Map<string, number>;
	/** Label widths in pixels for a view `labelsFor` pixels wide, with dates in `labelsIn`. */
	labelWidths: Float64Array;
	labelsFor: number;
	labelsIn: DateWords | null;
	positions: Map<string, number>;
}

export const POINT = 1;
const OPEN_START = 2;
const OPEN_END = 4;
const indexes = new WeakMap<readonly DatedEvent[], TimeIndex>();

/** The numbers of a list of events, made once per list (kept while the list lives). */
export function timeIndex(events: readonly DatedEvent[]): TimeIndex {
	let index = indexes.get(events);
	if (index) return index;
	const n = events.length;
	index = {
		start: new Float64Array(n),
		end: new Float64Array(n),
		flags: new Uint8Array(n),
		dateLabels: new Map(),
		dateLengths: new Map(),
		labelWidths: new Float64Array(n),
		labelsFor: NaN,
		labelsIn: null,
		positions: new Map(events.map((e, i) => [e.id, i]))
	};
	for (let i = 0; i < n; i++) {
		const { span } = events[i]!;
		index.start[i] = spanStart(span)?.getTime() ?? NaN;
		index.end[i] = spanEnd(span)?.getTime() ?? NaN;
		index.flags[i] =
			(isPoint(span) ? POINT : 0) |
			(span.from.kind === 'open' ? OPEN_START : 0) |
			(span.to.kind === 'open' ? OPEN_END : 0);
	}
	indexes.set(events, index);
	return index;
}

/**
 * Growable typed arrays for the events beyond the last lane and their sort, reused
 * between frames: fresh ones of 100,000 entries each frame would make the collector run.
 */
let spillIndex = new Int32Array(1024);
let spillX = new Float64Array(2048);
let spillNext = new Int32Array(1024);
let columnHead = new Int32Array(4096);

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

	const room = Math.floor((right - left - 8) / CHAR_WIDTH);
	const dateLabelOf = (i: number) => {
		const { span } = events[i]!;
		let label = index.dateLabels.get(span.edtf);
		if (label === undefined)
			index.dateLabels.set(span.edtf, (label = spanInWords(span, words, 'short')));
		return label;
	};
	/**
	 * The length of event i's date label, as long as any day of its month makes it: the
	 * label measured is the one for the 28th, which every month has and whose day takes
	 * two digits.
	 */
	const dateLengthOf = (i: number) => {
		const shape = events[i]!.span.edtf.replace(DAY_OF_MONTH, '$1-28');
		let length = index.dateLengths.get(shape);
		if (length === undefined) {
			const { span } = events[i]!;
			const measured = shape === span.edtf ? span : (parseEdtf(shape).span ?? span);
			index.dateLengths.set(shape, (length = codePoints(spanInWords(measured, words, 'short'))));
		}
		return length;
	};
	/** Characters of the title shown beside a date label of `dateChars`. */
	const titleRoom = (dateChars: number) => Math.max(8, Math.min(MAX_TITLE, room - dateChars));
	// Label widths depend on the view's width only, not on the zoom: measured for every
	// event once per width, so no zoom or drag later pays for labels it has not seen.
	if (index.labelsIn !== words) {
		index.dateLabels.clear();
		index.dateLengths.clear();
		index.labelsIn = words;
		index.labelsFor = NaN;
	}
	if (index.labelsFor !== right - left) {
		for (let i = 0; i < n; i++) {
			const dateChars = dateLengthOf(i) + 2;
			const title = events[i]!.title;
			const max = titleRoom(dateChars);
			const chars = codePoints(title) <= max ? codePoints(title) : codePoints(truncate(title, max));
			index.labelWidths[i] = (chars + dateChars) * CHAR_WIDTH;
		}
		index.labelsFor = right - left;
	}
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
		const dateLabel = dateLabelOf(i);
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
			label: truncate(event.title, titleRoom(codePoints(dateLabel) + 2)),
			dateLabel
		};
	};

	let spilled = 0;
	/** Puts event i, at x1–x2, beyond the last lane. */
	const spill = (i: number) => {
		if (spilled === spillIndex.length) {
			const grownIndex = new Int32Array(spilled * 2);
			grownIndex.set(spillIndex);
			spillIndex = grownIndex;
			const grownX = new Float64Array(spilled * 4);
			grownX.set(spillX);
			spillX = grownX;
		}
		spillIndex[spilled] = i;
		spillX[2 * spilled] = x1;
		spillX[2 * spilled + 1] = x2;
		spilled++;
	};

	// First fit in time order, in one pass.
	const laneEnds: number[] = [];
	const marks: Mark[] = [];
	let before = 0;
	let after = 0;
	let earlier = -1;
	let later = -1;
	let lowestEnd = -Infinity;
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
		// A label starts at or left of its mark: when every lane ends past the mark, none
		// can take it, and its label need not be placed.
		if (laneEnds.length === maxLanes && x1 < lowestEnd + GAP) {
			spill(i);
			continue;
		}
		placeLabel(i);
		const a = Math.min(x1, labelX);
		const b = Math.max(x2, labelX + labelWidth);
		let lane = laneEnds.findIndex((end) => end + GAP <= a);
		if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
		if (lane === -1) {
			spill(i);
			continue;
		}
		const mark = markOf(i);
		mark.lane = lane;
		laneEnds[lane] = Math.max(a, b);
		marks.push(mark);
		if (laneEnds.length === maxLanes) lowestEnd = Math.min(...laneEnds);
	}

	// A pinned event (selected or focused) with no lane takes one from the marks in its way,
	// which go beyond the last lane: the others keep their lanes, so focusing or selecting
	// never reshuffles the drawing under the pointer, and it costs no second pass.
	for (const i of [...pinnedAt].sort((p, q) => p - q)) {
		if (marks.some((m) => m.order === i)) continue;
		extentOf(i);
		placeLabel(i);
		const a = Math.min(x1, labelX);
		const b = Math.max(x2, labelX + labelWidth);
		const inWay = (m: Mark) =>
			Math.min(m.x1, m.labelX) < b + GAP && a < Math.max(m.x2, m.labelEnd) + GAP;
		let lane = laneEnds.length < maxLanes ? laneEnds.push(-Infinity) - 1 : -1;
		let fewest = Infinity;
		for (let l = 0; lane === -1 && l < maxLanes; l++) {
			const blocking = marks.filter((m) => m.lane === l && inWay(m));
			// Another pinned mark stays where it is.
			if (blocking.some((m) => pinnedAt.has(m.order))) continue;
			if (blocking.length < fewest) {
				fewest = blocking.length;
				lane = l;
			}
		}
		if (lane === -1) continue;
		for (const m of marks.filter((m) => m.lane === lane && inWay(m))) {
			marks.splice(marks.indexOf(m), 1);
			[x1, x2] = [m.x1, m.x2];
			spill(m.order);
		}
		// It was put beyond the last lane in the pass: take it back out.
		for (let k = 0; k < spilled; k++)
			if (spillIndex[k] === i) {
				spilled--;
				spillIndex[k] = spillIndex[spilled]!;
				spillX[2 * k] = spillX[2 * spilled]!;
				spillX[2 * k + 1] = spillX[2 * spilled + 1]!;
				break;
			}
		extentOf(i);
		placeLabel(i);
		const mark = markOf(i);
		mark.lane = lane;
		marks.push(mark);
	}
	marks.sort((a, b) => a.order - b.order);
	return {
		marks,
		overflow: gatherOverflow(events, index, spilled, left - far, right + far),
		density: densityOf(spilled, range),
		lanes: marks.reduce((most, m) => Math.max(most, m.lane + 1), 0),
		before,
		after,
		earlier: earlier === -1 ? null : events[earlier]!,
		later: later === -1 ? null : events[later]!
	};
}

/**
 * Groups the spilled events (in spillIndex and spillX) whose marks lie within 24 px of
 * each other, up to OVERFLOW_WIDTH wide. A counting sort by pixel column puts them in
 * x order in linear time.
 */
function gatherOverflow(
	events: readonly DatedEvent[],
	index: TimeIndex,
	count: number,
	low: number,
	high: number
): Overflow[] {
	if (count === 0) return [];
	const columns = Math.max(1, Math.ceil(high - low) + 1);
	if (columnHead.length < columns) columnHead = new Int32Array(columns * 2);
	if (spillNext.length < count) spillNext = new Int32Array(spillIndex.length);
	const head = columnHead.fill(-1, 0, columns);
	const next = spillNext;
	for (let k = count - 1; k >= 0; k--) {
		const column = Math.floor(spillX[2 * k]! - low);
		next[k] = head[column]!;
		head[column] = k;
	}
	type Open = Omit<Overflow, 'start' | 'end'> & { from: number; to: number };
	const groups: Open[] = [];
	let last: Open | null = null;
	for (let column = 0; column < columns; column++)
		for (let k = head[column]!; k !== -1; k = next[k]!) {
			const i = spillIndex[k]!;
			const a = spillX[2 * k]!;
			const b = spillX[2 * k + 1]!;
			const s = index.start[i]!;
			const e = index.end[i]!;
			const from = s === s ? s : e;
			const to = e === e ? e : from;
			if (last && a <= last.x2 + 24 && a <= last.x1 + OVERFLOW_WIDTH) {
				last.x2 = Math.max(last.x2, b);
				last.count++;
				if (last.ids.length < OVERFLOW_IDS) last.ids.push(events[i]!.id);
				last.from = Math.min(last.from, from);
				last.to = Math.max(last.to, to);
			} else {
				last = { x1: a, x2: b, count: 1, ids: [events[i]!.id], from, to };
				groups.push(last);
			}
		}
	return groups.map(({ from, to, ...group }) => ({
		...group,
		start: new Date(from),
		end: new Date(to)
	}));
}

/** Spilled events per DENSITY_STEP px column of the view, by a difference array. */
function densityOf(count: number, [left, right]: [number, number]): number[] {
	if (count === 0) return [];
	const columns = Math.max(1, Math.ceil((right - left) / DENSITY_STEP));
	const diff = new Int32Array(columns + 1);
	const column = (px: number) =>
		Math.min(columns - 1, Math.max(0, Math.floor((px - left) / DENSITY_STEP)));
	for (let k = 0; k < count; k++) {
		const a = spillX[2 * k]!;
		const b = spillX[2 * k + 1]!;
		if (b < left || a > right) continue;
		diff[column(a)]!++;
		diff[column(b) + 1]!--;
	}
	const density = new Array<number>(columns);
	let running = 0;
	for (let c = 0; c < columns; c++) density[c] = running += diff[c]!;
	return density;
}
