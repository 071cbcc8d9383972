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
});
