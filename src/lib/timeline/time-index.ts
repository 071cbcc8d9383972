import { isPoint, spanEnd, spanStart } from './edtf.ts';
import type { DateWords } from './format.ts';
import type { DatedEvent } from './order.ts';

/**
 * The numbers layoutMarks reads for every event on every frame, computed once per list
 * of events: known ends in milliseconds (NaN where open or unknown) and what a label
 * needs, so that a frame over 100,000 events walks typed arrays and makes no objects.
 */
export interface TimeIndex {
	start: Float64Array;
	end: Float64Array;
	/** POINT, OPEN_START and OPEN_END bits. */
	flags: Uint8Array;
	/**
	 * Short date labels by EDTF string, made when first drawn: 100,000 events share far
	 * fewer dates, and a label is made once per date.
	 */
	dateLabels: Map<string, string>;
	/**
	 * Lengths of short date labels in code points, by the shape of the date: measuring
	 * every event's label needs one date-fns format per month, not per day.
	 */
	dateLengths: Map<string, number>;
	/** Label widths in pixels for a view `labelsFor` pixels wide, with dates in `labelsIn`. */
	labelWidths: Float64Array;
	labelsFor: number;
	labelsIn: DateWords | null;
	positions: Map<string, number>;
}

/** Drawn as a point. */
export const POINT = 1;
export const OPEN_START = 2;
export const OPEN_END = 4;

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
