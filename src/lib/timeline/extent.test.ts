import { describe, expect, it } from 'vitest';
import { dated, deepFreeze, event, iso, utc } from '$lib/test/helpers';
import { timeExtent } from './extent.ts';
import type { DatedEvent } from './order.ts';

describe('timeExtent', () => {
	// [what, dates, extent]
	const table: [string, string[], [string, string] | null][] = [
		['nothing', [], null],
		['a day', ['2025-11-13'], ['2025-11-13', '2025-11-14']],
		['a month and a day', ['2025-11-13', '2025-09'], ['2025-09-01', '2025-11-14']],
		['an interval', ['2023-10~/2025-10'], ['2023-10-01', '2025-11-01']],
		['an open end is ignored', ['2025-10/..', '2025-03'], ['2025-03-01', '2025-10-01']],
		['an unknown end is ignored', ['2025-10/'], ['2025-10-01', '2025-10-01']],
		['an open start is ignored', ['../2025-10', '2025-11'], ['2025-11-01', '2025-12-01']],
		['an unknown start is ignored', ['/2025-10'], ['2025-11-01', '2025-11-01']],
		['a winter, into the next year', ['2025-24', '2025-11-13'], ['2025-11-13', '2026-03-01']],
		['a decade and a month in it', ['199X', '1995-XX'], ['1990-01-01', '2000-01-01']],
		['a month whose day is unspecified', ['1985-04-XX'], ['1985-04-01', '1985-05-01']]
	];

	it.each(table)('gives the extent of %s', (_what, dates, extent) => {
		const events = dates.map((date, i) => dated(`e${i}`, date));
		const result = timeExtent(events);
		expect(result && result.map(iso)).toEqual(extent && extent.map((d) => iso(utc(d))));
	});

	it('gives null when no event has a known end', () => {
		const nowhere: DatedEvent = {
			...event('nowhere', null),
			span: { edtf: '../', interval: true, from: { kind: 'open' }, to: { kind: 'unknown' } }
		};
		expect(timeExtent([nowhere])).toBeNull();
	});

	it('does not mutate its input', () => {
		const events = deepFreeze([dated('b', '2025-11-13'), dated('a', '2025-10/..')]);
		const copy = structuredClone(events);
		timeExtent(events);
		expect(events).toEqual(copy);
	});
});
