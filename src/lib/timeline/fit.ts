import { isPoint, spanEnd, spanStart } from './edtf.ts';
import type { DatedEvent } from './marks.ts';
import { identity, Transform, type TimeScale } from './scale.ts';

const DAY = 86_400_000;

/**
 * The first view: every event that is not a long interval fits, and distinct days
 * stand at least `spacing` pixels apart where that can be had. `base` fits the full
 * extent; intervals longer than a quarter of it may run off the edge, so that two
 * reports two days apart stay apart beside a two-year conflict.
 */
export function homeTransform({
	events,
	base,
	spacing = 24
}: {
	events: readonly DatedEvent[];
	base: TimeScale;
	spacing?: number;
}): Transform {
	const [left, right] = base.range();
	const [d0, d1] = base.domain().map((d) => d.getTime()) as [number, number];
	const full = d1 - d0;
	let coreStart = Infinity;
	let coreEnd = -Infinity;
	const days: number[] = [];
	for (const { span } of events) {
		const start = spanStart(span)?.getTime();
		const end = spanEnd(span)?.getTime();
		if (start !== undefined && end !== undefined && end - start > full / 4) continue;
		for (const t of [start, end]) {
			if (t === undefined) continue;
			coreStart = Math.min(coreStart, t);
			coreEnd = Math.max(coreEnd, t);
		}
		if (isPoint(span) && start !== undefined) days.push(start);
	}
	if (coreStart > coreEnd) return identity;
	const distinct = [...new Set(days)].sort((a, b) => a - b);
	let gap = Infinity;
	for (let i = 1; i < distinct.length; i++) gap = Math.min(gap, distinct[i]! - distinct[i - 1]!);
	const width = right - left;
	const pad = Math.max((coreEnd - coreStart) * 0.06, DAY);
	const fullFit = width / full;
	const coreFit = width / (coreEnd - coreStart + 2 * pad);
	const wanted = Number.isFinite(gap) ? spacing / gap : fullFit;
	const k = Math.max(fullFit, Math.min(wanted, coreFit)) / fullFit;
	if (k <= 1.0001) return identity;
	const middle = new Date((coreStart + coreEnd) / 2);
	return new Transform(k, (left + right) / 2 - k * base(middle));
}
