import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import type { Endpoint, Span } from './types.ts';

type DatedEndpoint = Extract<Endpoint, { kind: 'date' }>;

function year(date: Date): string {
	const y = date.getUTCFullYear();
	return y > 0 ? String(y) : `${1 - y} BC`;
}

/** A calendar unit in words, in UTC: "Thursday 13 November 2025", "September 2025", "2025". */
function unitInWords(point: DatedEndpoint, style: 'long' | 'short'): string {
	const date = new UTCDate(point.start);
	if (point.precision === 'year') return year(point.start);
	if (point.precision === 'month')
		return `${format(date, style === 'long' ? 'MMMM' : 'MMM')} ${year(point.start)}`;
	return style === 'long'
		? `${format(date, 'EEEE d MMMM')} ${year(point.start)}`
		: `${format(date, 'd MMM')} ${year(point.start)}`;
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
