/** Least room between two labels in one lane, in pixels. */
export const GAP = 12;

/**
 * Lanes that remember every stretch they hold, not only where the last one ends: a label
 * drawn leftwards (near the right edge, or to leave a neighbour room) leaves the lane
 * free on its far side, and a later mark may take a hole that an earlier one left.
 * Each lane keeps its stretches sorted and apart, so a look-up is a binary search.
 */
export class Lanes {
	readonly max: number;
	/** Least room between two stretches of one lane. */
	readonly gap: number;
	/** Starts and ends of the stretches each lane holds, sorted. */
	readonly #starts: number[][];
	readonly #ends: number[][];

	constructor(max: number, gap = GAP) {
		this.max = max;
		this.gap = gap;
		this.#starts = Array.from({ length: max }, () => []);
		this.#ends = Array.from({ length: max }, () => []);
	}

	/**
	 * The free stretch of a lane around a–b, `gap` from its neighbours, or null when a–b
	 * itself is not free there. Into `hole` as [from, to], to spare an array per call.
	 */
	hole(lane: number, a: number, b: number, hole: [number, number]): boolean {
		const starts = this.#starts[lane]!;
		const ends = this.#ends[lane]!;
		const gap = this.gap;
		const lo = this.#firstAfter(lane, a);
		if (lo < starts.length && starts[lo]! < b + gap) return false;
		hole[0] = lo > 0 ? ends[lo - 1]! + gap : -Infinity;
		hole[1] = lo < starts.length ? starts[lo]! - gap : Infinity;
		return true;
	}

	/** Whether a–b is free in a lane. */
	fits(lane: number, a: number, b: number): boolean {
		return this.hole(lane, a, b, scratch);
	}

	/**
	 * Whether no lane has a–b free: a mark that cannot go anywhere, label or not. Asked
	 * for every event of a crowded view, left to right: while nothing is put, the
	 * stretches that blocked one span block the next one to its right until the first of
	 * them ends, so most answers need no search.
	 */
	full(a: number, b: number): boolean {
		const known = this.#known;
		if (known.version === this.#version && a >= known.a && a < known.until && b > known.need)
			return true;
		let until = Infinity;
		let need = -Infinity;
		for (let lane = 0; lane < this.max; lane++) {
			const at = this.#blocking(lane, a, b);
			if (at === -1) return false;
			until = Math.min(until, this.#ends[lane]![at]! + this.gap);
			need = Math.max(need, this.#starts[lane]![at]! - this.gap);
		}
		Object.assign(known, { version: this.#version, a, until, need });
		return true;
	}

	/** The stretch of a lane that keeps a–b out of it, or -1 when a–b is free there. */
	#blocking(lane: number, a: number, b: number): number {
		const starts = this.#starts[lane]!;
		const lo = this.#firstAfter(lane, a);
		return lo < starts.length && starts[lo]! < b + this.gap ? lo : -1;
	}

	/** The first stretch of a lane that ends after a - gap: stretches are apart, so ends are sorted too. */
	#firstAfter(lane: number, a: number): number {
		const ends = this.#ends[lane]!;
		const gap = this.gap;
		let lo = 0;
		let hi = ends.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ends[mid]! + gap <= a) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Bumped by every put and free: what full() learnt holds until then. */
	#version = 0;
	readonly #known = { version: -1, a: 0, until: 0, need: 0 };

	/** The first lane where a–b is free, taken; -1 when none. */
	take(a: number, b: number): number {
		for (let lane = 0; lane < this.max; lane++)
			if (this.fits(lane, a, b)) {
				this.put(lane, a, b);
				return lane;
			}
		return -1;
	}

	/** Holds a–b in a lane (which the caller found free). */
	put(lane: number, a: number, b: number): void {
		const starts = this.#starts[lane]!;
		const ends = this.#ends[lane]!;
		let at = starts.length;
		// Usually the last: marks come in time order.
		while (at > 0 && starts[at - 1]! > a) at--;
		starts.splice(at, 0, a);
		ends.splice(at, 0, Math.max(a, b));
		this.#version++;
	}

	/** Gives up a–b, held by put. */
	free(lane: number, a: number): void {
		const at = this.#starts[lane]!.indexOf(a);
		if (at === -1) return;
		this.#starts[lane]!.splice(at, 1);
		this.#ends[lane]!.splice(at, 1);
		this.#version++;
	}

	/** A lane that holds nothing, or -1. */
	open(): number {
		return this.#starts.findIndex((starts) => starts.length === 0);
	}
}

const scratch: [number, number] = [0, 0];
