/**
 * The scale targets, each a verdict on the medians of one run of the bench: first paint
 * against vis-timeline's, smoothness against the idle frame, and every input taking effect.
 */
import { INPUTS, TIMEOUT, key, type Tool } from './figures.ts';
import type { Results, Summary } from './stats.ts';
import { number } from './format.ts';

export interface Verdict {
	size: number;
	target: string;
	figure: string;
	threshold: string;
	/** null: not measured. */
	ok: boolean | null;
}

/** Why a case has no figure: its runs timed out or failed. */
const failure = (s: Summary) => (s.error > 0 && s.timeout === 0 ? 'failed' : 'timed out');

export function verdicts(results: Results): Verdict[] {
	const out: Verdict[] = [];
	const missing = (size: number, target: string, why: string) =>
		out.push({ size, target, figure: `not measured (${why})`, threshold: '', ok: null });
	const get = (tool: Tool, size: number) => results.get(key(tool, size));

	const paintRatio = (size: number, limit: number) => {
		const target = 'first paint, Sourceline ÷ vis-timeline';
		const sourceline = get('sourceline', size);
		const vis = get('vis', size);
		if (!sourceline)
			return missing(size, target, `no Sourceline run at ${size.toLocaleString('en')}`);
		if (!vis) return missing(size, target, `no vis-timeline run at ${size.toLocaleString('en')}`);
		const threshold = `≤ ${limit.toFixed(1)}`;
		const s = sourceline.firstPaint;
		const v = vis.firstPaint;
		if (!s || !v) {
			const figure = !s ? `Sourceline ${failure(sourceline)}` : `vis-timeline ${failure(vis)}`;
			return out.push({ size, target, figure, threshold, ok: !s ? false : null });
		}
		if (s.median === Infinity)
			return out.push({ size, target, figure: 'Sourceline timed out', threshold, ok: false });
		if (v.median === Infinity) {
			// vis-timeline took over the limit, so the ratio is below Sourceline's time ÷ the limit.
			const bound = s.median / TIMEOUT;
			const figure = `< ${bound.toFixed(3)} (vis-timeline timed out at ${TIMEOUT / 1000} s; Sourceline ${number(s.median)} ms)`;
			return out.push({ size, target, figure, threshold, ok: bound <= limit ? true : null });
		}
		const r = s.median / v.median;
		const figure = `${r.toFixed(2)} (${number(s.median)} ÷ ${number(v.median)} ms)`;
		out.push({ size, target, figure, threshold, ok: r <= limit });
	};
	const smooth = (size: number, factor: number) => {
		const target = 'Sourceline p95 frame ÷ idle frame';
		const s = get('sourceline', size);
		if (!s) return missing(size, target, `no Sourceline run at ${size.toLocaleString('en')}`);
		const threshold = `≤ ${factor.toFixed(1)}`;
		if (!s.p95 || !s.idle)
			return out.push({ size, target, figure: `no frames (${failure(s)})`, threshold, ok: false });
		const r = s.p95.median / s.idle.median;
		const figure = `${r.toFixed(2)} (${number(s.p95.median)} ÷ ${number(s.idle.median)} ms)`;
		out.push({ size, target, figure, threshold, ok: r <= factor });
	};
	const allChanged = (size: number) => {
		const target = 'Sourceline inputs that changed the range';
		const s = get('sourceline', size);
		if (!s) return missing(size, target, `no Sourceline run at ${size.toLocaleString('en')}`);
		const c = s.changed;
		const figure = c ? `${number(c.median)} of ${INPUTS} (${c.min}–${c.max})` : failure(s);
		out.push({
			size,
			target,
			figure,
			threshold: `= ${INPUTS}`,
			ok: c ? c.median === INPUTS : false
		});
	};

	paintRatio(100, 1);
	paintRatio(1000, 0.5);
	smooth(1000, 1.2);
	paintRatio(10_000, 0.1);
	allChanged(10_000);
	smooth(10_000, 1.5);

	const s = get('sourceline', 100_000);
	const v = get('vis', 10_000);
	const target = 'Sourceline first paint vs vis-timeline at 10,000';
	if (!s) missing(100_000, target, 'no Sourceline run at 100,000');
	else if (!v) missing(100_000, target, 'no vis-timeline run at 10,000');
	else if (!s.firstPaint || !v.firstPaint) {
		const figure = !s.firstPaint ? `Sourceline ${failure(s)}` : `vis-timeline ${failure(v)}`;
		out.push({ size: 100_000, target, figure, threshold: '', ok: !s.firstPaint ? false : null });
	} else {
		const sl = s.firstPaint.median;
		const vis = v.firstPaint.median;
		out.push({
			size: 100_000,
			target,
			figure: sl === Infinity ? 'Sourceline timed out' : `${number(sl)} ms`,
			threshold:
				vis === Infinity ? `vis-timeline timed out (> ${TIMEOUT / 1000} s)` : `≤ ${number(vis)} ms`,
			ok: sl <= vis && sl !== Infinity
		});
	}
	allChanged(100_000);
	smooth(100_000, 2);
	{
		const target = 'Sourceline max frame after first paint';
		if (!s) missing(100_000, target, 'no Sourceline run at 100,000');
		else if (!s.maxFrame || !s.idle)
			out.push({ size: 100_000, target, figure: failure(s), threshold: '', ok: false });
		else {
			const limit = 6 * s.idle.median;
			out.push({
				size: 100_000,
				target,
				figure: `${number(s.maxFrame.median)} ms (runs ${number(s.maxFrame.min)}–${number(s.maxFrame.max)})`,
				threshold: `≤ 6 × idle = ${number(limit)} ms`,
				ok: s.maxFrame.median <= limit
			});
		}
	}
	return out;
}
