import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '$lib/view/view.svelte';

/**
 * Zoom and pan on the timeline's SVG with d3-zoom, fetched once the drawing is on
 * screen: the first paint does not wait for it, and moves asked for meanwhile wait.
 */
export function zoomable(view: TimelineView): Attachment<SVGSVGElement> {
	return (svg) => {
		let detach: (() => void) | null = null;
		let gone = false;
		import('./zoom-behaviour.svelte.ts').then(
			({ attachZoom }) => {
				if (!gone) detach = attachZoom(svg, view);
			},
			// A stale or blocked chunk: the timeline stays readable, only zooming is lost.
			(error) => console.error('Sourceline: zooming could not be loaded.', error)
		);
		return () => {
			gone = true;
			detach?.();
		};
	};
}
