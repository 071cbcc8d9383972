import { loadTimeline, type LoadResult } from './load.ts';

/** A timeline read from one address at a time: a newer load cancels the one before. */
export class TimelineLoader {
	/**
	 * The load, or null while it is under way. Raw: a timeline is replaced whole, never
	 * edited, and deep proxies of thousands of quotes cost seconds.
	 */
	result = $state.raw<LoadResult | null>(null);
	#controller: AbortController | null = null;

	/** Loads `src`, resolved against `base`, in place of anything loading before. */
	load(src: string, base: string): void {
		this.cancel();
		const controller = (this.#controller = new AbortController());
		this.result = null;
		loadTimeline(src, { base, signal: controller.signal }).then((loaded) => {
			if (!controller.signal.aborted) this.result = loaded;
		});
	}

	/** Shows a result without loading, such as why an address cannot be read. */
	show(result: LoadResult): void {
		this.cancel();
		this.result = result;
	}

	/** Stops a load under way; its answer is dropped. */
	cancel(): void {
		this.#controller?.abort();
		this.#controller = null;
	}
}
