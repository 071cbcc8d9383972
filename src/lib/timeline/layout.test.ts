import { describe, expect, it } from 'vitest';
import { type Extent, packLanes } from './layout.ts';

const extents = (...pairs: [number, number][]): Extent[] => pairs.map(([x1, x2]) => ({ x1, x2 }));

describe('packLanes', () => {
	// [what, extents, options, lanes]
	const table: [string, Extent[], Parameters<typeof packLanes>[1], number[]][] = [
		['nothing', [], {}, []],
		[
			'extents that do not overlap share lane 0',
			extents([0, 10], [20, 30], [40, 50]),
			{},
			[0, 0, 0]
		],
		['touching extents share a lane without a gap', extents([0, 10], [10, 20]), {}, [0, 0]],
		[
			'overlapping extents stack in lanes 0, 1, 2',
			extents([0, 10], [5, 15], [8, 20]),
			{},
			[0, 1, 2]
		],
		['a freed lane is reused first', extents([0, 10], [5, 15], [12, 20]), {}, [0, 1, 0]],
		['a gap keeps close extents apart', extents([0, 10], [12, 20]), { gap: 4 }, [0, 1]],
		['a gap that fits lets them share', extents([0, 10], [14, 20]), { gap: 4 }, [0, 0]],
		[
			'extents beyond maxLanes get -1',
			extents([0, 10], [1, 11], [2, 12], [20, 30]),
			{ maxLanes: 2 },
			[0, 1, -1, 0]
		],
		['maxLanes 0 places nothing', extents([0, 10]), { maxLanes: 0 }, [-1]],
		['lanes come back in input order', extents([40, 50], [0, 10], [5, 15]), {}, [0, 0, 1]],
		['equal x1 keep input order', extents([0, 10], [0, 5]), {}, [0, 1]]
	];

	it.each(table)('packs %s', (_what, input, options, lanes) => {
		expect(packLanes(input, options)).toEqual(lanes);
	});

	it('gives the same lanes whatever the input order', () => {
		const input = extents([0, 10], [5, 15], [12, 20], [30, 40], [31, 35]);
		const lanes = packLanes(input);
		const reversed = packLanes([...input].reverse()).reverse();
		expect(reversed).toEqual(lanes);
	});

	it('does not mutate its input', () => {
		const input = Object.freeze(
			extents([40, 50], [0, 10], [5, 15]).map((extent) => Object.freeze(extent))
		);
		const copy = structuredClone(input);
		packLanes(input, { gap: 2, maxLanes: 1 });
		expect(input).toEqual(copy);
	});
});

describe('packLanes with extents placed first', () => {
	it('gives the first extents lanes even when every lane is taken', () => {
		const extents = [
			{ x1: 0, x2: 100 },
			{ x1: 10, x2: 110 },
			{ x1: 20, x2: 120 }
		];
		expect(packLanes(extents, { maxLanes: 2 })).toEqual([0, 1, -1]);
		const lanes = packLanes(extents, { maxLanes: 2, first: [2] });
		expect(lanes[2]).toBe(0);
		expect(lanes.filter((lane) => lane === -1)).toHaveLength(1);
	});

	it('keeps later extents clear of the ones placed first', () => {
		const extents = [
			{ x1: 0, x2: 50 },
			{ x1: 60, x2: 100 },
			{ x1: 40, x2: 70 }
		];
		const lanes = packLanes(extents, { first: [2] });
		expect(lanes[2]).toBe(0);
		// Both others overlap the first-placed extent, so neither shares its lane.
		expect(lanes[0]).not.toBe(0);
		expect(lanes[1]).not.toBe(0);
	});
});
