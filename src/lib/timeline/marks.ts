import {
	isApproximate,
	isPoint,
	isUncertain,
	spanBounds,
	spanEnd,
	spanKey,
	spanStart
} from './edtf.ts';
import { spanInWords } from './format.ts';
import { cut } from './text.ts';
import { packLanes } from './layout.ts';
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
	ids: string[];
	start: Date;
	end: Date;
}

export interface MarkLayout {
	marks: Mark[];
	overflow: Overflow[];
	lanes: number;
	/** Events wholly before and after the visible range, not drawn. */
	before: number;
	after: number;
}

/** Average advance of the label font, in pixels per character; labels are measured without a DOM. */
export const CHAR_WIDTH = 7.4;
export const POINT_RADIUS = 6;
/** Longest label, in characters, where the view has room. */
export const MAX_TITLE = 64;
/** How far an unknown end fades out, in pixels. */
export const UNKNOWN_FADE = 48;

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
	let min = Infinity;
	let max = -Infinity;
	for (const { span } of events) {
		for (const d of [spanStart(span), spanEnd(span)]) {
			if (!d) continue;
			min = Math.min(min, d.getTime());
			max = Math.max(max, d.getTime());
		}
	}
	return min <= max ? [new Date(min), new Date(max)] : null;
}

export interface LayoutOptions {
	events: readonly DatedEvent[];
	/** Date to pixel. */
	x: (date: Date) => number;
	/** Visible pixel range. */
	range: [number, number];
	maxLanes?: number;
	/** Ids drawn whatever happens (the chosen and the focused event): they get lanes first. */
	pinned?: ReadonlySet<string>;
}

/**
 * Places the dated events in view: a point for a day, a bar for anything longer, with a
 * label packed into lanes so no two labels overlap. Labels that would leave the view on
 * the right are drawn leftwards from its edge. Events wholly outside the view are only
 * counted, unless pinned.
 */
export function layoutMarks({ events, x, range, maxLanes = 8, pinned }: LayoutOptions): MarkLayout {
	const [left, right] = range;
	const far = right - left + 1000;
	let before = 0;
	let after = 0;
	const placed: { mark: Mark; event: DatedEvent }[] = [];
	events.forEach((event, order) => {
		const { span } = event;
		const start = spanStart(span);
		const end = spanEnd(span);
		const point = isPoint(span);
		let x1 = start ? x(start) : end ? x(end) - UNKNOWN_FADE : left;
		let x2 = end ? x(end) : start ? x(start) + UNKNOWN_FADE : right;
		if (span.from.kind === 'open') x1 = Math.min(x2, left) - 12;
		if (span.to.kind === 'open') x2 = Math.max(x1, right) + 12;
		if (point || x2 - x1 < 2 * POINT_RADIUS) {
			const middle = (x1 + x2) / 2;
			x1 = middle - POINT_RADIUS;
			x2 = middle + POINT_RADIUS;
		}
		const isPinned = pinned?.has(event.id) ?? false;
		if (x2 < left && !isPinned) {
			before++;
			return;
		}
		if (x1 > right && !isPinned) {
			after++;
			return;
		}
		// Clamp both ends on both sides: a pinned mark wholly beyond one side must keep x1 <= x2.
		x1 = Math.min(Math.max(x1, left - far), right + far);
		x2 = Math.min(Math.max(x2, left - far), right + far);
		const dateLabel = spanInWords(span, 'short');
		const dateChars = Array.from(dateLabel).length + 2;
		const room = Math.floor((right - left - 8) / CHAR_WIDTH) - dateChars;
		const label = truncate(event.title, Math.max(8, Math.min(MAX_TITLE, room)));
		const labelWidth = (Array.from(label).length + dateChars) * CHAR_WIDTH;
		let labelX = Math.max(x1, left + 4);
		if (labelX + labelWidth > right - 4)
			labelX = Math.max(left + 4, Math.min(labelX, right - 4 - labelWidth));
		placed.push({
			event,
			mark: {
				id: event.id,
				order,
				kind: point ? 'point' : 'bar',
				x1,
				x2,
				fadeStart: span.from.kind === 'date' ? null : span.from.kind,
				fadeEnd: span.to.kind === 'date' ? null : span.to.kind,
				uncertain: isUncertain(span),
				approximate: isApproximate(span),
				lane: 0,
				labelX,
				labelEnd: labelX + labelWidth,
				label,
				dateLabel
			}
		});
	});
	const extents = placed.map(({ mark: m }) => ({
		x1: Math.min(m.x1, m.labelX),
		x2: Math.max(m.x2, m.labelEnd)
	}));
	// Pinned marks take lanes first only when they would otherwise have none, so that
	// focusing or choosing a mark never reshuffles the lanes under the pointer.
	const first = pinned ? placed.flatMap(({ mark }, i) => (pinned.has(mark.id) ? [i] : [])) : [];
	let lanes = packLanes(extents, { gap: 12, maxLanes });
	if (first.some((i) => lanes[i] === -1)) lanes = packLanes(extents, { gap: 12, maxLanes, first });
	const marks: Mark[] = [];
	const spilled: { mark: Mark; event: DatedEvent }[] = [];
	placed.forEach((entry, i) => {
		entry.mark.lane = lanes[i]!;
		if (entry.mark.lane >= 0) marks.push(entry.mark);
		else spilled.push(entry);
	});
	return {
		marks,
		overflow: gatherOverflow(spilled),
		lanes: marks.reduce((most, m) => Math.max(most, m.lane + 1), 0),
		before,
		after
	};
}

/** Groups spilled marks whose extents lie within 24 px of each other. */
function gatherOverflow(spilled: { mark: Mark; event: DatedEvent }[]): Overflow[] {
	const groups: Overflow[] = [];
	const sorted = [...spilled].sort((a, b) => a.mark.x1 - b.mark.x1);
	for (const { mark, event } of sorted) {
		const [start, end] = spanBounds(event.span);
		const last = groups.at(-1);
		if (last && mark.x1 <= last.x2 + 24) {
			last.x2 = Math.max(last.x2, mark.x2);
			last.ids.push(mark.id);
			if (start < last.start) last.start = start;
			if (end > last.end) last.end = end;
		} else groups.push({ x1: mark.x1, x2: mark.x2, ids: [mark.id], start, end });
	}
	return groups;
}
