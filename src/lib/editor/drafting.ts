import type { DraftDocument, DraftInput } from '../draft/draft.ts';

export type Drafted = { ok: true; draft: DraftDocument } | { ok: false; message: string };

/** A draft under way in a worker; `cancel` ends it at once. */
export interface Drafting {
	result: Promise<Drafted>;
	cancel: () => void;
}

/** Drafts an article in a worker: the page stays responsive however long the text. */
export function draftInWorker(
	input: DraftInput,
	/** Told the share of the text drafted so far, from 0 to 1. */
	onProgress: (done: number) => void = () => {}
): Drafting {
	const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
	let settle: (drafted: Drafted) => void = () => {};
	const result = new Promise<Drafted>((resolve) => (settle = resolve));
	worker.onmessage = (message: MessageEvent<Drafted | { progress: number }>) => {
		if ('progress' in message.data) return onProgress(message.data.progress);
		settle(message.data);
		worker.terminate();
	};
	worker.onerror = (error) => {
		error.preventDefault();
		settle({ ok: false, message: `drafting stopped (${error.message || 'the worker failed'})` });
		worker.terminate();
	};
	worker.postMessage(input);
	return {
		result,
		cancel: () => {
			worker.terminate();
			settle({ ok: false, message: 'drafting was cancelled' });
		}
	};
}
