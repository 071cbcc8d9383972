import { FIGURES, type Figure, type Run } from './figures.ts';

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(xs: number[], p: number): number | null {
	if (xs.length === 0) return null;
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)]!;
}

/** The usual median: the middle value, or the mean of the two middle ones. */
export function median(xs: number[]): number {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
	median: number;
	min: number;
	max: number;
	/** Runs that gave this figure. */
	n: number;
}
export type Summary = Record<Figure, Spread | null> &
	Record<Run['status'], number> & {
		/** Runs made, whatever they gave. */
		total: number;
	};
export type Results = Map<string, Summary>;

export function summarize(runs: Run[]): Summary {
	const spread = (key: Figure): Spread | null => {
		// A run without a first paint took longer than the limit: it sorts after every time.
		const censored = key === 'ready' || key === 'firstPaint';
		const xs = runs
			.map((r) => r[key] ?? (censored && r.status === 'timeout' ? Infinity : null))
			.filter((v): v is number => v !== null);
		if (xs.length === 0) return null;
		return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
	};
	const count = (status: Run['status']) => runs.filter((r) => r.status === status).length;
	return {
		...(Object.fromEntries(FIGURES.map(([key]) => [key, spread(key)])) as Record<
			Figure,
			Spread | null
		>),
		total: runs.length,
		done: count('done'),
		cut: count('cut'),
		timeout: count('timeout'),
		error: count('error')
	};
}
