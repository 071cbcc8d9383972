import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { inUtc, yearName, type DateWords } from './format.ts';

/** A tick label that names only what changes at that tick: "2025", "Nov", "13 Nov", "14:00". */
export function tickLabel(date: Date, words: DateWords): string {
	if (utcDay.floor(date) < date) return inUtc(date, words.tickTime, words);
	if (utcMonth.floor(date) < date) return inUtc(date, words.tickDay, words);
	if (utcYear.floor(date) < date) return inUtc(date, words.tickMonth, words);
	return yearName(date, words);
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
}

/** d3's calendar ticks, about one per 90 pixels; the toolbar names the visible range with its years. */
export function ticksFor(
	scale: ScaleTime<number, number>,
	width: number,
	words: DateWords
): Tick[] {
	return scale.ticks(Math.max(2, Math.floor(width / 90))).map((date) => ({
		date,
		x: scale(date),
		label: tickLabel(date, words)
	}));
}
