import { MONTHS, WEEKDAYS, yearName } from './ticks.ts';
import type { Endpoint, Span } from './types.ts';

type DatedEndpoint = Extract<Endpoint, { kind: 'date' }>;

/**
 * A calendar unit in words, read in UTC so no reader's time zone moves the day:
 * "Thursday 13 November 2025", "September 2025", "2025"; short: "13 Nov 2025", "Sep 2025".
 */
function unitInWords(point: DatedEndpoint, style: 'long' | 'short'): string {
	const date = point.start;
	const year = yearName(date);
	if (point.precision === 'year') return year;
	const month = MONTHS[date.getUTCMonth()]!;
	const monthName = style === 'long' ? month : month.slice(0, 3);
	if (point.precision === 'month') return `${monthName} ${year}`;
	const day = `${date.getUTCDate()} ${monthName} ${year}`;
	return style === 'long' ? `${WEEKDAYS[date.getUTCDay()]} ${day}` : day;
}

/** A count with thousands separators, "12,345": one formatter, as each one takes time to make. */
export const formatCount: (n: number) => string = new Intl.NumberFormat('en').format;

/** A day for the toolbar: "13 Nov 2025", in UTC. */
export function shortDay(date: Date): string {
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!.slice(0, 3)} ${yearName(date)}`;
}

function pointInWords(point: DatedEndpoint, style: 'long' | 'short'): string {
	const words = unitInWords(point, style);
	if (style === 'short')
		return `${point.approximate ? 'c. ' : ''}${words}${point.uncertain ? '?' : ''}`;
	return `${point.approximate ? 'about ' : ''}${words}${point.uncertain ? ', uncertain' : ''}`;
}

/**
 * A span in words. Long: "about September 2025", "October 2025, uncertain",
 * "October 2023 to October 2025", "from October 2025 on". Short, for labels:
 * "c. Sep 2025", "Oct 2025?", "Oct 2023 – Oct 2025".
 */
export function spanInWords(span: Span, style: 'long' | 'short' = 'long'): string {
	const { from, to } = span;
	if (!span.interval && from.kind === 'date') return pointInWords(from, style);
	const dash = style === 'long' ? ' to ' : ' – ';
	if (from.kind === 'date' && to.kind === 'date')
		return `${pointInWords(from, style)}${dash}${pointInWords(to, style)}`;
	if (from.kind === 'date')
		return to.kind === 'open'
			? `from ${pointInWords(from, style)} on`
			: `from ${pointInWords(from, style)}, end unknown`;
	if (to.kind === 'date')
		return from.kind === 'open'
			? `until ${pointInWords(to, style)}`
			: `until ${pointInWords(to, style)}, start unknown`;
	return span.edtf;
}
