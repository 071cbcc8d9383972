import type { Endpoint, Precision, Span, Unspecified } from './types.ts';

export type EdtfResult = { span: Span; error?: undefined } | { span?: undefined; error: string };

type DatedEndpoint = Extract<Endpoint, { kind: 'date' }>;

/**
 * A level 0 or 1 date: a year of four digits, or three or two and then X (201X, 20XX);
 * a month, a season (21–24) or XX; a day or XX; a qualifier. Which combinations level 1
 * allows is checked in code, where a message can say what is wrong.
 */
const DATE = /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([?~%])?$/;
/** A year of more than four digits, level 1's letter-prefixed year: Y170000002, Y-12000. */
const LONG_YEAR = /^Y(-?)(\d+)([?~%])?$/;

/** The first month of spring, summer, autumn and winter (21–24): meteorological, northern. */
const SEASON_START = [2, 5, 8, 11];

const LEVEL_1_X = 'level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX';

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

/** Why a date that is not level 0 or 1 is refused, or null where no particular reason shows. */
function notLevel1(text: string, whole: string): string | null {
	if (/^Y-?\d+(E|S)\d+/.test(text))
		return `${show(whole)}: exponents (E) and significant digits (S) in years are EDTF level 2, which is not supported`;
	if (/^Y-?\d{1,4}[?~%]?$/.test(text))
		return `${show(whole)}: a year of four digits or fewer is written without Y (YYYY)`;
	if (/^-?\d{5,}/.test(text))
		return `${show(whole)}: a year of more than four digits starts with Y (Y12345, Y-170000002)`;
	if (/^Y-?\d+-/.test(text))
		return `${show(whole)}: a year with Y (Y12345) stands alone, without month or day`;
	if (/^-?\d{4}-\d{2}-\d{2}T/.test(text))
		return `${show(whole)}: times of day are not supported (give the day, YYYY-MM-DD)`;
	if (/x/.test(text) && /^[-\dXx?~%]+$/.test(text))
		return `${show(whole)}: unspecified digits are written as capital X`;
	if (/X/.test(text) && /^[-\dX?~%]+$/.test(text))
		return `${show(whole)}: unspecified digits there are EDTF level 2, which is not supported (${LEVEL_1_X})`;
	if (/^-?\d{4}[?~%]-/.test(text) || /^-?\d{4}-\d{2}[?~%]-/.test(text))
		return `${show(whole)}: a qualifier (?, ~, %) inside a date is EDTF level 2, which is not supported; put it at the end`;
	if (/[[\]{}]/.test(text))
		return `${show(whole)}: sets ([…] and {…}) are EDTF level 2, which is not supported`;
	return null;
}

function dated(
	precision: Precision,
	year: number,
	start: Date,
	end: Date,
	qualifier: string | undefined,
	unspecified?: Unspecified
): DatedEndpoint {
	return {
		kind: 'date',
		start,
		end,
		precision,
		year,
		...(unspecified && { unspecified }),
		uncertain: qualifier === '?' || qualifier === '%',
		approximate: qualifier === '~' || qualifier === '%'
	};
}

function parseEndpoint(text: string, whole: string): Endpoint | string {
	if (text === '..') return { kind: 'open' };
	if (text === '') return { kind: 'unknown' };
	const long = LONG_YEAR.exec(text);
	if (long && long[2]!.length > 4) {
		const year = Number(long[1]! + long[2]!);
		// Fifteen digits stay exact in a number; the schema's pattern says the same.
		if (long[2]!.length > 15)
			return `${show(whole)}: the year has too many digits to count with (at most 15)`;
		return dated('year', year, utcDate(year), utcDate(year + 1), long[3]);
	}
	const match = DATE.exec(text);
	if (!match)
		return (
			notLevel1(text, whole) ??
			`${show(whole)} is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or an interval A/B)`
		);
	const [, sign, y, m, d, qualifier] = match;
	const negative = sign === '-';
	if (y === '0000' && negative) return `${show(whole)}: -0000 is not a valid year`;
	if (y!.includes('X')) {
		// 199X covers 1990–1999; -199X covers -1999 to -1990.
		if (m !== undefined)
			return `${show(whole)}: unspecified digits in the year with a month or day are EDTF level 2, which is not supported (${LEVEL_1_X})`;
		const width = y!.endsWith('XX') ? 100 : 10;
		const base = Number(y!.replaceAll('X', '0'));
		const first = negative ? -(base + width - 1) : base;
		return dated(
			width === 10 ? 'decade' : 'century',
			first,
			utcDate(first),
			utcDate(first + width),
			qualifier
		);
	}
	const year = Number(sign! + y!);
	if (m === undefined) return dated('year', year, utcDate(year), utcDate(year + 1), qualifier);
	if (m === 'XX') {
		if (d !== undefined && d !== 'XX')
			return `${show(whole)}: an unspecified month with a known day is EDTF level 2, which is not supported (${LEVEL_1_X})`;
		const unspecified = d === undefined ? 'month' : 'month and day';
		return dated('year', year, utcDate(year), utcDate(year + 1), qualifier, unspecified);
	}
	const month = Number(m);
	if (month >= 21 && month <= 24 && d === undefined) {
		const first = SEASON_START[month - 21]!;
		return dated('season', year, utcDate(year, first), utcDate(year, first + 3), qualifier);
	}
	if (month >= 25 && month <= 41 && d === undefined)
		return `${show(whole)}: seasons 25–41 (by hemisphere, quarters, quadrimesters, semesters) are EDTF level 2, which is not supported; level 1 has 21–24 (spring, summer, autumn, winter)`;
	if (month < 1 || month > 12) return `${show(whole)}: month ${m} does not exist`;
	if (d === 'XX')
		return dated('month', year, utcDate(year, month - 1), utcDate(year, month), qualifier, 'day');
	if (d === undefined)
		return dated('month', year, utcDate(year, month - 1), utcDate(year, month), qualifier);
	const day = Number(d);
	const start = utcDate(year, month - 1, day);
	if (day < 1 || start.getUTCMonth() !== month - 1) return `${show(whole)} is not a real day`;
	return dated('day', year, start, utcDate(year, month - 1, day + 1), qualifier);
}

/** True when the interval from `from` to `to` ends before it starts. */
function endsBefore(from: DatedEndpoint, to: DatedEndpoint): boolean {
	const [start, end] = [from.start.getTime(), to.end.getTime()];
	// Years beyond what a Date holds are compared by the year alone.
	return Number.isFinite(start) && Number.isFinite(end) ? end <= start : to.year < from.year;
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
	if (from.kind === 'date' && to.kind === 'date' && endsBefore(from, to))
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

/**
 * True when every known end is a Date: a year beyond ±275,760 is a valid date that no
 * Date, and so no time scale, can hold.
 */
export function isDrawable(span: Span): boolean {
	return [span.from, span.to].every(
		(p) =>
			p.kind !== 'date' || (Number.isFinite(p.start.getTime()) && Number.isFinite(p.end.getTime()))
	);
}

/** True when the span is one day or less, drawn as a point. */
export function isPoint(span: Span): boolean {
	return !span.interval && span.from.kind === 'date' && span.from.precision === 'day';
}
