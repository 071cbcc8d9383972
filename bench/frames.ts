/**
 * The frame recorder, installed before the page's own scripts. It records the start of every
 * frame (the rAF time) and when that frame's main-thread rendering ended (a message posted
 * from its rAF runs after style, layout and paint), and which frame first began after
 * 'timeline-ready'. A string, not a function: the TypeScript runner wraps functions in
 * helpers the page lacks.
 */
export const FRAMES = `
	window.bench_ = { frames: [], painted: [], readyFrame: -1 };
	{
		const b = window.bench_;
		const channel = new MessageChannel();
		channel.port1.onmessage = () => b.painted.push(performance.now());
		const loop = (t) => {
			b.frames.push(t);
			if (b.readyFrame < 0 && performance.getEntriesByName('timeline-ready').length > 0)
				b.readyFrame = b.frames.length - 1;
			channel.port2.postMessage(0);
			requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
		b.first = () => {
			const painted = b.painted[b.readyFrame];
			if (b.readyFrame < 0 || painted === undefined) return null;
			const ready = performance.getEntriesByName('timeline-ready')[0].startTime;
			return { ready, frame: b.readyFrame, firstPaint: painted };
		};
		b.intervals = (from) => {
			const f = b.frames.slice(from);
			return f.slice(1).map((t, i) => t - f[i]);
		};
	}
`;

/** Resolves once two more frames have begun: the one an input changed has been drawn. */
export const TWO_FRAMES =
	'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

export interface FirstPaint {
	ready: number;
	/** Index of the first frame that began after 'timeline-ready'. */
	frame: number;
	firstPaint: number;
}

/** The recorder as the page holds it. */
export interface Recorder {
	bench_: { first(): FirstPaint | null };
}
