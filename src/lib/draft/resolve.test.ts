import { describe, expect, it } from 'vitest';
import {
	dayOffset,
	monthOffset,
	publicationDay,
	resolveMonth,
	resolveDecade,
	resolveMonthDay,
	resolveSeason,
	resolveWeekday,
	yearOffset
} from './resolve.ts';

const day = (text: string) => publicationDay(text)!;
// Saturday 15 November 2025, the seed article's publication date.
const SATURDAY = day('2025-11-15');

describe('publicationDay', () => {
	it('reads real days written YYYY-MM-DD and nothing else', () => {
		expect(publicationDay('2025-11-15')?.toISOString()).toBe('2025-11-15T00:00:00.000Z');
		expect(publicationDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
		for (const text of [
			'2025-02-29',
			'2025-02-30',
			'2025-13-01',
			'2025-00-10',
			'03-02-2009',
			'2025-1-5',
			' 2025-11-15',
			''
		])
			expect(publicationDay(text), text).toBeNull();
	});
});

describe('resolveWeekday', () => {
	it.each([
		// weekday (0 Sunday), direction, expected
		[4, 'past', '2025-11-13'],
		[6, 'past', '2025-11-15'],
		[0, 'past', '2025-11-09'],
		[6, 'before', '2025-11-08'],
		[4, 'before', '2025-11-13'],
		[4, 'future', '2025-11-20'],
		[6, 'future', '2025-11-15'],
		[6, 'after', '2025-11-22'],
		[0, 'after', '2025-11-16']
	] as const)(
		'weekday %i looking %s from Saturday 15 November 2025 is %s',
		(weekday, direction, expected) => {
			expect(resolveWeekday(SATURDAY, weekday, direction)).toBe(expected);
		}
	);

	it('crosses a year boundary', () => {
		// Friday 2 January 2026: "on Wednesday" is the last day of 2025.
		expect(resolveWeekday(day('2026-01-02'), 3, 'past')).toBe('2025-12-31');
		expect(resolveWeekday(day('2025-12-30'), 4, 'future')).toBe('2026-01-01');
	});
});

describe('resolveMonth', () => {
	it.each([
		['2025-11-15', 9, 'past', '2025-09'],
		['2025-11-15', 11, 'past', '2025-11'],
		['2025-11-15', 12, 'past', '2024-12'],
		['2026-01-03', 12, 'past', '2025-12'],
		['2026-01-03', 1, 'past', '2026-01'],
		['2026-01-03', 1, 'before', '2025-01'],
		['2025-11-15', 11, 'future', '2025-11'],
		['2025-11-15', 2, 'future', '2026-02'],
		['2025-11-15', 11, 'after', '2026-11'],
		['2025-11-15', 12, 'after', '2025-12']
	] as const)(
		'in an article of %s, month %i looking %s is %s',
		(published, month, direction, expected) => {
			expect(resolveMonth(day(published), month, direction)).toBe(expected);
		}
	);
});

describe('resolveMonthDay', () => {
	it.each([
		['2025-11-15', 9, 30, 'past', '2025-09-30'],
		['2025-11-15', 11, 20, 'past', '2024-11-20'],
		['2025-11-15', 11, 20, 'future', '2025-11-20'],
		['2025-11-15', 11, 20, 'nearest', '2025-11-20'],
		['2025-11-15', 5, 1, 'nearest', '2025-05-01'],
		['2026-01-03', 12, 28, 'nearest', '2025-12-28'],
		['2025-12-28', 1, 2, 'nearest', '2026-01-02'],
		['2025-07-02', 2, 29, 'past', '2024-02-29'],
		['2025-07-02', 2, 29, 'future', '2028-02-29']
	] as const)(
		'in an article of %s, %i/%i looking %s is %s',
		(published, month, dayOfMonth, direction, expected) => {
			expect(resolveMonthDay(day(published), month, dayOfMonth, direction)).toBe(expected);
		}
	);

	it('gives null for a day no year has', () => {
		expect(resolveMonthDay(SATURDAY, 2, 30, 'past')).toBeNull();
		expect(resolveMonthDay(SATURDAY, 4, 31, 'nearest')).toBeNull();
	});
});

describe('offsets from the publication date', () => {
	it('count days, months and years across boundaries', () => {
		expect(dayOffset(day('2025-03-01'), -1)).toBe('2025-02-28');
		expect(dayOffset(day('2024-12-31'), 1)).toBe('2025-01-01');
		expect(monthOffset(day('2025-01-31'), -1)).toBe('2024-12');
		expect(monthOffset(day('2025-03-31'), -1)).toBe('2025-02');
		expect(monthOffset(day('2025-12-15'), 1)).toBe('2026-01');
		expect(yearOffset(day('2024-02-29'), -1)).toBe('2023');
	});

	it('do not change the publication date they are given', () => {
		const published = day('2025-11-15');
		dayOffset(published, -40);
		monthOffset(published, -3);
		resolveWeekday(published, 1, 'past');
		expect(published.toISOString()).toBe('2025-11-15T00:00:00.000Z');
	});
});

describe('resolveSeason', () => {
	it.each([
		// published, season (0 spring … 3 winter), direction, expected
		['2025-11-15', 0, 'past', '2025-21'],
		['2025-11-15', 0, 'before', '2025-21'],
		['2025-11-15', 0, 'after', '2026-21'],
		['2025-11-15', 3, 'past', '2024-24'],
		['2025-11-15', 3, 'future', '2025-24'],
		['2025-11-15', 3, 'this', '2025-24'],
		['2025-11-15', 1, 'this', '2025-22'],
		['2025-04-01', 1, 'this', '2025-22'],
		['2025-03-02', 3, 'this', '2024-24'],
		// In the season itself: "in the summer" is this one, "last summer" the one before.
		['2025-07-10', 1, 'past', '2025-22'],
		['2025-07-10', 1, 'before', '2024-22'],
		['2025-07-10', 1, 'after', '2026-22'],
		['2025-07-10', 1, 'this', '2025-22'],
		// Across the new year, winter began in the year before.
		['2026-01-10', 3, 'past', '2025-24'],
		['2026-01-10', 3, 'before', '2024-24'],
		['2026-01-10', 3, 'after', '2026-24']
	] as const)(
		'in an article of %s reads season %i, %s, as %s',
		(published, season, direction, edtf) => {
			expect(resolveSeason(day(published), season, direction)).toBe(edtf);
		}
	);
});

describe('resolveDecade', () => {
	it.each([
		['2025-11-15', 90, 1990],
		['2025-11-15', 20, 1920],
		['2025-11-15', 10, 2010],
		['2035-01-01', 20, 2020],
		['2005-06-01', 0, 1900]
	])('in an article of %s reads the decade ending %i as beginning %i', (published, tens, first) => {
		expect(resolveDecade(day(published), tens)).toBe(first);
	});
});
