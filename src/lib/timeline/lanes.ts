/** Least room between two labels in one lane, in pixels. */
export const GAP = 12;

/**
 * Lanes filled first fit, in time order: each holds the right end of what it last took,
 * so a mark and its label (a–b) go into the first lane that ends GAP before a.
 */
export class Lanes {
	readonly ends: number[] = [];
	readonly max: number;
	/** The lowest end once every lane is open. */
	#lowest = -Infinity;

	constructor(max: number) {
		this.max = max;
	}

	/**
	 * Whether no lane can take a mark starting at x1: a label starts at or left of its
	 * mark, so its label need not be measured.
	 */
	full(x1: number): boolean {
		return this.ends.length === this.max && x1 < this.#lowest + GAP;
	}

	/** The lane a mark and label spanning a–b take, or -1 when none can. */
	take(a: number, b: number): number {
		let lane = this.ends.findIndex((end) => end + GAP <= a);
		if (lane === -1) lane = this.open();
		if (lane === -1) return -1;
		this.ends[lane] = Math.max(a, b);
		if (this.ends.length === this.max) this.#lowest = Math.min(...this.ends);
		return lane;
	}

	/** A lane not yet used, or -1 when every lane is. */
	open(): number {
		return this.ends.length < this.max ? this.ends.push(-Infinity) - 1 : -1;
	}
}
