import type { Spill } from './spill.ts';

/** Width of one column of the density strip, in pixels. */
export const DENSITY_STEP = 4;

/**
 * The density strip: spilled events per DENSITY_STEP px column of the view, left to
 * right, by a difference array.
 */
export function densityOf(spill: Spill, [left, right]: [number, number]): number[] {
	const { count, x } = spill;
	if (count === 0) return [];
	const columns = Math.max(1, Math.ceil((right - left) / DENSITY_STEP));
	const diff = new Int32Array(columns + 1);
	const column = (px: number) =>
		Math.min(columns - 1, Math.max(0, Math.floor((px - left) / DENSITY_STEP)));
	for (let k = 0; k < count; k++) {
		const a = x[2 * k]!;
		const b = x[2 * k + 1]!;
		if (b < left || a > right) continue;
		diff[column(a)]!++;
		diff[column(b) + 1]!--;
	}
	const density = new Array<number>(columns);
	let running = 0;
	for (let c = 0; c < columns; c++) density[c] = running += diff[c]!;
	return density;
}
