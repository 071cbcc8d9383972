import { describe, expect, it } from 'vitest';
import {
	isApproximate,
	isDrawable,
	isPoint,
	isUncertain,
	parseEdtf,
	spanEnd,
	spanStart,
	utcDate
} from './edtf.ts';
import { iso, span as parsed } from '$lib/test/helpers';
import type { Endpoint } from './types.ts';

const kind = (endpoint: Endpoint) =>
	endpoint.kind === 'date' ? endpoint.precision : endpoint.kind;

describe('parseEdtf', () => {
	// [edtf, first instant, first instant after (exclusive), kind of from, kind of to]
	const spans: [string, string | null, string | null, string, string][] = [
		['2025', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'year', 'year'],
		['2025-09', '2025-09-01T00:00:00.000Z', '2025-10-01T00:00:00.000Z', 'month', 'month'],
		['2024-12', '2024-12-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'month', 'month'],
		['2025-02', '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 'month', 'month'],
		['2025-11-13', '2025-11-13T00:00:00.000Z', '2025-11-14T00:00:00.000Z', 'day', 'day'],
		['2025-12-31', '2025-12-31T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'day', 'day'],
		['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z', 'day', 'day'],
		['2025-10?', '2025-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', 'month', 'month'],
		['2025-10~', '2025-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', 'month', 'month'],
		['2025-10%', '2025-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', 'month', 'month'],
		['2023-10/2025-10', '2023-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', 'month', 'month'],
		['2023-10~/2025-10', '2023-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z', 'month', 'month'],
		['2025/2025-06-15', '2025-01-01T00:00:00.000Z', '2025-06-16T00:00:00.000Z', 'year', 'day'],
		['2025-11-13/2025-11-13', '2025-11-13T00:00:00.000Z', '2025-11-14T00:00:00.000Z', 'day', 'day'],
		['../2025-10', null, '2025-11-01T00:00:00.000Z', 'open', 'month'],
		['2025-10/..', '2025-10-01T00:00:00.000Z', null, 'month', 'open'],
		['/2025-10', null, '2025-11-01T00:00:00.000Z', 'unknown', 'month'],
		['2025-10/', '2025-10-01T00:00:00.000Z', null, 'month', 'unknown'],
		['0000', '0000-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', 'year', 'year'],
		['0044', '0044-01-01T00:00:00.000Z', '0045-01-01T00:00:00.000Z', 'year', 'year'],
		['0099-12-31', '0099-12-31T00:00:00.000Z', '0100-01-01T00:00:00.000Z', 'day', 'day'],
		['-0044', '-000044-01-01T00:00:00.000Z', '-000043-01-01T00:00:00.000Z', 'year', 'year'],
		['-0044-03-15', '-000044-03-15T00:00:00.000Z', '-000044-03-16T00:00:00.000Z', 'day', 'day'],
		// Level 1: unspecified digits cover their unit; seasons are northern, meteorological.
		['199X', '1990-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', 'decade', 'decade'],
		['19XX', '1900-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', 'century', 'century'],
		['-199X', '-001999-01-01T00:00:00.000Z', '-001989-01-01T00:00:00.000Z', 'decade', 'decade'],
		['000X', '0000-01-01T00:00:00.000Z', '0010-01-01T00:00:00.000Z', 'decade', 'decade'],
		['2025-XX', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'year', 'year'],
		['1985-04-XX', '1985-04-01T00:00:00.000Z', '1985-05-01T00:00:00.000Z', 'month', 'month'],
		['1985-XX-XX', '1985-01-01T00:00:00.000Z', '1986-01-01T00:00:00.000Z', 'year', 'year'],
		['2025-21', '2025-03-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', 'season', 'season'],
		['2025-22', '2025-06-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z', 'season', 'season'],
		['2025-23', '2025-09-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z', 'season', 'season'],
		['2025-24', '2025-12-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', 'season', 'season'],
		['0099-24', '0099-12-01T00:00:00.000Z', '0100-03-01T00:00:00.000Z', 'season', 'season'],
		['2025-21?', '2025-03-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', 'season', 'season'],
		['201X~', '2010-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', 'decade', 'decade'],
		['2024-22/2025-21', '2024-06-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', 'season', 'season'],
		['199X/2005-XX', '1990-01-01T00:00:00.000Z', '2006-01-01T00:00:00.000Z', 'decade', 'year'],
		['Y12345', '+012345-01-01T00:00:00.000Z', '+012346-01-01T00:00:00.000Z', 'year', 'year'],
		['Y-12000', '-012000-01-01T00:00:00.000Z', '-011999-01-01T00:00:00.000Z', 'year', 'year'],
		['Y-12000/2025', '-012000-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'year', 'year']
	];

	it.each(spans)('reads %s as the half-open UTC span [%s, %s)', (text, start, end, from, to) => {
		const span = parsed(text);
		expect(span.edtf).toBe(text);
		expect(iso(spanStart(span))).toBe(start);
		expect(iso(spanEnd(span))).toBe(end);
		expect([kind(span.from), kind(span.to)]).toEqual([from, to]);
	});

	// [edtf, interval, point, uncertain, approximate]
	const flags: [string, boolean, boolean, boolean, boolean][] = [
		['2025', false, false, false, false],
		['2025-09', false, false, false, false],
		['2025-11-13', false, true, false, false],
		['2025-11-13?', false, true, true, false],
		['2025-10?', false, false, true, false],
		['2025-10~', false, false, false, true],
		['2025-10%', false, false, true, true],
		['2025%', false, false, true, true],
		['2023-10~/2025-10', true, false, false, true],
		['2023-10/2025-10?', true, false, true, false],
		['2025-11-13/2025-11-14', true, false, false, false],
		['../2025-10', true, false, false, false],
		['2025-10/', true, false, false, false],
		['1985-04-XX', false, false, false, false],
		['2025-24%', false, false, true, true],
		['199X?', false, false, true, false],
		['Y170000002~', false, false, false, true]
	];

	it.each(flags)(
		'flags %s as interval %s, point %s, uncertain %s, approximate %s',
		(text, interval, point, uncertain, approximate) => {
			const span = parsed(text);
			expect(span.interval).toBe(interval);
			expect(isPoint(span)).toBe(point);
			expect(isUncertain(span)).toBe(uncertain);
			expect(isApproximate(span)).toBe(approximate);
		}
	);

	it('gives a single date the same endpoint at both ends', () => {
		const span = parsed('2025-11-13');
		expect(span.to).toEqual(span.from);
	});

	it('keeps an open end ("and on") apart from an unknown end', () => {
		expect(parsed('2025-10/..').to).toEqual({ kind: 'open' });
		expect(parsed('2025-10/').to).toEqual({ kind: 'unknown' });
		expect(parsed('../2025-10').from).toEqual({ kind: 'open' });
		expect(parsed('/2025-10').from).toEqual({ kind: 'unknown' });
	});

	const rejected: [string, string][] = [
		['2025-13', '"2025-13": month 13 does not exist'],
		['2025-00', '"2025-00": month 00 does not exist'],
		['2025-02-30', '"2025-02-30" is not a real day'],
		['2025-02-29', '"2025-02-29" is not a real day'],
		['2025-04-31', '"2025-04-31" is not a real day'],
		['2025-01-00', '"2025-01-00" is not a real day'],
		['2025-11-13/2025-11-01', '"2025-11-13/2025-11-01": the interval ends before it starts'],
		['2025-11-13/2025-11-12', '"2025-11-13/2025-11-12": the interval ends before it starts'],
		[
			'Thursday',
			'"Thursday" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or an interval A/B)'
		],
		['', '"" is not an EDTF date'],
		[' 2025', '" 2025" is not an EDTF date'],
		['2025 ', '"2025 " is not an EDTF date'],
		['2025/2026/2027', '"2025/2026/2027": an interval has exactly one "/"'],
		['../..', '"../..": an interval needs at least one known end'],
		['/', '"/": an interval needs at least one known end'],
		['..', '".." is not an EDTF date'],
		['-10000', '"-10000": a year of more than four digits starts with Y (Y12345, Y-170000002)'],
		['12345', '"12345": a year of more than four digits starts with Y (Y12345, Y-170000002)'],
		['Y2025', '"Y2025": a year of four digits or fewer is written without Y (YYYY)'],
		['Y12345-01', '"Y12345-01": a year with Y (Y12345) stands alone, without month or day'],
		[
			'Y17E7',
			'"Y17E7": exponents (E) and significant digits (S) in years are EDTF level 2, which is not supported'
		],
		[
			'Y99999999999999999',
			'"Y99999999999999999": the year has too many digits to count with (at most 15)'
		],
		['-0000', '"-0000": -0000 is not a valid year'],
		[
			'2025-25',
			'"2025-25": seasons 25–41 (by hemisphere, quarters, quadrimesters, semesters) are EDTF level 2, which is not supported; level 1 has 21–24 (spring, summer, autumn, winter)'
		],
		['2025-42', '"2025-42": month 42 does not exist'],
		['2025-21-05', '"2025-21-05": month 21 does not exist'],
		[
			'2XXX',
			'"2XXX": unspecified digits there are EDTF level 2, which is not supported (level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX)'
		],
		[
			'2004-1X',
			'"2004-1X": unspecified digits there are EDTF level 2, which is not supported (level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX)'
		],
		[
			'201X-05',
			'"201X-05": unspecified digits in the year with a month or day are EDTF level 2, which is not supported (level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX)'
		],
		[
			'2025-XX-15',
			'"2025-XX-15": an unspecified month with a known day is EDTF level 2, which is not supported (level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX)'
		],
		['201x', '"201x": unspecified digits are written as capital X'],
		['2025-13-XX', '"2025-13-XX": month 13 does not exist'],
		[
			'2004?-06',
			'"2004?-06": a qualifier (?, ~, %) inside a date is EDTF level 2, which is not supported; put it at the end'
		],
		['[2004, 2005]', '"[2004, 2005]": sets ([…] and {…}) are EDTF level 2, which is not supported'],
		['2025-22/2025-21', '"2025-22/2025-21": the interval ends before it starts'],
		['Y170000002/Y-170000002', '"Y170000002/Y-170000002": the interval ends before it starts'],
		[
			'2025-11-13T10:00',
			'"2025-11-13T10:00": times of day are not supported (give the day, YYYY-MM-DD)'
		],
		[
			'2025-1-5',
			'"2025-1-5" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or an interval A/B)'
		],
		['2025-02-30/2025-03', '"2025-02-30/2025-03" is not a real day']
	];

	it.each(rejected)('rejects %j with the message %j', (text, message) => {
		expect(parseEdtf(text)).toEqual({ error: message });
	});

	it('keeps years no Date can hold, which cannot be drawn', () => {
		for (const text of ['Y170000002', 'Y-170000002', 'Y275760', 'Y-12000/Y170000002']) {
			const span = parsed(text);
			expect(isDrawable(span)).toBe(false);
		}
		expect(parsed('Y-170000002').from).toMatchObject({ kind: 'date', year: -170000002 });
		for (const text of ['Y12345', 'Y-12000', '2025-24', '199X', '2025-10/..'])
			expect(isDrawable(parsed(text))).toBe(true);
	});

	it('says which digits of a level 1 date are unspecified', () => {
		expect(parsed('2025-XX').from).toMatchObject({ precision: 'year', unspecified: 'month' });
		expect(parsed('1985-04-XX').from).toMatchObject({ precision: 'month', unspecified: 'day' });
		expect(parsed('1985-XX-XX').from).toMatchObject({ unspecified: 'month and day' });
		expect(parsed('2025-04').from).not.toHaveProperty('unspecified');
	});

	it('rejects a value that is not a string', () => {
		expect(parseEdtf(2025 as unknown as string)).toEqual({ error: 'must be a string' });
	});
});

describe('utcDate', () => {
	it('keeps years 0–99 instead of moving them to the 1900s as Date.UTC does', () => {
		expect(utcDate(44, 2, 15).toISOString()).toBe('0044-03-15T00:00:00.000Z');
		expect(utcDate(0).getUTCFullYear()).toBe(0);
		expect(utcDate(99, 11, 31).getUTCFullYear()).toBe(99);
	});

	// [year, month index, day, ISO date]
	const table: [number, number, number, string][] = [
		[2025, 0, 1, '2025-01-01T00:00:00.000Z'],
		[2025, 12, 1, '2026-01-01T00:00:00.000Z'],
		[2024, 1, 30, '2024-03-01T00:00:00.000Z'],
		[0, 1, 29, '0000-02-29T00:00:00.000Z'],
		[99, 12, 1, '0100-01-01T00:00:00.000Z'],
		[100, 0, 1, '0100-01-01T00:00:00.000Z'],
		[-1, 11, 31, '-000001-12-31T00:00:00.000Z'],
		[-44, 2, 15, '-000044-03-15T00:00:00.000Z']
	];

	it.each(table)('gives %i, month %i, day %i as %s', (year, month, day, iso) => {
		expect(utcDate(year, month, day).toISOString()).toBe(iso);
	});
});
