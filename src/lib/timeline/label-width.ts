import { codePointLength } from './code-points.ts';
import { cut } from './cut.ts';
import { parseEdtf } from './edtf.ts';
import { spanInWords, type DateWords } from './format.ts';
import type { DatedEvent } from './order.ts';
import type { TimeIndex } from './time-index.ts';

/** Average advance of the label font in pixels per character: labels are measured without a DOM. */
export const CHAR_WIDTH = 7.4;
/** Longest label, in characters, where the view has room. */
export const MAX_TITLE = 64;

/** The day of a YYYY-MM-DD date inside an EDTF string. */
const DAY_OF_MONTH = /(\d{4}-\d{2})-\d{2}/g;

/** A title cut to fit a label. */
export function truncate(text: string, max = MAX_TITLE): string {
	return cut(text, max, { trim: true });
}

/** Characters a label may take in a view `width` pixels wide. */
export const roomFor = (width: number) => Math.floor((width - 8) / CHAR_WIDTH);

/** Characters of the title shown beside a date label of `dateChars`. */
export const titleRoom = (room: number, dateChars: number) =>
	Math.max(8, Math.min(MAX_TITLE, room - dateChars));

/** The short date label of event i, made once per date. */
export function dateLabelOf(
	events: readonly DatedEvent[],
	index: TimeIndex,
	i: number,
	words: DateWords
): string {
	const { span } = events[i]!;
	let label = index.dateLabels.get(span.edtf);
	if (label === undefined)
		index.dateLabels.set(span.edtf, (label = spanInWords(span, words, 'short')));
	return label;
}

/**
 * The length of event i's date label, as long as any day of its month makes it: the
 * label measured is the one for the 28th, which every month has and whose day takes
 * two digits.
 */
export function dateLengthOf(
	events: readonly DatedEvent[],
	index: TimeIndex,
	i: number,
	words: DateWords
): number {
	const { span } = events[i]!;
	const shape = span.edtf.replace(DAY_OF_MONTH, '$1-28');
	let length = index.dateLengths.get(shape);
	if (length === undefined) {
		const measured = shape === span.edtf ? span : (parseEdtf(shape).span ?? span);
		index.dateLengths.set(shape, (length = codePointLength(spanInWords(measured, words, 'short'))));
	}
	return length;
}

/**
 * Every event's label width in pixels, into index.labelWidths. Widths depend on the
 * view's width and language only, not on the zoom: measured for every event once per
 * width, so no zoom or drag later pays for labels it has not seen.
 */
export function measureLabels({
	events,
	index,
	width,
	words
}: {
	events: readonly DatedEvent[];
	index: TimeIndex;
	width: number;
	words: DateWords;
}): void {
	if (index.labelsIn !== words) {
		index.dateLabels.clear();
		index.dateLengths.clear();
		index.labelsIn = words;
		index.labelsFor = NaN;
	}
	if (index.labelsFor === width) return;
	const room = roomFor(width);
	for (let i = 0; i < events.length; i++) {
		const dateChars = dateLengthOf(events, index, i, words) + 2;
		const title = events[i]!.title;
		const max = titleRoom(room, dateChars);
		const length = codePointLength(title);
		const chars = length <= max ? length : codePointLength(truncate(title, max));
		index.labelWidths[i] = (chars + dateChars) * CHAR_WIDTH;
	}
	index.labelsFor = width;
}
