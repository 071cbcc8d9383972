/**
 * The events beyond the last lane, as indexes in time order and pixel extents, in typed
 * arrays reused between frames: fresh ones of 100,000 entries each frame would make the
 * collector run. One per process, as a frame is laid out start to end.
 */
export class Spill {
	/** Event indexes, `count` of them. */
	index = new Int32Array(1024);
	/** x1, x2 of each, interleaved. */
	x = new Float64Array(2048);
	count = 0;

	push(i: number, x1: number, x2: number): void {
		const k = this.count;
		if (k === this.index.length) {
			const index = new Int32Array(k * 2);
			index.set(this.index);
			this.index = index;
			const x = new Float64Array(k * 4);
			x.set(this.x);
			this.x = x;
		}
		this.index[k] = i;
		this.x[2 * k] = x1;
		this.x[2 * k + 1] = x2;
		this.count++;
	}

	/** Takes event i back out (a pinned event given a lane after all). */
	remove(i: number): void {
		for (let k = 0; k < this.count; k++)
			if (this.index[k] === i) {
				const last = --this.count;
				this.index[k] = this.index[last]!;
				this.x[2 * k] = this.x[2 * last]!;
				this.x[2 * k + 1] = this.x[2 * last + 1]!;
				return;
			}
	}
}

export const spill = new Spill();
