import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, type ZoomTransform } from 'd3-zoom';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from './view.svelte';

/**
 * Attaches d3-zoom (wheel, drag, pinch) to the timeline's SVG. d3 only reports the
 * transform; the view state holds it and Svelte redraws from it.
 */
export function zoomable(view: TimelineView): Attachment<SVGSVGElement> {
	return (svg) => {
		const behaviour = zoom<SVGSVGElement, unknown>()
			// Keys are the marks' own; a right click opens the menu rather than dragging.
			.filter((event: Event) => {
				if (event.type === 'keydown') return false;
				const mouse = event as MouseEvent;
				return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
			})
			.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
				view.follow(event.transform, event.sourceEvent !== null);
			});
		const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
		$effect(() => {
			behaviour.scaleExtent([0.5, view.maxZoom]);
		});
		view.sink = (transform, { animate = false } = {}) => {
			if (animate) selection.transition().duration(250).call(behaviour.transform, transform);
			else selection.call(behaviour.transform, transform);
		};
		// Keep a transform set before the attachment ran (read without subscribing to it).
		const initial = untrack(() => view.transform);
		if (initial.k !== 1 || initial.x !== 0) selection.call(behaviour.transform, initial);
		return () => {
			selection.interrupt().on('.zoom', null);
			view.sink = null;
		};
	};
}
