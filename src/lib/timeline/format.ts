import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format, type Locale } from 'date-fns';
import { utcDate } from './edtf.ts';
import type { Endpoint, Span, Unspecified } from './types.ts';

type DatedEndpoint = Extract<Endpoint, { kind: 'date' }>;

/**
 * How one language writes dates: date-fns patterns, read in UTC, and the words around
 * them. A message catalog supplies it (src/lib/i18n), with the date-fns locale that
 * names the months and weekdays.
 */
export interface DateWords {
	locale: Locale;
	/** Patterns: "Thursday 13 November 2025", "13 Nov 2025", "September 2025", "Sep 2025". */
	day: string;
	dayShort: string;
	month: string;
	monthShort: string;
	/** A year of the common era, and one before it ("44 BC"). */
	year: string;
	yearBC: string;
	/** Axis labels, which name only what changes at the tick: "13 Nov", "Nov", "14:00". */
	tickDay: string;
	tickMonth: string;
	tickTime: string;
	/**
	 * A season (0 spring, 1 summer, 2 autumn, 3 winter) of a year: "spring 2025"; winter
	 * runs into the next year, and `years` then names both ("2025–26").
	 */
	season: (season: number, years: string) => string;
	/** "the 1990s" and "1990s", from the decade's first year. */
	decade: (year: string) => string;
	decadeShort: (year: string) => string;
	/** "the 20th century" and "20th c." (19XX: the years 1900–1999). */
	century: (century: number) => string;
	centuryShort: (century: number) => string;
	/** "2025, month unknown" (2025-XX), "April 1985, day unknown" (1985-04-XX). */
	unspecified: (date: string, unknown: Unspecified) => string;
	/** "about September 2025" and, for labels, "c. Sep 2025". */
	about: (date: string) => string;
	aboutShort: (date: string) => string;
	/** "October 2025, uncertain" and "Oct 2025?". */
	uncertain: (date: string) => string;
	uncertainShort: (date: string) => string;
	/** "October 2023 to October 2025" and "Oct 2023 – Oct 2025". */
	interval: (from: string, to: string) => string;
	intervalShort: (from: string, to: string) => string;
	/** Intervals with one end open ("from October 2025 on") or unknown. */
	from: (date: string) => string;
	until: (date: string) => string;
	fromEndUnknown: (date: string) => string;
	untilStartUnknown: (date: string) => string;
}

/** A date in a pattern, read in UTC so no reader's time zone moves the day. */
export function inUtc(date: Date, pattern: string, words: DateWords): string {
	return format(new UTCDateMini(date.getTime()), pattern, { locale: words.locale });
}

/**
 * A year for people: 2025, 44 BC for EDTF's astronomical year -0043, and 170,000,002 for
 * Y170000002, which no Date holds: years of five digits and more are grouped as numbers.
 */
export function yearName(date: Date, words: DateWords): string {
	return yearNumberName(date.getUTCFullYear(), words);
}

/** A year by its astronomical number (0 is 1 BC), as `yearName` writes it. */
export function yearNumberName(year: number, words: DateWords): string {
	if (Math.abs(year) < 10_000)
		return inUtc(utcDate(year), year > 0 ? words.year : words.yearBC, words);
	const grouped = (n: number) => new Intl.NumberFormat(words.locale.code).format(n);
	if (year > 0) return words.year.replace(/y+/, grouped(year));
	// The era's name as the locale writes it ("BC"), beside a number date-fns cannot format.
	const era = inUtc(utcDate(-1), 'G', words);
	return words.yearBC.replace(/y+/, grouped(1 - year)).replace(/G+/, era);
}

/** Two years in a row, the second cut to its last digits where they share a century: "2025–26". */
function yearPair(year: number, words: DateWords): string {
	const [a, b] = [yearNumberName(year, words), yearNumberName(year + 1, words)];
	return /^\d{4}$/.test(a) && /^\d{4}$/.test(b) && a.slice(0, 2) === b.slice(0, 2)
		? `${a}–${b.slice(2)}`
		: `${a}–${b}`;
}

/**
 * A date in a pattern that ends with its year. Before the common era the year is named
 * with its era ("15 Mar 44 BC"), which date-fns' "y" alone leaves out.
 */
function withYear(date: Date, pattern: string, words: DateWords): string {
	if (date.getUTCFullYear() > 0) return inUtc(date, pattern, words);
	const rest = pattern.replace(/[\s,]*y+$/, '');
	if (rest !== pattern) return `${inUtc(date, rest, words)} ${yearName(date, words)}`;
	// A locale's own pattern with its year inside ("y年M月d日"): the era follows the year.
	return inUtc(date, pattern.replace(/y+/, '$& G'), words);
}

/** A day for the toolbar: "13 Nov 2025". */
export function shortDay(date: Date, words: DateWords): string {
	return withYear(date, words.dayShort, words);
}

/**
 * A calendar unit in words: "Thursday 13 November 2025", "September 2025", "spring 2025",
 * "2025", "the 1990s", "the 20th century".
 */
function unitInWords(point: DatedEndpoint, style: 'long' | 'short', words: DateWords): string {
	const { start, precision, year } = point;
	const long = style === 'long';
	if (precision === 'year') return yearNumberName(year, words);
	if (precision === 'season') {
		const season = Math.floor((start.getUTCMonth() - 2) / 3);
		return words.season(season, season === 3 ? yearPair(year, words) : yearNumberName(year, words));
	}
	if (precision === 'decade' || precision === 'century') {
		const last = year + (precision === 'decade' ? 9 : 99);
		// Before the common era a decade or century of astronomical years has no usual name.
		if (year < 0) {
			const [a, b] = [yearNumberName(year, words), yearNumberName(last, words)];
			return long ? words.interval(a, b) : words.intervalShort(a, b);
		}
		if (precision === 'decade') return (long ? words.decade : words.decadeShort)(String(year));
		return (long ? words.century : words.centuryShort)(year / 100 + 1);
	}
	const pattern =
		precision === 'month'
			? long
				? words.month
				: words.monthShort
			: long
				? words.day
				: words.dayShort;
	return withYear(start, pattern, words);
}

function pointInWords(point: DatedEndpoint, style: 'long' | 'short', words: DateWords): string {
	let text = unitInWords(point, style, words);
	const short = style === 'short';
	// A label keeps to the unit the bar covers; the words say what is not known within it.
	if (point.unspecified && !short) text = words.unspecified(text, point.unspecified);
	if (point.approximate) text = short ? words.aboutShort(text) : words.about(text);
	if (point.uncertain) text = short ? words.uncertainShort(text) : words.uncertain(text);
	return text;
}

/**
 * A span in words. Long: "about September 2025", "October 2025, uncertain",
 * "October 2023 to October 2025", "from October 2025 on". Short, for labels:
 * "c. Sep 2025", "Oct 2025?", "Oct 2023 – Oct 2025".
 */
export function spanInWords(
	span: Span,
	words: DateWords,
	style: 'long' | 'short' = 'long'
): string {
	const { from, to } = span;
	if (!span.interval && from.kind === 'date') return pointInWords(from, style, words);
	const point = (p: DatedEndpoint) => pointInWords(p, style, words);
	if (from.kind === 'date' && to.kind === 'date')
		return style === 'long'
			? words.interval(point(from), point(to))
			: words.intervalShort(point(from), point(to));
	if (from.kind === 'date')
		return to.kind === 'open' ? words.from(point(from)) : words.fromEndUnknown(point(from));
	if (to.kind === 'date')
		return from.kind === 'open' ? words.until(point(to)) : words.untilStartUnknown(point(to));
	return span.edtf;
}
