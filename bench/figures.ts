/** What one run of one tool records, and the fixed conditions every run shares. */

export const TOOLS = ['sourceline', 'vis'] as const;
export type Tool = (typeof TOOLS)[number];
export const NAMES: Record<Tool, string> = { sourceline: 'Sourceline', vis: 'vis-timeline' };

/** Each run gets this long from navigation to the end of its input script. */
export const TIMEOUT = 60_000;
export const INPUTS = 80;

export const FIGURES = [
	['ready', 'ready (ms)'],
	['firstPaint', 'first paint (ms)'],
	['heapMB', 'JS heap after first paint (MB)'],
	['jsKB', 'JavaScript loaded, gzip (KB)'],
	['idle', 'idle frame (ms)'],
	['p50', 'frame p50 during inputs (ms)'],
	['p95', 'frame p95 during inputs (ms)'],
	['maxFrame', 'max frame after first paint (ms)'],
	['over50', 'frames over 50 ms'],
	['inputs', `inputs done (of ${INPUTS})`],
	['changed', 'inputs that changed the range']
] as const;
export type Figure = (typeof FIGURES)[number][0];

export interface Run extends Record<Figure, number | null> {
	/**
	 * done: all inputs ran; cut: the time ran out during the inputs (the figures cover the
	 * inputs done); timeout: no first paint in time; error: the page failed (on stderr).
	 */
	status: 'done' | 'cut' | 'timeout' | 'error';
	seconds: number;
}

export const key = (tool: Tool, size: number) => `${tool}@${size}`;
