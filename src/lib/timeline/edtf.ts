import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays, addMonths, addYears } from 'date-fns';
import type { Endpoint, Precision, Span } from './types.ts';

export type EdtfResult = { span: Span; error?: undefined } | { span?: undefined; error: string };

const DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** A date as written, quoted, with line breaks and other control characters escaped. */
const show = (text: string) => JSON.stringify(text);

/** A UTC date for any year, including years 0–99 that `Date.UTC` would move to the 1900s. */
export function utcDate(year: number, monthIndex = 0, day = 1): Date {
	const date = new Date(Date.UTC(year, monthIndex, day));
	// Set again only where Date.UTC moved the year, as it is slower and most years are later.
	const whole = Math.trunc(year);
	if (whole >= 0 && whole <= 99) date.setUTCFullYear(year, monthIndex, day);
	return date;
}

function parseEndpoint(text: string, whole: string): Endpoint | string {
	if (text === '..') return { kind: 'open' };
	if (text === '') return { kind: 'unknown' };
	const match = DATE.exec(text);
	if (!match) {
		if (/^-?\d{5,}/.test(text)) return `${show(whole)}: years beyond four digits are not supported`;
		if (/^-?\d{4}-\d{2}-\d{2}T/.test(text))
			return `${show(whole)}: times of day are not supported (give the day, YYYY-MM-DD)`;
		if (/[Xx]/.test(text) && /^[-\dXx?~%]+$/.test(text))
			return `${show(whole)}: unspecified digits (X) are not supported`;
		return `${show(whole)} is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or an interval A/B)`;
	}
	const [, y, m, d, qualifier] = match;
	const year = Number(y);
	if (year === 0 && y!.startsWith('-')) return `${show(whole)}: -0000 is not a valid year`;
	const month = m === undefined ? undefined : Number(m);
	const day = d === undefined ? undefined : Number(d);
	if (month !== undefined && (month < 1 || month > 12)) {
		if (month >= 21 && month <= 41 && day === undefined)
			return `${show(whole)}: seasons (21–41) are not supported`;
		return `${show(whole)}: month ${m} does not exist`;
	}
	const precision: Precision = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
	const start = utcDate(year, (month ?? 1) - 1, day ?? 1);
	if (day !== undefined && (day < 1 || start.getUTCMonth() !== month! - 1))
		return `${show(whole)} is not a real day`;
	// The unit ends where the next one starts, counted in UTC so no time zone or DST moves it.
	const next = precision === 'year' ? addYears : precision === 'month' ? addMonths : addDays;
	const end = new Date(next(new UTCDateMini(start.getTime()), 1).getTime());
	return {
		kind: 'date',
		start,
		end,
		precision,
		uncertain: qualifier === '?' || qualifier === '%',
		approximate: qualifier === '~' || qualifier === '%'
	};
}

/**
 * Parses an EDTF (ISO 8601-2) level 0 or 1 date into the span of time it covers.
 * Spans are half-open: "2025-09" is [2025-09-01, 2025-10-01).
 */
export function parseEdtf(text: string): EdtfResult {
	if (typeof text !== 'string') return { error: 'must be a string' };
	if (text.trim() !== text || text === '') return { error: `${show(text)} is not an EDTF date` };
	const parts = text.split('/');
	if (parts.length > 2) return { error: `${show(text)}: an interval has exactly one "/"` };
	if (parts.length === 1) {
		const point = parseEndpoint(text, text);
		if (typeof point === 'string') return { error: point };
		if (point.kind !== 'date') return { error: `${show(text)} is not an EDTF date` };
		return { span: { edtf: text, interval: false, from: point, to: point } };
	}
	const from = parseEndpoint(parts[0]!, text);
	if (typeof from === 'string') return { error: from };
	const to = parseEndpoint(parts[1]!, text);
	if (typeof to === 'string') return { error: to };
	if (from.kind !== 'date' && to.kind !== 'date')
		return { error: `${show(text)}: an interval needs at least one known end` };
	if (from.kind === 'date' && to.kind === 'date' && to.end <= from.start)
		return { error: `${show(text)}: the interval ends before it starts` };
	return { span: { edtf: text, interval: true, from, to } };
}

/** The first known instant of a span, or null when its start is open or unknown. */
export function spanStart(span: Span): Date | null {
	return span.from.kind === 'date' ? span.from.start : null;
}

/** The first instant after a span, or null when its end is open or unknown. */
export function spanEnd(span: Span): Date | null {
	return span.to.kind === 'date' ? span.to.end : null;
}

/** The known extent of a span: a missing end stands at the other end, so both are Dates. */
export function spanBounds(span: Span): [Date, Date] {
	const start = spanStart(span) ?? spanEnd(span)!;
	return [start, spanEnd(span) ?? start];
}

/** A representative instant for ordering: the known start, else the known end. */
export function spanKey(span: Span): number {
	const start = spanStart(span) ?? spanEnd(span);
	return start ? start.getTime() : 0;
}

export function isUncertain(span: Span): boolean {
	return [span.from, span.to].some((p) => p.kind === 'date' && p.uncertain);
}

export function isApproximate(span: Span): boolean {
	return [span.from, span.to].some((p) => p.kind === 'date' && p.approximate);
}

/** True when the span is one day or less, drawn as a point. */
export function isPoint(span: Span): boolean {
	return !span.interval && span.from.kind === 'date' && span.from.precision === 'day';
}
