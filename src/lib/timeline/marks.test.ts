import { describe, expect, it } from 'vitest';
import { dated, deepFreeze, event, fixtureTimeline, iso, utc } from '$lib/test/helpers';
import { spanEnd, spanStart } from './edtf.ts';
import type { Evidence } from './types.ts';
import { DENSITY_STEP } from './density.ts';
import { CHAR_WIDTH, MAX_TITLE, truncate } from './label-width.ts';
import { layoutMarks, MARK_GAP, type Mark, POINT_RADIUS, STRETCH, UNKNOWN_FADE } from './marks.ts';

import { GAP } from './lanes.ts';
import { datedInOrder, type DatedEvent } from './order.ts';
import { CHIP_GAP, chipWidth, OVERFLOW_IDS, OVERFLOW_WIDTH } from './overflow.ts';
import { scaleUtc } from 'd3-scale';
import { english } from '$lib/i18n/language';

const words = english.dates;

/** 2025 across a 1000 px view: about 2.74 px a day. */
const x = scaleUtc()
	.domain([utc('2025-01-01'), utc('2026-01-01')])
	.range([0, 1000]);
const range: [number, number] = [0, 1000];

const layout = (events: DatedEvent[], maxLanes?: number) =>
	layoutMarks({ events, words, x, range, maxLanes });
const only = (e: DatedEvent): Mark => layout([e]).marks[0]!;

/**
 * a, b, c on 10–12 March and d, e on 1–2 September 2025, the first `count` of them,
 * their long titles covering their neighbours.
 */
const crowded = (title: string, count = 5) =>
	datedInOrder(
		[
			['a', '2025-03-10'],
			['b', '2025-03-11'],
			['c', '2025-03-12'],
			['d', '2025-09-01'],
			['e', '2025-09-02']
		]
			.slice(0, count)
			.map(([id, date]) => event(id!, date!, title))
	);

/**
 * In each lane: labels GAP apart, marks MARK_GAP apart, and no label over another
 * event's mark (marks drawn out of sight, outside the view, aside).
 */
function expectApart(marks: readonly Mark[]) {
	const apart = (a1: number, a2: number, b1: number, b2: number, gap: number) =>
		a2 + gap <= b1 || b2 + gap <= a1;
	for (const a of marks)
		for (const b of marks) {
			if (a === b || a.lane !== b.lane || a.outside || b.outside) continue;
			expect(apart(a.labelX, a.labelEnd, b.labelX, b.labelEnd, GAP), `${a.id}, ${b.id}`).toBe(true);
			expect(apart(a.x1, a.x2, b.x1, b.x2, MARK_GAP), `${a.id}, ${b.id}`).toBe(true);
			expect(apart(a.labelX, a.labelEnd, b.x1, b.x2, MARK_GAP), `${a.id}, ${b.id}`).toBe(true);
		}
}

/** `count` events over 2025, days, months and longer spans, from a seeded random order. */
const many = (count: number) => {
	let seed = 42;
	const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const pad = (n: number) => String(n).padStart(2, '0');
	return datedInOrder(
		Array.from({ length: count }, (_, i) => {
			const month = 1 + Math.floor(next() * 12);
			const day = 1 + Math.floor(next() * 28);
			const kind = next();
			const date =
				kind < 0.6
					? `2025-${pad(month)}-${pad(day)}`
					: kind < 0.9
						? `2025-${pad(month)}`
						: `2024-${pad(month)}/2026-${pad(month)}`;
			return event(`e${i}`, date, `Event number ${i} with a title`);
		})
	);
};
describe('layoutMarks', () => {
	it('keeps the lanes as they are when a pinned event already has one', () => {
		const events = crowded('A title long enough to cover its neighbours', 3);
		const lanesOf = (pinned?: Set<string>) =>
			layoutMarks({ events, words, x, range, maxLanes: 3, pinned }).marks.map((m) => [
				m.id,
				m.lane
			]);
		// Focusing or selecting a mark must not move the marks under the pointer.
		expect(lanesOf(new Set(['c']))).toEqual(lanesOf());
		expect(lanesOf()).toEqual([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
	});

	it('measures a date label as long as its month’s longest day, and draws it exact', () => {
		// Each in a lane of its own, far apart: only their label widths differ, if at all.
		const [first, thirteenth, interval] = [
			only(dated('a', '2025-03-01', 'Same title')),
			only(dated('b', '2025-03-13', 'Same title')),
			only(dated('c', '2025-03-01/2025-03-09', 'Same title'))
		];
		expect(first.dateLabel).toBe('1 Mar 2025');
		expect(thirteenth.dateLabel).toBe('13 Mar 2025');
		const width = (m: Mark) => m.labelEnd - m.labelX;
		expect(width(first)).toBeCloseTo(width(thirteenth), 6);
		expect(width(thirteenth)).toBeGreaterThanOrEqual(
			('Same title'.length + '13 Mar 2025'.length) * CHAR_WIDTH
		);
		expect(interval.dateLabel).toBe('1 Mar 2025 – 9 Mar 2025');
		expect(width(interval)).toBeCloseTo(
			width(only(dated('d', '2025-03-28/2025-03-28', 'Same title'))),
			6
		);
	});

	it('draws a day as a point 12 px wide centred on its day', () => {
		const mark = only(dated('call', '2025-11-15'));
		const middle = (x(utc('2025-11-15')) + x(utc('2025-11-16'))) / 2;
		expect(mark.kind).toBe('point');
		expect(2 * POINT_RADIUS).toBe(12);
		expect(mark.x1).toBeCloseTo(middle - 6, 9);
		expect(mark.x2).toBeCloseTo(middle + 6, 9);
	});

	it('draws a month as a bar from its first to its last instant', () => {
		const mark = only(dated('previous-call', '2025-09'));
		expect(mark.kind).toBe('bar');
		expect(mark.x1).toBe(x(utc('2025-09-01')));
		expect(mark.x2).toBe(x(utc('2025-10-01')));
		expect([mark.fadeStart, mark.fadeEnd]).toEqual([null, null]);
	});

	it('widens a bar shorter than a point to a point’s width, around its middle', () => {
		const mark = only(dated('one-day-interval', '2025-11-13/2025-11-13'));
		const middle = (x(utc('2025-11-13')) + x(utc('2025-11-14'))) / 2;
		expect(mark.kind).toBe('bar');
		expect(mark.x1).toBeCloseTo(middle - POINT_RADIUS, 9);
		expect(mark.x2).toBeCloseTo(middle + POINT_RADIUS, 9);
	});

	it('labels a mark with its title and short date, starting at the mark', () => {
		const mark = only(dated('previous-call', '2025-03', 'Putin and Netanyahu last spoke by phone'));
		expect(mark.label).toBe('Putin and Netanyahu last spoke by phone');
		expect(mark.dateLabel).toBe('Mar 2025');
		expect(mark.labelX).toBe(mark.x1);
		expect(mark.labelEnd).toBeCloseTo(
			mark.labelX + (mark.label.length + mark.dateLabel.length + 2) * CHAR_WIDTH,
			9
		);
	});

	it('cuts a long title to MAX_TITLE characters', () => {
		const title = 'US outlines Gaza stabilization force and holds talks with possible contributors';
		const mark = only(dated('talks', '2025-03', title));
		expect(mark.label).toBe(truncate(title, MAX_TITLE));
		expect(Array.from(mark.label)).toHaveLength(MAX_TITLE);
	});

	it('puts two marks whose labels overlap in different lanes', () => {
		const { marks, lanes } = layout([
			dated('russia-draft', '2025-05-13', 'Russia puts forward its own draft'),
			dated('call', '2025-05-15', 'Putin and Netanyahu speak by phone')
		]);
		expect(marks.map((m) => m.lane)).toEqual([0, 1]);
		expect(lanes).toBe(2);
	});

	it('puts two overlapping labels shifted in from the right edge in different lanes', () => {
		const { marks, lanes } = layout([
			dated('russia-draft', '2025-11-13', 'Russia puts forward its own draft'),
			dated('call', '2025-11-15', 'Putin and Netanyahu speak by phone')
		]);
		expect(new Set(marks.map((m) => m.lane))).toEqual(new Set([0, 1]));
		expect(lanes).toBe(2);
	});

	it('keeps marks far apart in one lane', () => {
		const { marks, lanes } = layout([dated('a', '2025-01-10'), dated('b', '2025-09-10')]);
		expect(marks.map((m) => m.lane)).toEqual([0, 0]);
		expect(lanes).toBe(1);
	});

	it('never lets two labels in one lane come within GAP, nor a label stand over a mark', () => {
		const events = datedInOrder(
			['2025-01', '2025-01-15', '2025-02-01', '2025-03', '2025-03-02', '2025-06', '2025-06-20'].map(
				(date, i) => event(`e${i}`, date, `Event number ${i} on the timeline`)
			)
		);
		const { marks } = layout(events);
		expect(marks).toHaveLength(7);
		expectApart(marks);
	});

	it('shifts a label that would leave the right edge leftwards, keeping it inside', () => {
		const mark = only(dated('late', '2025-12-20', 'Putin and Netanyahu speak by phone again'));
		expect(mark.labelX).toBeLessThan(mark.x1);
		expect(mark.labelEnd).toBeCloseTo(996, 9);
		expect(mark.labelX).toBeGreaterThanOrEqual(4);
		// The mark itself stays where its date is.
		expect((mark.x1 + mark.x2) / 2).toBeCloseTo(
			(x(utc('2025-12-20')) + x(utc('2025-12-21'))) / 2,
			9
		);
	});

	it('keeps the label of a bar that starts before the view inside it', () => {
		const mark = only(dated('two-year-conflict', '2023-10~/2025-10'));
		expect(mark.x1).toBeLessThan(0);
		expect(mark.labelX).toBe(4);
	});

	it('fits every label inside a narrow view', () => {
		const narrow: [number, number] = [16, 344];
		const scale = scaleUtc()
			.domain([utc('2025-01-01'), utc('2026-01-01')])
			.range(narrow);
		const events = datedInOrder([
			event('a', '2025-02-01', 'US outlines Gaza stabilization force and holds talks'),
			event('b', '2025-12-31', 'Russian draft seeks stabilization-force options'),
			event('c', '2025-10/..', 'An open-ended ceasefire')
		]);
		const { marks } = layoutMarks({ events, words, x: scale, range: narrow });
		for (const mark of marks) {
			expect(mark.labelX).toBeGreaterThanOrEqual(narrow[0] + 4);
			expect(mark.labelEnd).toBeLessThanOrEqual(narrow[1] - 4 + 1e-9);
		}
	});

	it('runs an open end past the right edge of the view', () => {
		const mark = only(dated('ceasefire', '2025-10/..'));
		expect(mark.kind).toBe('bar');
		expect(mark.x1).toBe(x(utc('2025-10-01')));
		expect(mark.x2).toBeGreaterThan(1000);
		expect([mark.fadeStart, mark.fadeEnd]).toEqual([null, 'open']);
		expect(mark.dateLabel).toBe('from Oct 2025 on');
	});

	it('runs an open start past the left edge of the view', () => {
		const mark = only(dated('occupation', '../2025-03'));
		expect(mark.x1).toBeLessThan(0);
		expect(mark.x2).toBe(x(utc('2025-04-01')));
		expect([mark.fadeStart, mark.fadeEnd]).toEqual(['open', null]);
	});

	it('fades an unknown end out over UNKNOWN_FADE px from the start', () => {
		const mark = only(dated('talks', '2025-10/'));
		expect(mark.x1).toBe(x(utc('2025-10-01')));
		expect(mark.x2 - mark.x1).toBeCloseTo(UNKNOWN_FADE, 9);
		expect([mark.fadeStart, mark.fadeEnd]).toEqual([null, 'unknown']);
	});

	it('fades an unknown start in over UNKNOWN_FADE px before the end', () => {
		const mark = only(dated('talks', '/2025-10'));
		expect(mark.x2).toBe(x(utc('2025-11-01')));
		expect(mark.x2 - mark.x1).toBeCloseTo(UNKNOWN_FADE, 9);
		expect([mark.fadeStart, mark.fadeEnd]).toEqual(['unknown', null]);
	});

	// [edtf, uncertain, approximate]
	const flags: [string, boolean, boolean][] = [
		['2025-10', false, false],
		['2025-10?', true, false],
		['2025-10~', false, true],
		['2025-10%', true, true],
		['2023-10~/2025-10', false, true],
		['2025-11-13?', true, false],
		['2025-10/2025-11?', true, false]
	];

	it.each(flags)('marks %s as uncertain %s and approximate %s', (edtf, uncertain, approximate) => {
		const mark = only(dated('e', edtf));
		expect([mark.uncertain, mark.approximate]).toEqual([uncertain, approximate]);
	});

	it('keeps the order of each event in time', () => {
		const events = datedInOrder([event('b', '2025-11-13'), event('a', '2025-03-01')]);
		expect(layout(events).marks.map((m) => [m.id, m.order])).toEqual([
			['a', 0],
			['b', 1]
		]);
	});

	it('gathers events beyond the last lane into overflow groups where they fall', () => {
		const events = crowded('A title to cover its neighbours');
		const { marks, overflow, lanes } = layout(events, 1);
		expect(marks.map((m) => [m.id, m.lane])).toEqual([
			['a', 0],
			['d', 0]
		]);
		expect(lanes).toBe(1);
		expect(overflow.map((group) => group.ids)).toEqual([['b', 'c'], ['e']]);
		expect(overflow.map((group) => [iso(group.start), iso(group.end)])).toEqual([
			[iso(utc('2025-03-11')), iso(utc('2025-03-13'))],
			[iso(utc('2025-09-02')), iso(utc('2025-09-03'))]
		]);
		const [first, second] = overflow;
		expect(first!.x1).toBeCloseTo(
			x(utc('2025-03-11')) + (x(utc('2025-03-12')) - x(utc('2025-03-11'))) / 2 - 6,
			9
		);
		expect(first!.x2).toBeCloseTo(
			x(utc('2025-03-12')) + (x(utc('2025-03-13')) - x(utc('2025-03-12'))) / 2 + 6,
			9
		);
		expect(second!.x1).toBeLessThan(second!.x2);
	});

	it('spans an overflow group over the widest of its events', () => {
		const title = 'A title long enough to cover its neighbours';
		const events = datedInOrder([
			event('held', '2025-04-28/2025-05-20', title),
			event('a', '2025-05-01', title),
			event('week', '2025-05-01/2025-05-07', title),
			event('b', '2025-05-02', title)
		]);
		const { marks, overflow } = layout(events, 1);
		expect(marks.map((m) => m.id)).toEqual(['held']);
		expect(overflow).toHaveLength(1);
		expect(overflow[0]!.ids).toEqual(['a', 'b', 'week']);
		expect([iso(overflow[0]!.start), iso(overflow[0]!.end)]).toEqual([
			iso(utc('2025-05-01')),
			iso(utc('2025-05-08'))
		]);
	});

	it('places nothing and reports no lanes for no events', () => {
		expect(layout([])).toEqual({
			marks: [],
			overflow: [],
			density: [],
			lanes: 0,
			before: 0,
			after: 0,
			earlier: null,
			later: null
		});
	});

	it('counts events wholly outside the view instead of drawing them', () => {
		const events = datedInOrder([
			event('long-ago', '2020'),
			event('day-long-ago', '2019-05-04'),
			event('in-view', '2025-06'),
			event('across', '2024/2026'),
			event('far-ahead', '2031-02'),
			event('day-far-ahead', '2032-07-01')
		]);
		const { marks, before, after, earlier, later } = layout(events);
		expect(marks.map((m) => m.id).sort()).toEqual(['across', 'in-view']);
		expect([before, after]).toEqual([2, 2]);
		// The nearest of them on each side, to go to.
		expect([earlier?.id, later?.id]).toEqual(['long-ago', 'far-ahead']);
	});

	it('draws pinned events outside the view out of sight, counted with the events there', () => {
		const events = datedInOrder([
			event('long-ago', '2020'),
			event('day-long-ago', '2019-05-04'),
			event('far-ahead', '2031-02'),
			event('day-far-ahead', '2032-07-01')
		]);
		const pinned = new Set(events.map((e) => e.id));
		const { marks, before, after, earlier, later, lanes } = layoutMarks({
			events,
			words,
			x,
			range,
			pinned
		});
		expect(marks).toHaveLength(4);
		expect([before, after]).toEqual([2, 2]);
		expect([earlier?.id, later?.id]).toEqual(['long-ago', 'far-ahead']);
		expect(lanes).toBe(0);
		for (const mark of marks) expect(mark.x1).toBeLessThanOrEqual(mark.x2);
		const byId = new Map(marks.map((m) => [m.id, m]));
		for (const id of ['long-ago', 'day-long-ago']) {
			expect(byId.get(id)!.outside).toBe('before');
			expect(Math.max(byId.get(id)!.x2, byId.get(id)!.labelEnd)).toBeLessThan(0);
		}
		for (const id of ['far-ahead', 'day-far-ahead']) {
			expect(byId.get(id)!.outside).toBe('after');
			expect(Math.min(byId.get(id)!.x1, byId.get(id)!.labelX)).toBeGreaterThan(1000);
		}
	});

	it('gives pinned events lanes first, so they never overflow', () => {
		const events = crowded('A title long enough to cover its neighbours', 3);
		const { marks, overflow } = layoutMarks({
			events,
			words,
			x,
			range,
			maxLanes: 1,
			pinned: new Set(['c'])
		});
		expect(marks.map((m) => [m.id, m.lane])).toEqual([['c', 0]]);
		expect(overflow.map((group) => group.ids)).toEqual([['a', 'b']]);
	});

	it('does not mutate its input', () => {
		const events = deepFreeze(
			datedInOrder([event('b', '2025-11-13'), event('a', '2025-10/..'), event('c', '2025-03')])
		);
		const copy = structuredClone(events);
		layout(events, 1);
		expect(events).toEqual(copy);
	});

	/** `count` events, seeded, over 2025: days, months and intervals with long titles. */

	it('never moves one pinned mark to make room for another', () => {
		const title = 'A title long enough to cover its neighbours';
		const events = datedInOrder(
			['03-10', '03-11', '03-12'].map((day, i) => event(`e${i}`, `2025-${day}`, title))
		);
		const { marks } = layoutMarks({
			events,
			words,
			x,
			range,
			maxLanes: 2,
			pinned: new Set(['e0', 'e2'])
		});
		expect(marks.map((m) => [m.id, m.lane])).toEqual([
			['e0', 0],
			['e2', 1]
		]);
	});

	it('makes room for a pinned event by moving only the marks in its way', () => {
		const events = many(2_000);
		const free = layoutMarks({ events, words, x, range, maxLanes: 3 });
		const drawn = new Set(free.marks.map((m) => m.id));
		const hidden = events.find((e) => !drawn.has(e.id))!;
		const pinned = layoutMarks({
			events,
			words,
			x,
			range,
			maxLanes: 3,
			pinned: new Set([hidden.id])
		});
		const mark = pinned.marks.find((m) => m.id === hidden.id)!;
		expect(mark).toBeDefined();
		// Every other mark kept its lane or went beyond the last one.
		const lanes = new Map(free.marks.map((m) => [m.id, m.lane]));
		for (const m of pinned.marks) if (m !== mark) expect(m.lane).toBe(lanes.get(m.id));
		expect(pinned.marks.length).toBeLessThanOrEqual(free.marks.length + 1);
		// Still no overlap in any lane, and every event is still counted once.
		for (let lane = 0; lane < 3; lane++) {
			const inLane = pinned.marks
				.filter((m) => m.lane === lane)
				.map((m) => [Math.min(m.x1, m.labelX), Math.max(m.x2, m.labelEnd)] as const)
				.sort((p, q) => p[0] - q[0]);
			for (let i = 1; i < inLane.length; i++)
				expect(inLane[i]![0]).toBeGreaterThanOrEqual(inLane[i - 1]![1] + 12);
		}
		const count = (l: typeof free) =>
			l.marks.length + l.overflow.reduce((sum, g) => sum + g.count, 0) + l.before + l.after;
		expect(count(pinned)).toBe(2_000);
		expect(count(free)).toBe(2_000);
	});

	it('accounts for every one of 20,000 events: drawn, gathered or counted outside', () => {
		const events = many(20_000);
		const narrow = scaleUtc()
			.domain([utc('2025-03-01'), utc('2025-05-01')])
			.range(range);
		const result = layoutMarks({ events, words, x: narrow, range, maxLanes: 8 });
		const gathered = result.overflow.reduce((sum, g) => sum + g.count, 0);
		expect(result.marks.length + gathered + result.before + result.after).toBe(20_000);
		expect(result.before).toBeGreaterThan(0);
		expect(result.after).toBeGreaterThan(0);
		expect(result.lanes).toBe(8);
		expectApart(result.marks);
	});

	it('keeps overflow groups narrow and their lists short where events are dense', () => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const days = datedInOrder(
			Array.from({ length: 336 }, (_, i) =>
				event(`d${i}`, `2025-${pad(1 + Math.floor(i / 28))}-${pad(1 + (i % 28))}`, 'A long title')
			)
		);
		const { marks, overflow } = layoutMarks({ events: days, words, x, range, maxLanes: 1 });
		expect(marks.length + overflow.reduce((sum, g) => sum + g.count, 0)).toBe(336);
		expect(overflow.length).toBeGreaterThanOrEqual(1000 / (OVERFLOW_WIDTH + 24) - 1);
		for (const group of overflow) {
			expect(group.x2 - group.x1).toBeLessThanOrEqual(OVERFLOW_WIDTH + 2 * POINT_RADIUS);
			expect(group.ids.length).toBe(Math.min(group.count, OVERFLOW_IDS));
		}
		expect(Math.max(...overflow.map((g) => g.count))).toBeGreaterThan(OVERFLOW_IDS);
	});

	it('draws a density strip of the events beyond the last lane', () => {
		const events = crowded('A title long enough to cover its neighbours');
		const { marks, density, overflow } = layout(events, 1);
		// d keeps the lane with its title cut short; e has no room beside it.
		expect(marks.map((m) => m.id)).toEqual(['a', 'd']);
		expect(overflow.map((g) => g.ids)).toEqual([['b', 'c'], ['e']]);
		expect(density).toHaveLength(1000 / DENSITY_STEP);
		const total = (from: number, to: number) =>
			density.slice(Math.floor(from / DENSITY_STEP), Math.ceil(to / DENSITY_STEP));
		// b and c overlap as points a day apart; a and d have their lane.
		expect(Math.max(...total(overflow[0]!.x1, overflow[0]!.x2))).toBe(2);
		expect(Math.max(...total(overflow[1]!.x1, overflow[1]!.x2))).toBe(1);
		expect(total(0, overflow[0]!.x1 - 1).every((c) => c === 0)).toBe(true);
		expect(density.filter((c) => c > 0).length).toBeLessThan(12);
		expect(density.every((c) => c >= 0)).toBe(true);
	});

	it('gives no density strip when everything has a lane', () => {
		expect(layout(many(3)).density).toEqual([]);
	});
});

describe('layoutMarks, where lanes are full', () => {
	const seed = datedInOrder(fixtureTimeline().events);

	it('gives every seed event a lane zoomed out to 2024–2029, where half the lanes are empty', () => {
		for (const width of [1280, 1440]) {
			const range: [number, number] = [16, width - 16];
			const wide = scaleUtc()
				.domain([utc('2024-01-01'), utc('2029-01-01')])
				.range(range);
			const { marks, overflow } = layoutMarks({ events: seed, words, x: wide, range, maxLanes: 4 });
			expect(overflow, `at ${width} px`).toEqual([]);
			expect(marks.map((m) => m.id)).toContain('putin-netanyahu-call');
			expectApart(marks);
		}
	});

	it('gathers events beyond the last lane only where every lane has a mark or label there', () => {
		const events = many(400);
		const { marks, overflow } = layoutMarks({ events, words, x, range, maxLanes: 4 });
		const spilled = new Set(overflow.flatMap((g) => g.ids));
		expect(spilled.size).toBeGreaterThan(0);
		for (const e of events) {
			if (!spilled.has(e.id)) continue;
			const [a, b] = [x(spanStart(e.span)!), x(spanEnd(e.span)!)];
			const middle = (a + b) / 2;
			// Each lane holds something within a label's reach of the spilled mark.
			for (let lane = 0; lane < 4; lane++)
				expect(
					marks.some(
						(m) =>
							m.lane === lane &&
							Math.min(m.x1, m.labelX) < middle + 200 &&
							Math.max(m.x2, m.labelEnd) > middle - 200
					),
					`${e.id} at ${Math.round(middle)} px, lane ${lane}`
				).toBe(true);
		}
	});

	it('spreads the marks given a lane across the view, the most quoted of each stretch first', () => {
		// 10,000 events over 2025, with from one to four quotes each.
		let seed = 7;
		const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const events = many(10_000).map((e) => {
			const quotes = 1 + Math.floor(next() * 4);
			return { ...e, evidence: Array.from({ length: quotes }, () => ({}) as Evidence) };
		});
		const wide: [number, number] = [16, 1264];
		const scale = x.copy().range(wide);
		const { marks } = layoutMarks({ events, words, x: scale, range: wide, maxLanes: 8 });
		const stretches = Math.ceil((wide[1] - wide[0]) / STRETCH);
		const middle = (m: { x1: number; x2: number }) =>
			Math.min(Math.max((m.x1 + m.x2) / 2, wide[0]), wide[1] - 1);
		const stretchOf = (px: number) => Math.min(stretches - 1, Math.floor((px - wide[0]) / STRETCH));
		const held = new Set(marks.filter((m) => m.x2 - m.x1 < 600).map((m) => stretchOf(middle(m))));
		for (let s = 0; s < stretches; s++) expect(held.has(s), `stretch ${s}`).toBe(true);
		// In each stretch the drawn marks include one with as many quotes as any event there
		// (of those narrower than half the view: a longer one crosses many stretches).
		const most = new Map<number, number>();
		for (const e of events) {
			const [a, b] = [scale(spanStart(e.span) ?? 0), scale(spanEnd(e.span) ?? 0)];
			if (b < wide[0] || a > wide[1] || b - a > (wide[1] - wide[0]) / 2) continue;
			const s = stretchOf(Math.min(Math.max((a + b) / 2, wide[0]), wide[1] - 1));
			most.set(s, Math.max(most.get(s) ?? 0, e.evidence.length));
		}
		const quotes = new Map(events.map((e) => [e.id, e.evidence.length]));
		for (const [s, count] of most)
			expect(
				marks.some((m) => stretchOf(middle(m)) === s && quotes.get(m.id) === count),
				`stretch ${s}`
			).toBe(true);
		expectApart(marks);
	});

	it('never lets two "+N" buttons overlap, nor leave the view, at 375 px', () => {
		const narrow: [number, number] = [16, 359];
		for (const count of [50, 400, 5_000]) {
			const events = many(count);
			for (const days of [365, 60, 14]) {
				const scale = scaleUtc()
					.domain([utc('2025-03-01'), new Date(utc('2025-03-01').getTime() + days * 86_400_000)])
					.range(narrow);
				const { overflow } = layoutMarks({ events, words, x: scale, range: narrow, maxLanes: 3 });
				const chips = overflow.map((g) => [g.chipX, g.chipX + g.chipWidth] as const);
				for (const [a, b] of chips) {
					expect(a).toBeGreaterThanOrEqual(narrow[0]);
					expect(b).toBeLessThanOrEqual(narrow[1]);
					expect(b - a).toBeGreaterThanOrEqual(chipWidth(9));
				}
				for (let i = 1; i < chips.length; i++)
					expect(chips[i]![0], `${count} events, ${days} days`).toBeGreaterThanOrEqual(
						chips[i - 1]![1] + CHIP_GAP
					);
			}
		}
	});
});
