import { UTCDate } from '@date-fns/utc';
import {
	addDays,
	addMonths,
	addYears,
	getDay,
	isValid,
	nextDay,
	previousDay,
	type Day
} from 'date-fns';

/**
 * Which way a date without a year (or a weekday) points from the publication date: news
 * reports the past, so `past` is the default; `future` when the words look ahead ("will …
 * on Thursday"); `before` and `after` for "last Thursday" and "next Thursday", which
 * never mean the day of publication itself.
 */
export type Direction = 'past' | 'future' | 'before' | 'after';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** EDTF for a year, a month (1–12) or a day. */
export function edtfYear(year: number): string {
	return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export function edtfMonth(year: number, month: number): string {
	return `${edtfYear(year)}-${pad(month, 2)}`;
}

export function edtfDay(date: Date): string {
	return `${edtfMonth(date.getUTCFullYear(), date.getUTCMonth() + 1)}-${pad(date.getUTCDate(), 2)}`;
}

/** The publication date as a UTC day, or null unless it is a real day written YYYY-MM-DD. */
export function publicationDay(published: string): UTCDate | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
	if (!match) return null;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new UTCDate(year, month - 1, day);
	if (!isValid(date) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	// Years 0–99 would be read as 1900–1999.
	if (date.getUTCFullYear() !== year) date.setUTCFullYear(year, month - 1, day);
	return date;
}

/** A day a number of days from the publication date ("yesterday" is -1). */
export function dayOffset(published: UTCDate, days: number): string {
	return edtfDay(addDays(published, days));
}

/** A month a number of months from the publication's month ("last month" is -1). */
export function monthOffset(published: UTCDate, months: number): string {
	const date = addMonths(
		new UTCDate(published.getUTCFullYear(), published.getUTCMonth(), 1),
		months
	);
	return edtfMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

export function yearOffset(published: UTCDate, years: number): string {
	return edtfYear(addYears(published, years).getUTCFullYear());
}

/** A weekday (0 is Sunday) resolved against the publication date. */
export function resolveWeekday(published: UTCDate, weekday: number, direction: Direction): string {
	const today = getDay(published) === weekday;
	const day = weekday as Day;
	if (direction === 'past') return edtfDay(today ? published : previousDay(published, day));
	if (direction === 'before') return edtfDay(previousDay(published, day));
	if (direction === 'future' && today) return edtfDay(published);
	return edtfDay(nextDay(published, day));
}

/** A month (1–12) without a year: the latest on or before publication, or the next one on or after. */
export function resolveMonth(published: UTCDate, month: number, direction: Direction): string {
	const year = published.getUTCFullYear();
	const current = published.getUTCMonth() + 1;
	let target: number;
	if (direction === 'past') target = month <= current ? year : year - 1;
	else if (direction === 'before') target = month < current ? year : year - 1;
	else if (direction === 'future') target = month >= current ? year : year + 1;
	else target = month > current ? year : year + 1;
	return edtfMonth(target, month);
}

/** How far ahead a day without a year may be read when the words do not look ahead: two months. */
const SOON = 62 * 86_400_000;

function realDay(year: number, month: number, day: number): UTCDate | null {
	const date = new UTCDate(year, month - 1, day);
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * A day of a month without a year ("June 18"). Looking back, the latest on or before
 * publication; looking ahead, the first on or after. When the words say neither, the
 * next one if it is near and nearer ("June 1" in an article of 28 May is days away, not a
 * year ago), else the last one: news reports the past. Null for a day no year has (30 February).
 */
export function resolveMonthDay(
	published: UTCDate,
	month: number,
	day: number,
	direction: Direction | 'nearest'
): string | null {
	const year = published.getUTCFullYear();
	const time = published.getTime();
	let past: UTCDate | null = null;
	for (let y = year; y >= year - 8 && !past; y--) {
		const date = realDay(y, month, day);
		if (date && date.getTime() <= time) past = date;
	}
	let future: UTCDate | null = null;
	for (let y = year; y <= year + 8 && !future; y++) {
		const date = realDay(y, month, day);
		if (date && date.getTime() >= time) future = date;
	}
	if (!past || !future) return past ? edtfDay(past) : future ? edtfDay(future) : null;
	if (direction === 'past' || direction === 'before') return edtfDay(past);
	if (direction === 'future' || direction === 'after') return edtfDay(future);
	const ahead = future.getTime() - time;
	return edtfDay(ahead <= SOON && ahead < time - past.getTime() ? future : past);
}

/** The first month (0-based) of spring, summer, autumn and winter: EDTF 21–24, as drawn. */
const SEASON_START = [2, 5, 8, 11];

/** EDTF for a season (0 spring … 3 winter) of a year: 2025-21 … 2025-24. */
export function edtfSeason(year: number, season: number): string {
	return `${edtfYear(year)}-${21 + season}`;
}

/**
 * A season (0 spring … 3 winter) without a year, resolved against the publication date:
 * `past` the latest that has begun ("in the spring"), `before` the latest that has ended
 * ("last spring"), `future` the first that has not ended, `after` the first not yet begun
 * ("next spring"). `this` is the one under way, else the nearer of the last and the next.
 */
export function resolveSeason(
	published: UTCDate,
	season: number,
	direction: Direction | 'this'
): string {
	const time = published.getTime();
	const first = SEASON_START[season]!;
	const years = [-2, -1, 0, 1, 2].map((step) => published.getUTCFullYear() + step);
	const span = (year: number) => [Date.UTC(year, first, 1), Date.UTC(year, first + 3, 1)] as const;
	const begun = years.filter((y) => span(y)[0] <= time).at(-1)!;
	const ended = years.filter((y) => span(y)[1] <= time).at(-1)!;
	const unended = years.find((y) => span(y)[1] > time)!;
	const unbegun = years.find((y) => span(y)[0] > time)!;
	let year: number;
	if (direction === 'past') year = begun;
	else if (direction === 'before') year = ended;
	else if (direction === 'future') year = unended;
	else if (direction === 'after') year = unbegun;
	else if (begun === unended) year = begun;
	else year = time - span(ended)[1] <= span(unbegun)[0] - time ? ended : unbegun;
	return edtfSeason(year, season);
}

/**
 * A decade written with two digits ("the '90s", "the nineties"): the latest that ended
 * before the publication's year, so "the '20s" in 2025 are the 1920s. Its first year.
 */
export function resolveDecade(published: UTCDate, tens: number): number {
	const year = published.getUTCFullYear();
	let first = Math.floor(year / 100) * 100 + tens;
	while (first + 10 > year) first -= 100;
	return first;
}
