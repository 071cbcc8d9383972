import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { ScaleTime } from 'd3-scale';

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');
const formatHour = utcFormat('%H:%M');

/** A tick label in UTC that names only what changes at that tick: "2025", "Nov", "13 Nov". */
export function tickLabel(date: Date): string {
	if (utcDay(date) < date) return formatHour(date);
	if (utcMonth(date) < date) return formatDay(date);
	if (utcYear(date) < date) return formatMonth(date);
	const year = date.getUTCFullYear();
	return year > 0 ? formatYear(date) : `${1 - year} BC`;
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
}

/** About one tick per 90 pixels, never closer. */
export function ticksFor(scale: ScaleTime<number, number>, width: number): Tick[] {
	return scale.ticks(Math.max(2, Math.floor(width / 90))).map((date) => ({
		date,
		x: scale(date),
		label: tickLabel(date)
	}));
}
