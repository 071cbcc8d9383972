import { GAP, type Lanes } from './lanes.ts';
import type { Mark } from './marks.ts';

/**
 * The lane for a pinned event (selected or focused) that got none, spanning a–b with its
 * label, and the marks in its way there, which go beyond the last lane: a free lane if
 * any, else the one where it displaces fewest, never displacing another pinned mark.
 * The other marks keep their lanes, so focusing or selecting never reshuffles the
 * drawing under the pointer, and it costs no second pass. Null when no lane will do.
 */
export function pinLane({
	marks,
	lanes,
	a,
	b,
	pinned
}: {
	marks: readonly Mark[];
	lanes: Lanes;
	a: number;
	b: number;
	/** Positions of the pinned events in time order. */
	pinned: ReadonlySet<number>;
}): { lane: number; displaced: Mark[] } | null {
	const inWay = (m: Mark) =>
		Math.min(m.x1, m.labelX) < b + GAP && a < Math.max(m.x2, m.labelEnd) + GAP;
	let lane = lanes.open();
	let fewest = Infinity;
	for (let l = 0; lane === -1 && l < lanes.max; l++) {
		const blocking = marks.filter((m) => m.lane === l && inWay(m));
		if (blocking.some((m) => pinned.has(m.order))) continue;
		if (blocking.length < fewest) {
			fewest = blocking.length;
			lane = l;
		}
	}
	if (lane === -1) return null;
	return { lane, displaced: marks.filter((m) => m.lane === lane && inWay(m)) };
}
