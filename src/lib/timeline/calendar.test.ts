import fc from 'fast-check';
import { utcTicks as d3Ticks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcTicks } from './calendar.ts';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const HOUR = 3_600_000;
const YEAR = 365.25 * 24 * HOUR;

describe('utcTicks', () => {
	// [what, start, stop, count, ticks]
	const table: [string, string, string, number, string[]][] = [
		[
			'months across a quarter',
			'2025-09-10',
			'2025-12-20',
			4,
			['2025-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z']
		],
		[
			'years, every five',
			'1994-10-05',
			'2028-03-28',
			8,
			[1995, 2000, 2005, 2010, 2015, 2020, 2025].map((y) => `${y}-01-01T00:00:00.000Z`)
		],
		[
			'Sundays across a month',
			'2025-11-01',
			'2025-11-30',
			4,
			['2025-11-02', '2025-11-09', '2025-11-16', '2025-11-23', '2025-11-30'].map(
				(d) => `${d}T00:00:00.000Z`
			)
		]
	];

	it.each(table)('gives %s', (_what, start, stop, count, ticks) => {
		expect(iso(utcTicks(new Date(start), new Date(stop), count))).toEqual(ticks);
	});

	it('gives the same dates as d3-time from an hour to two thousand years, BC too', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -500 * YEAR - 1970 * YEAR, max: 1100 * YEAR, noNaN: true }),
				fc.double({ min: HOUR / 2, max: 2000 * YEAR, noNaN: true }),
				fc.integer({ min: 2, max: 24 }),
				fc.boolean(),
				(from, span, count, reverse) => {
					const [a, b] = [new Date(Math.round(from)), new Date(Math.round(from + span))];
					const [start, stop] = reverse ? [b, a] : [a, b];
					expect(iso(utcTicks(start, stop, count))).toEqual(iso(d3Ticks(start, stop, count)));
				}
			),
			{ numRuns: 3000, seed: 20251125 }
		);
	});

	it('includes both ends when they are ticks', () => {
		const start = new Date('2025-01-01T00:00:00Z');
		const stop = new Date('2026-01-01T00:00:00Z');
		const ticks = iso(utcTicks(start, stop, 4));
		expect(ticks[0]).toBe(start.toISOString());
		expect(ticks.at(-1)).toBe(stop.toISOString());
	});
});
