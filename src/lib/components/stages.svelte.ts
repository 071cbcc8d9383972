import { onMount } from 'svelte';

/**
 * What an explorer has drawn yet. For a file loaded in the browser the article follows the
 * timeline's first paint and the list the article's, so the reader sees the events a frame
 * sooner. Made while a component initialises; nothing runs once it is destroyed (the web
 * component remounts its explorer for every new `src`).
 */
export class Stages {
	drawn: 'timeline' | 'article' | 'all' = $state('all');

	constructor({ deferred }: { deferred: boolean }) {
		if (!deferred) return;
		this.drawn = 'timeline';
		let frame = 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		// A frame, then a task: `then` runs after the frame is painted, not before it.
		const afterPaint = (then: () => void) => {
			frame = requestAnimationFrame(() => (timer = setTimeout(then)));
		};
		onMount(() => {
			afterPaint(() => {
				this.drawn = 'article';
				afterPaint(() => (this.drawn = 'all'));
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}
}
