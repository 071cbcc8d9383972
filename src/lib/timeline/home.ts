import type { DatedEvent } from './order.ts';
import { POINT, timeIndex } from './time-index.ts';
import type { ScaleTime } from 'd3-scale';

const DAY = 86_400_000;

/**
 * The home view, as the domain it shows: every event that is not a long interval fits,
 * and distinct days stand at least `spacing` pixels apart where that can be had. `base`
 * fits the full extent; intervals longer than a quarter of it may run off the edge, so
 * that two reports two days apart stay apart beside a two-year conflict.
 */
export function homeDomain({
	events,
	base,
	spacing = 24
}: {
	events: readonly DatedEvent[];
	base: ScaleTime<number, number>;
	spacing?: number;
}): [Date, Date] {
	const [left, right] = base.range() as [number, number];
	const [d0, d1] = base.domain().map((d) => d.getTime()) as [number, number];
	const full = d1 - d0;
	let coreStart = Infinity;
	let coreEnd = -Infinity;
	const { start, end, flags } = timeIndex(events);
	const days = new Float64Array(events.length);
	let dayCount = 0;
	for (let i = 0; i < events.length; i++) {
		const s = start[i]!;
		const e = end[i]!;
		// NaN marks a missing end: comparisons with it are false.
		if (e - s > full / 4) continue;
		for (const t of [s, e]) {
			if (t < coreStart) coreStart = t;
			if (t > coreEnd) coreEnd = t;
		}
		if (flags[i]! & POINT && s === s) days[dayCount++] = s;
	}
	if (coreStart > coreEnd) return [new Date(d0), new Date(d1)];
	const sorted = days.subarray(0, dayCount).sort();
	let gap = Infinity;
	for (let i = 1; i < sorted.length; i++) {
		const step = sorted[i]! - sorted[i - 1]!;
		if (step > 0 && step < gap) gap = step;
	}
	const width = right - left;
	const pad = Math.max((coreEnd - coreStart) * 0.06, DAY);
	const fullFit = width / full;
	const coreFit = width / (coreEnd - coreStart + 2 * pad);
	const wanted = Number.isFinite(gap) ? spacing / gap : fullFit;
	const k = Math.max(fullFit, Math.min(wanted, coreFit)) / fullFit;
	if (k <= 1.0001) return [new Date(d0), new Date(d1)];
	const middle = (coreStart + coreEnd) / 2;
	return [new Date(middle - full / k / 2), new Date(middle + full / k / 2)];
}
