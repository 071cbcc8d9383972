import { describe, expect, it } from 'vitest';
import { identity, scaleTime, Transform } from './scale.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString();

const year2025 = () =>
	scaleTime({ domain: [utc('2025-01-01'), utc('2026-01-01')], range: [0, 1000] });

describe('scaleTime', () => {
	// [domain, range, date, x]
	const table: [[string, string], [number, number], string, number][] = [
		[['2025-01-01', '2025-01-11'], [0, 1000], '2025-01-01', 0],
		[['2025-01-01', '2025-01-11'], [0, 1000], '2025-01-11', 1000],
		[['2025-01-01', '2025-01-11'], [0, 1000], '2025-01-06', 500],
		[['2025-01-01', '2025-01-11'], [16, 116], '2025-01-02', 26],
		[['2025-01-01', '2025-01-11'], [0, 1000], '2024-12-31', -100],
		[['2025-01-01', '2025-01-11'], [0, 1000], '2025-01-21', 2000],
		[['2025-01-01', '2025-01-11'], [1000, 0], '2025-01-02', 900]
	];

	it.each(table)('maps %j onto %j, putting %s at %d', ([d0, d1], range, date, x) => {
		const scale = scaleTime({ domain: [utc(d0), utc(d1)], range });
		expect(scale(utc(date))).toBeCloseTo(x, 9);
	});

	it('maps the ends of the domain to the ends of the range', () => {
		const scale = scaleTime({ domain: [utc('2023-10-01'), utc('2025-11-16')], range: [16, 944] });
		expect(scale(utc('2023-10-01'))).toBe(16);
		expect(scale(utc('2025-11-16'))).toBeCloseTo(944, 9);
	});

	it('inverts each x back to the date it came from', () => {
		const scale = year2025();
		for (const date of ['2025-01-01', '2025-03-17', '2025-07-04', '2025-11-13', '2026-01-01'])
			expect(iso(scale.invert(scale(utc(date))))).toBe(iso(utc(date)));
		for (const x of [0, 123.5, 500, 999, 1000]) expect(scale(scale.invert(x))).toBeCloseTo(x, 6);
	});

	it('gives back its domain and range as copies', () => {
		const d0 = utc('2025-01-01');
		const d1 = utc('2026-01-01');
		const range: [number, number] = [0, 1000];
		const scale = scaleTime({ domain: [d0, d1], range });
		const domain = scale.domain();
		domain[0].setUTCFullYear(1999);
		expect(scale.domain().map(iso)).toEqual([iso(d0), iso(d1)]);
		expect(scale.range()).toEqual([0, 1000]);
		expect(iso(d0)).toBe('2025-01-01T00:00:00.000Z');
		expect(range).toEqual([0, 1000]);
	});

	it('does not divide by zero for an empty domain', () => {
		const day = utc('2025-11-13');
		const scale = scaleTime({ domain: [day, day], range: [0, 100] });
		expect(scale(day)).toBe(0);
		expect(Number.isFinite(scale(utc('2025-11-14')))).toBe(true);
	});

	// [domain, count, first tick, last tick, number of ticks]
	const ticks: [[string, string], number, string, string, number][] = [
		[['2025-01-01', '2026-01-01'], 10, '2025-01-01', '2026-01-01', 13],
		[['2025-01-15', '2025-12-15'], 10, '2025-02-01', '2025-12-01', 11],
		[['2015-06-01', '2025-06-01'], 10, '2016-01-01', '2025-01-01', 10],
		[['2025-11-01', '2025-11-11'], 10, '2025-11-01', '2025-11-11', 11]
	];

	it.each(ticks)('ticks %j about %d times, from %s to %s', ([d0, d1], count, first, last, n) => {
		const result = scaleTime({ domain: [utc(d0), utc(d1)], range: [0, 1000] }).ticks(count);
		expect(result).toHaveLength(n);
		expect(iso(result[0]!)).toBe(iso(utc(first)));
		expect(iso(result.at(-1)!)).toBe(iso(utc(last)));
	});

	it('ticks at round UTC dates inside the domain, whatever the machine time zone', () => {
		expect(process.env.TZ).toBe('America/Los_Angeles');
		const domain: [Date, Date] = [
			new Date('2025-01-15T12:00:00Z'),
			new Date('2025-12-15T12:00:00Z')
		];
		const result = scaleTime({ domain, range: [0, 1000] }).ticks(10);
		expect(result.length).toBeGreaterThan(0);
		for (const tick of result) {
			expect(tick >= domain[0] && tick <= domain[1]).toBe(true);
			expect([tick.getUTCDate(), tick.getUTCHours(), tick.getUTCMinutes()]).toEqual([1, 0, 0]);
		}
		// Local midnight in Los Angeles is 08:00 UTC, so local ticks would fail the check above.
		expect(result[0]!.getHours()).not.toBe(0);
	});
});

describe('Transform', () => {
	it('starts from the identity', () => {
		expect([identity.k, identity.x]).toEqual([1, 0]);
	});

	// [k, x, dx, translated x]
	const translations: [number, number, number, number][] = [
		[1, 0, 10, 10],
		[1, 5, -10, -5],
		[2, 0, 10, 20],
		[0.5, 100, 40, 120]
	];

	it.each(translations)('translates k=%d x=%d by %d base pixels to x=%d', (k, x, dx, moved) => {
		const t = new Transform(k, x).translate(dx);
		expect([t.k, t.x]).toEqual([k, moved]);
	});

	// [k, x, factor, px]
	const zooms: [number, number, number, number][] = [
		[1, 0, 2, 500],
		[1, 0, 0.5, 0],
		[2, -300, 3, 250],
		[4, -1200, 0.25, 987]
	];

	it.each(zooms)('scales k=%d x=%d by %d keeping screen point %d still', (k, x, factor, px) => {
		const before = new Transform(k, x);
		const after = before.scaleAt(factor, px);
		expect(after.k).toBe(k * factor);
		// The base point under px before is still under px after.
		const base = (px - before.x) / before.k;
		expect(after.k * base + after.x).toBeCloseTo(px, 9);
	});

	// [k, min, max, clamped k]
	const clamps: [number, number, number, number][] = [
		[1, 0.5, 8, 1],
		[0.25, 0.5, 8, 0.5],
		[16, 0.5, 8, 8],
		[8, 0.5, 8, 8]
	];

	it.each(clamps)(
		'clamps k=%d into [%d, %d] as k=%d, keeping the point still',
		(k, min, max, clamped) => {
			const px = 300;
			const before = new Transform(k, -123);
			const after = before.clamp(min, max, px);
			expect(after.k).toBe(clamped);
			const base = (px - before.x) / before.k;
			expect(after.k * base + after.x).toBeCloseTo(px, 9);
		}
	);

	it('returns itself from clamp when the zoom is already in bounds', () => {
		const t = new Transform(2, 10);
		expect(t.clamp(1, 4, 500)).toBe(t);
	});

	it('rescales a scale through the identity to the same domain and range', () => {
		const base = year2025();
		const scale = identity.rescale(base);
		expect(scale.domain().map(iso)).toEqual(base.domain().map(iso));
		expect(scale.range()).toEqual(base.range());
	});

	it('halves the visible span around the middle after scaleAt(2, middle)', () => {
		const base = scaleTime({ domain: [utc('2025-01-01'), utc('2025-01-21')], range: [0, 1000] });
		const scale = identity.scaleAt(2, 500).rescale(base);
		expect(scale.domain().map(iso)).toEqual([iso(utc('2025-01-06')), iso(utc('2025-01-16'))]);
		expect(iso(scale.invert(500))).toBe(iso(utc('2025-01-11')));
	});

	it('shows what lay left of the view after translating right', () => {
		const base = scaleTime({ domain: [utc('2025-01-01'), utc('2025-01-11')], range: [0, 1000] });
		const scale = identity.translate(200).rescale(base);
		expect(scale.domain().map(iso)).toEqual([iso(utc('2024-12-30')), iso(utc('2025-01-09'))]);
	});

	it('draws a date where the base scale and the transform put it', () => {
		const base = year2025();
		const t = new Transform(3, -1234);
		const scale = t.rescale(base);
		const date = utc('2025-05-20');
		expect(scale(date)).toBeCloseTo(t.k * base(date) + t.x, 6);
	});

	// [a, b, equal]
	const equalities: [Transform, Transform, boolean][] = [
		[new Transform(1, 0), identity, true],
		[new Transform(2, 5), new Transform(2, 5), true],
		[new Transform(2, 5), new Transform(2, 6), false],
		[new Transform(2, 5), new Transform(3, 5), false]
	];

	it.each(equalities)('tells whether %o equals %o: %s', (a, b, equal) => {
		expect(a.equals(b)).toBe(equal);
		expect(b.equals(a)).toBe(equal);
	});

	it('never changes a transform, making a new one instead', () => {
		const t = new Transform(2, 10);
		const moved = [t.translate(5), t.scaleAt(2, 100), t.clamp(4, 8, 100)];
		expect([t.k, t.x]).toEqual([2, 10]);
		for (const other of moved) expect(other).not.toBe(t);
		identity.scaleAt(3, 50).translate(7);
		expect([identity.k, identity.x]).toEqual([1, 0]);
	});

	it('does not change the scale it rescales', () => {
		const base = year2025();
		const domain = base.domain().map(iso);
		new Transform(4, -500).rescale(base);
		expect(base.domain().map(iso)).toEqual(domain);
		expect(base.range()).toEqual([0, 1000]);
	});
});
