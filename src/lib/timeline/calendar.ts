import { utcDate } from './edtf.ts';

/**
 * Round dates for an axis, in UTC: the same ticks as d3-time's utcTicks (tests check
 * them against it), in the 60 lines the embed's size budget has room for where d3-time
 * and d3-array take 2 KB gzipped.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
/** The first Sunday after the epoch, 1970-01-04: weeks start on Sundays, as in d3-time. */
const SUNDAY = 3 * DAY;

/** d3-time's tick intervals: [unit, step, approximate duration]. */
const INTERVALS: ['fixed' | 'week' | 'month', number, number][] = [
	...[SECOND, 5 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE]
		.concat([HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY])
		.map((ms): ['fixed', number, number] => ['fixed', ms, ms]),
	['week', 1, WEEK],
	['month', 1, MONTH],
	['month', 3, 3 * MONTH],
	['month', 12, YEAR]
];

/** d3-array's tickStep for a span of at least one unit: 1, 2 or 5 times a power of ten. */
function niceStep(start: number, stop: number, count: number): number {
	const step = (stop - start) / count;
	const power = 10 ** Math.floor(Math.log10(step));
	const error = step / power;
	return (
		power *
		(error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1)
	);
}

/** Multiples of `every` milliseconds after `offset`, from `start` to `stop` inclusive. */
function fixedTicks(start: number, stop: number, every: number, offset = 0): Date[] {
	const ticks: Date[] = [];
	for (let t = Math.ceil((start - offset) / every) * every + offset; t <= stop; t += every)
		ticks.push(new Date(t));
	return ticks;
}

/** Starts of months (every `months`, counted from January) or of years (every `years`). */
function calendarTicks(start: number, stop: number, months: number): Date[] {
	/** The start of a month counted from January of year 0. */
	const monthStart = (month: number) => utcDate(Math.floor(month / 12), ((month % 12) + 12) % 12);
	const first = new Date(start);
	let month = first.getUTCFullYear() * 12 + first.getUTCMonth();
	if (monthStart(month).getTime() < start) month++;
	const ticks: Date[] = [];
	for (
		month = Math.ceil(month / months) * months;
		monthStart(month).getTime() <= stop;
		month += months
	)
		ticks.push(monthStart(month));
	return ticks;
}

/** About `count` round dates from `start` to `stop`, both included. */
export function utcTicks(start: Date, stop: Date, count: number): Date[] {
	const [a, b] = [start.getTime(), stop.getTime()].sort((x, y) => x - y) as [number, number];
	const target = (b - a) / count;
	const i = INTERVALS.findIndex(([, , duration]) => duration > target);
	let ticks: Date[];
	if (i === -1) {
		// Years, every 1, 2, 5, 10… of them.
		ticks = calendarTicks(a, b, 12 * Math.max(1, Math.floor(niceStep(a / YEAR, b / YEAR, count))));
	} else if (i === 0) {
		ticks = fixedTicks(a, b, Math.max(1, niceStep(a, b, count)));
	} else {
		const [before, after] = [INTERVALS[i - 1]!, INTERVALS[i]!];
		const [unit, step] = target / before[2] < after[2] / target ? before : after;
		ticks =
			unit === 'fixed'
				? fixedTicks(a, b, step)
				: unit === 'week'
					? fixedTicks(a, b, WEEK, SUNDAY)
					: calendarTicks(a, b, step);
	}
	return stop < start ? ticks.reverse() : ticks;
}
