import { describe, expect, it } from 'vitest';
import { GAP, Lanes } from './lanes.ts';

describe('Lanes', () => {
	it('puts each stretch in the first lane with room for it, GAP from its neighbours', () => {
		const lanes = new Lanes(2);
		expect(lanes.take(0, 100)).toBe(0);
		expect(lanes.take(50, 150)).toBe(1);
		expect(lanes.take(100 + GAP, 200)).toBe(0);
		expect(lanes.take(100 + GAP, 200)).toBe(-1);
	});

	it('takes a hole an earlier stretch left, on either side of a later one', () => {
		const lanes = new Lanes(1);
		lanes.take(300, 400);
		expect(lanes.fits(0, 0, 300 - GAP)).toBe(true);
		expect(lanes.fits(0, 0, 300 - GAP + 1)).toBe(false);
		expect(lanes.take(100, 200)).toBe(0);
		expect(lanes.fits(0, 200 + GAP, 300 - GAP)).toBe(true);
		expect(lanes.fits(0, 150, 160)).toBe(false);
	});

	it('tells the free stretch around a span, or that there is none', () => {
		const lanes = new Lanes(1, 4);
		lanes.put(0, 100, 200);
		lanes.put(0, 300, 400);
		const hole: [number, number] = [0, 0];
		expect(lanes.hole(0, 250, 250, hole)).toBe(true);
		expect(hole).toEqual([204, 296]);
		expect(lanes.hole(0, 0, 10, hole)).toBe(true);
		expect(hole).toEqual([-Infinity, 96]);
		expect(lanes.hole(0, 150, 150, hole)).toBe(false);
		expect(lanes.hole(0, 290, 310, hole)).toBe(false);
	});

	it('is full for a span only when no lane has room for it', () => {
		const lanes = new Lanes(2);
		lanes.take(0, 100);
		expect(lanes.full(0, 10)).toBe(false);
		lanes.take(0, 300);
		expect(lanes.full(100 + GAP - 1, 150)).toBe(true);
		expect(lanes.full(100 + GAP, 150)).toBe(false);
	});

	it('frees a stretch it held', () => {
		const lanes = new Lanes(1);
		lanes.take(0, 100);
		expect(lanes.open()).toBe(-1);
		lanes.free(0, 0);
		expect(lanes.open()).toBe(0);
		expect(lanes.fits(0, 0, 100)).toBe(true);
	});

	it('is not full for a short span before what blocked a long one', () => {
		const lanes = new Lanes(1, 4);
		lanes.put(0, 100, 110);
		expect(lanes.full(0, 200)).toBe(true);
		expect(lanes.full(5, 10)).toBe(false);
		expect(lanes.full(105, 106)).toBe(true);
		expect(lanes.full(114, 120)).toBe(false);
	});

	it('answers full() as a search of every lane would, left to right, between puts', () => {
		let seed = 11;
		const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const lanes = new Lanes(3, 4);
		const held: [number, number, number][] = [];
		const search = (a: number, b: number) =>
			[0, 1, 2].every((lane) => held.some(([l, s, e]) => l === lane && s < b + 4 && e + 4 > a));
		let x = 0;
		for (let k = 0; k < 2_000; k++) {
			x += next() * 6;
			const [a, b] = [x, x + 2 + next() * (next() < 0.1 ? 200 : 12)];
			expect(lanes.full(a, b), `${a}–${b}`).toBe(search(a, b));
			if (next() < 0.2) {
				const lane = lanes.take(a, b);
				if (lane !== -1) held.push([lane, a, b]);
			}
		}
	});
});
