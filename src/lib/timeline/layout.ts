/** A horizontal extent in pixels: a mark plus its label. */
export interface Extent {
	x1: number;
	x2: number;
}

/**
 * Packs extents into the fewest lanes so none overlap (with `gap` pixels between),
 * first fit in order of x1. Returns each extent's lane, in input order; extents that
 * would need more than `maxLanes` lanes get -1 (the caller aggregates them).
 * O(n log n) for the sort plus O(n · lanes) for the fit.
 */
export function packLanes(extents: readonly Extent[], { gap = 0, maxLanes = Infinity } = {}): number[] {
	const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.x1 - extents[b]!.x1 || a - b);
	const laneEnds: number[] = [];
	const lanes = new Array<number>(extents.length).fill(-1);
	for (const i of order) {
		const { x1, x2 } = extents[i]!;
		let lane = laneEnds.findIndex((end) => end + gap <= x1);
		if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
		if (lane === -1) continue;
		laneEnds[lane] = Math.max(x1, x2);
		lanes[i] = lane;
	}
	return lanes;
}
