import type { TimeScale } from './scale.ts';

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];

/** A year for people: 2025, or 44 BC for EDTF's astronomical year -0043. */
export function yearName(date: Date): string {
	const year = date.getUTCFullYear();
	return year > 0 ? String(year) : `${1 - year} BC`;
}

/** A tick label in UTC that names only what changes at that tick: "2025", "Nov", "13 Nov". */
export function tickLabel(date: Date): string {
	const month = MONTHS[date.getUTCMonth()]!.slice(0, 3);
	if (date.getTime() % 86_400_000 !== 0)
		return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
	if (date.getUTCDate() > 1) return `${date.getUTCDate()} ${month}`;
	if (date.getUTCMonth() > 0) return month;
	return yearName(date);
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
}

/** About one tick per 90 pixels; the toolbar names the visible range with its years. */
export function ticksFor(scale: TimeScale, width: number): Tick[] {
	return scale.ticks(Math.max(2, Math.floor(width / 90))).map((date) => ({
		date,
		x: scale(date),
		label: tickLabel(date)
	}));
}
