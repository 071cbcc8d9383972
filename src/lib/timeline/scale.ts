import { utcTicks } from './calendar.ts';

/**
 * A linear map from UTC time to pixels, with calendar-aware ticks (calendar.ts).
 * d3-scale's scaleUtc does the same but brings interpolators, colours and number
 * formats that the embed's size budget cannot carry.
 */
export interface TimeScale {
	(date: Date): number;
	domain(): [Date, Date];
	range(): [number, number];
	invert(x: number): Date;
	/** About `count` round dates (days, months, years…) inside the domain. */
	ticks(count: number): Date[];
}

export function scaleTime({
	domain,
	range
}: {
	domain: [Date, Date];
	range: [number, number];
}): TimeScale {
	const d0 = domain[0].getTime();
	const d1 = domain[1].getTime();
	const [r0, r1] = range;
	const perMs = (r1 - r0) / (d1 - d0 || 1);
	const scale = ((date: Date) => r0 + (date.getTime() - d0) * perMs) as TimeScale;
	scale.domain = () => [new Date(d0), new Date(d1)];
	scale.range = () => [r0, r1];
	scale.invert = (x) => new Date(d0 + (x - r0) / perMs);
	scale.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count);
	return scale;
}

/**
 * A zoom along x: screen = k · base + x, as d3-zoom's ZoomTransform without y.
 * Immutable; every change makes a new one.
 */
export class Transform {
	constructor(
		readonly k: number,
		readonly x: number
	) {}

	/** Moves by `dx` base pixels, as d3's transform.translate. */
	translate(dx: number): Transform {
		return new Transform(this.k, this.x + this.k * dx);
	}

	/** Scales by `factor` keeping screen point `px` still. */
	scaleAt(factor: number, px: number): Transform {
		return new Transform(this.k * factor, px - (px - this.x) * factor);
	}

	/** Clamps the zoom to [min, max], keeping screen point `px` still. */
	clamp(min: number, max: number, px: number): Transform {
		const k = Math.max(min, Math.min(max, this.k));
		return k === this.k ? this : this.scaleAt(k / this.k, px);
	}

	/** The scale that shows what `scale` shows through this transform. */
	rescale(scale: TimeScale): TimeScale {
		const range = scale.range();
		const domain = range.map((r) => scale.invert((r - this.x) / this.k)) as [Date, Date];
		return scaleTime({ domain, range });
	}

	equals(other: Transform): boolean {
		return this.k === other.k && this.x === other.x;
	}
}

export const identity = new Transform(1, 0);
