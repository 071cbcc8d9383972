import { isDrawable, spanEnd, spanKey } from './edtf.ts';
import type { Span, TimelineEvent } from './types.ts';

/** An event with a span, as the timeline draws it. */
export interface DatedEvent extends TimelineEvent {
	span: Span;
}

/**
 * Dated events that can be drawn, in time order: by start, then end, then their order in
 * the file. Dates beyond what a time scale reaches are left to `beyondRange`.
 */
export function datedInOrder(events: readonly TimelineEvent[]): DatedEvent[] {
	return events
		.filter((e): e is DatedEvent => e.span !== null && isDrawable(e.span))
		.map((event) => ({
			event,
			key: spanKey(event.span),
			end: spanEnd(event.span)?.getTime() ?? Infinity
		}))
		.sort((a, b) => a.key - b.key || a.end - b.end)
		.map(({ event }) => event);
}

/**
 * Events dated beyond ±275,760 years, which no time scale can draw (Y170000002), in
 * time order by their years.
 */
export function beyondRange(events: readonly TimelineEvent[]): DatedEvent[] {
	const year = ({ span }: DatedEvent) => {
		const end = span.from.kind === 'date' ? span.from : span.to;
		return end.kind === 'date' ? end.year : 0;
	};
	return events
		.filter((e): e is DatedEvent => e.span !== null && !isDrawable(e.span))
		.map((event) => ({ event, year: year(event) }))
		.sort((a, b) => a.year - b.year)
		.map(({ event }) => event);
}
