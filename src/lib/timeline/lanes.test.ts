import { describe, expect, it } from 'vitest';
import { GAP, Lanes } from './lanes.ts';

describe('Lanes', () => {
	it('puts each span in the first lane that ends GAP before it, opening lanes as needed', () => {
		const lanes = new Lanes(2);
		expect(lanes.take(0, 100)).toBe(0);
		expect(lanes.take(50, 150)).toBe(1);
		expect(lanes.take(100 + GAP, 200)).toBe(0);
		expect(lanes.take(100 + GAP, 200)).toBe(-1);
		expect(lanes.ends).toEqual([200, 150]);
	});

	it('is full for a mark left of every lane’s end once all lanes are open', () => {
		const lanes = new Lanes(2);
		lanes.take(0, 100);
		expect(lanes.full(0)).toBe(false);
		lanes.take(0, 300);
		expect(lanes.full(100 + GAP - 1)).toBe(true);
		expect(lanes.full(100 + GAP)).toBe(false);
	});

	it('opens a lane only while one is left', () => {
		const lanes = new Lanes(1);
		expect(lanes.open()).toBe(0);
		expect(lanes.open()).toBe(-1);
	});
});
