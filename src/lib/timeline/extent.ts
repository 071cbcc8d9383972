import type { DatedEvent } from './order.ts';
import { timeIndex } from './time-index.ts';

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
