import { spanEnd, spanKey } from './edtf.ts';
import type { Span, TimelineEvent } from './types.ts';

/** An event with a span, as the timeline draws it. */
export interface DatedEvent extends TimelineEvent {
	span: Span;
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
