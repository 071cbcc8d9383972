import { describe, expect, it } from 'vitest';
import { utcDate } from './edtf.ts';
import { scaleUtc } from 'd3-scale';
import { english } from '$lib/i18n/language';
import { tickLabel, ticksFor } from './ticks.ts';

const words = english.dates;

describe('tickLabel', () => {
	// [what, date, label]
	const table: [string, Date, string][] = [
		['a year start', new Date('2025-01-01T00:00:00Z'), '2025'],
		['a month start', new Date('2025-11-01T00:00:00Z'), 'Nov'],
		['a day', new Date('2025-11-13T00:00:00Z'), '13 Nov'],
		['the first day of a month that is not January', new Date('2025-02-01T00:00:00Z'), 'Feb'],
		['an hour', new Date('2025-11-13T14:00:00Z'), '14:00'],
		['midday', new Date('2025-11-13T12:00:00Z'), '12:00'],
		['a half hour', new Date('2025-11-13T09:30:00Z'), '09:30'],
		['a year start in the first century', utcDate(44), '44'],
		['a negative year (astronomical -43)', utcDate(-43), '44 BC'],
		['year 0 (1 BC)', utcDate(0), '1 BC'],
		['a month in a BC year', utcDate(-43, 2), 'Mar'],
		['a day in a BC year', utcDate(-43, 2, 15), '15 Mar'],
		// Years of five digits and more (EDTF Y12345) are grouped, as the dates in words are.
		['a year of five digits', utcDate(12345), '12,345'],
		['a year of five digits before the common era', utcDate(-12000), '12,001 BC']
	];

	it.each(table)('labels %s as %j', (_what, date, label) => {
		expect(tickLabel(date, words)).toBe(label);
	});

	it('labels in UTC whatever the machine time zone', () => {
		// UTC midnight is 16:00 or 17:00 the day before in Los Angeles.
		expect(process.env.TZ).toBe('America/Los_Angeles');
		const date = new Date('2025-01-01T00:00:00Z');
		expect(date.getFullYear()).toBe(2024);
		expect(tickLabel(date, words)).toBe('2025');
		// Local midnight in Los Angeles is an hour tick in UTC, not a day.
		expect(tickLabel(new Date(2025, 10, 13), words)).toBe('08:00');
	});
});

describe('ticksFor', () => {
	// [domain, width]
	const table: [[string, string], number][] = [
		[['2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'], 900],
		[['2023-09-01T00:00:00Z', '2025-12-01T00:00:00Z'], 960],
		[['2025-11-01T00:00:00Z', '2025-11-30T00:00:00Z'], 600],
		[['2025-11-13T00:00:00Z', '2025-11-14T00:00:00Z'], 1280],
		[['1990-01-01T00:00:00Z', '2025-01-01T00:00:00Z'], 720],
		[['2025-03-07T05:00:00Z', '2025-03-09T17:00:00Z'], 375]
	];

	it.each(table)('ticks %j about once per 90 px of a %d px width', ([d0, d1], width) => {
		const scale = scaleUtc()
			.domain([new Date(d0), new Date(d1)])
			.range([0, width]);
		const ticks = ticksFor(scale, width, words);
		const wanted = Math.floor(width / 90);
		expect(ticks.length).toBeGreaterThanOrEqual(wanted / 2);
		expect(ticks.length).toBeLessThanOrEqual(wanted * 2);
		for (const tick of ticks) {
			expect(tick.x).toBe(scale(tick.date));
			expect(tick.x).toBeGreaterThanOrEqual(0);
			expect(tick.x).toBeLessThanOrEqual(width);
			expect(tick.label).toBe(tickLabel(tick.date, words));
		}
		const xs = ticks.map((tick) => tick.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('labels a year of months by month, with the year at January', () => {
		const scale = scaleUtc()
			.domain([new Date('2025-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z')])
			.range([0, 900]);
		expect(ticksFor(scale, 900, words).map((tick) => tick.label)).toEqual([
			'2025',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec',
			'2026'
		]);
	});

	it('labels a day of hours by hour, with the day at midnight', () => {
		const scale = scaleUtc()
			.domain([new Date('2025-11-13T00:00:00Z'), new Date('2025-11-14T00:00:00Z')])
			.range([0, 400]);
		expect(ticksFor(scale, 400, words).map((tick) => tick.label)).toEqual([
			'13 Nov',
			'06:00',
			'12:00',
			'18:00',
			'14 Nov'
		]);
	});

	it('asks for at least two ticks on a narrow view', () => {
		const scale = scaleUtc()
			.domain([new Date('2020-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z')])
			.range([0, 100]);
		expect(ticksFor(scale, 100, words).length).toBeGreaterThanOrEqual(2);
	});
});
