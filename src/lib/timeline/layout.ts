/** A horizontal extent in pixels: a mark plus its label. */
export interface Extent {
	x1: number;
	x2: number;
}

/**
 * Packs extents into the fewest lanes so none overlap (with `gap` pixels between),
 * first fit in order of x1. Returns each extent's lane, in input order; extents that
 * would need more than `maxLanes` lanes get -1 (the caller aggregates them).
 * The indices in `first` are placed before all others, so they always get a lane.
 * O(n log n) for the sort plus O(n · lanes) for the fit.
 */
export function packLanes(
	extents: readonly Extent[],
	{ gap = 0, maxLanes = Infinity, first = [] as readonly number[] } = {}
): number[] {
	const lanes = new Array<number>(extents.length).fill(-1);
	/** Per lane: where its run of x-ordered extents ends, and the extents placed first. */
	const laneEnds: number[] = [];
	const reserved: Extent[][] = [];
	const clear = (lane: number, { x1, x2 }: Extent) =>
		reserved[lane]!.every((r) => r.x2 + gap <= x1 || x2 + gap <= r.x1);
	const place = (i: number, fits: (lane: number) => boolean): number => {
		let lane = laneEnds.findIndex((_, l) => fits(l));
		if (lane === -1 && laneEnds.length < maxLanes) {
			laneEnds.push(-Infinity);
			reserved.push([]);
			lane = laneEnds.length - 1;
		}
		lanes[i] = lane;
		return lane;
	};
	const firstSet = new Set(first);
	for (const i of firstSet) {
		const lane = place(i, (l) => clear(l, extents[i]!));
		if (lane !== -1) reserved[lane]!.push(extents[i]!);
	}
	const order = extents
		.map((_, i) => i)
		.filter((i) => !firstSet.has(i))
		.sort((a, b) => extents[a]!.x1 - extents[b]!.x1 || a - b);
	for (const i of order) {
		const extent = extents[i]!;
		const lane = place(i, (l) => laneEnds[l]! + gap <= extent.x1 && clear(l, extent));
		if (lane !== -1) laneEnds[lane] = Math.max(extent.x1, extent.x2);
	}
	return lanes;
}
