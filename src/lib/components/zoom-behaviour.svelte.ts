import { select } from 'd3-selection';
import 'd3-transition';
import { untrack } from 'svelte';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Move, TimelineView } from '$lib/view/view.svelte';

/** Pixels a press may move and still be a click that selects a mark, not a drag. */
const CLICK_DISTANCE = 3;
const ANIMATION_MS = 250;

type ZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;

/**
 * d3-zoom on the timeline's SVG: wheel, drag, pinch, double-click and double-tap, and
 * the moves the view asks for (buttons, keys) made through zoom.transform. d3 only
 * reports transforms; the view state holds them and Svelte redraws.
 *
 * What d3-zoom leaves to its host: in an embed a plain wheel scrolls the host page
 * (Ctrl or ⌘ + wheel, as a trackpad pinch sends it, zooms); a sideways wheel pans; and
 * a one-finger drag that starts vertically scrolls the page (touch-action: pan-y).
 */
export function attachZoom(svg: SVGSVGElement, view: TimelineView): () => void {
	const selection = select(svg);
	/** The reader's moves, drawn once a frame: a trackpad sends several wheel events a frame. */
	let pending: ZoomTransform | null = null;
	let frame = 0;
	/** Where the move under way is heading. */
	let heading: ZoomTransform | null = null;
	/** The move last made; one left from an earlier drawing is not made again. */
	let made: Move | null = untrack(() => view.move);
	/** Set while a move of the reader's goes through zoom.transform (a sideways wheel). */
	let byReader = false;
	const extent = (): [[number, number], [number, number]] => [
		[0, 0],
		[view.width, view.height]
	];

	const behaviour = zoom<SVGSVGElement, unknown>()
		.extent(extent)
		.clickDistance(CLICK_DISTANCE)
		// d3's step, but Ctrl + wheel (a trackpad pinch, or the embed's way to zoom with a
		// mouse) counts five times a plain wheel, not ten: one notch zooms by 2, not by 4.
		.wheelDelta(
			(event: WheelEvent) =>
				-event.deltaY *
				(event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
				(event.ctrlKey ? 5 : 1)
		)
		.filter((event: MouseEvent | TouchEvent | WheelEvent) => {
			if (event.type === 'wheel') return !view.cooperativeWheel || event.ctrlKey || event.metaKey;
			// A right click opens the menu; Ctrl + click is the platform's, not a drag.
			return !event.ctrlKey && !('button' in event && event.button);
		})
		.on('zoom', (event: ZoomEvent) => {
			if (!event.sourceEvent && !byReader) return view.follow(event.transform, false);
			pending = event.transform;
			frame ||= requestAnimationFrame(() => {
				frame = 0;
				if (pending) view.follow(pending, true);
				pending = null;
			});
		})
		.on('end', (event: ZoomEvent) => {
			if (heading !== null && event.transform === heading) view.arrived();
		});
	selection.call(behaviour);

	/** Makes a move of the view's, already within d3's limits; a reader's frame waiting is dropped. */
	const make = ({ transform, animate, still }: Move) => {
		pending = null;
		heading = transform;
		// A zoom keeps the point it zooms about still, not swinging sideways on its way;
		// other moves take d3's smooth zoom and pan.
		const point: [number, number] | undefined = still === undefined ? undefined : [still, 0];
		if (animate)
			selection.transition().duration(ANIMATION_MS).call(behaviour.transform, transform, point);
		else selection.call(behaviour.transform, transform, point);
	};

	// d3 keeps its transform on the element; the view's may change without it (a resize
	// at the home view), so each gesture starts from what is drawn.
	let width = view.width;
	const stopSync = $effect.root(() => {
		$effect(() => {
			// A move under way counts pixels of the old width: it stops where it is.
			if (view.width !== width) selection.interrupt();
			width = view.width;
			behaviour
				.scaleExtent(view.scaleExtent)
				.translateExtent(view.translateExtent)
				.duration(view.reducedMotion ? 0 : ANIMATION_MS);
			selection.property('__zoom', view.transform ?? zoomIdentity);
		});
		$effect(() => {
			const move = view.move;
			if (move === null || move === made) return;
			made = move;
			untrack(() => make(move));
		});
	});

	const onwheel = (event: WheelEvent) => {
		if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
		// Sideways: a pan, which d3-zoom's wheel (a zoom by deltaY) does not do.
		event.preventDefault();
		event.stopImmediatePropagation();
		byReader = true;
		behaviour.translateBy(selection, -event.deltaX / zoomTransform(svg).k, 0);
		byReader = false;
	};

	/** Whether the one-finger drag under way started vertically: the page scrolls then. */
	let touchStart: { x: number; y: number } | null = null;
	let scrolling = false;
	const ontouchstart = (event: TouchEvent) => {
		const touch = event.touches.length === 1 ? event.touches[0]! : null;
		touchStart = touch && { x: touch.clientX, y: touch.clientY };
		scrolling = false;
		follow(event.target);
	};

	/**
	 * Touches stay with the element they started on. When it leaves the drawing mid-gesture
	 * (a mark culled or crowded out by the zoom), they no longer reach d3-zoom's listeners
	 * on the SVG (d3/d3#1388), and the gesture would freeze: they are passed on to it.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners' bookkeeping, never drawn
	const touched = new Set<EventTarget>();
	const relay = (event: Event) => {
		const touches = event as TouchEvent;
		if (touches.touches.length === 0) forget();
		if (svg.contains(event.target as Node)) return;
		const copy = new TouchEvent(event.type, {
			cancelable: true,
			touches: [...touches.touches],
			targetTouches: [...touches.targetTouches],
			changedTouches: [...touches.changedTouches],
			shiftKey: touches.shiftKey,
			ctrlKey: touches.ctrlKey,
			altKey: touches.altKey,
			metaKey: touches.metaKey
		});
		if (!svg.dispatchEvent(copy)) event.preventDefault();
	};
	const relayed = ['touchmove', 'touchend', 'touchcancel'];
	const follow = (target: EventTarget | null) => {
		if (!target || target === svg || touched.has(target)) return;
		touched.add(target);
		for (const type of relayed) target.addEventListener(type, relay, { passive: false });
	};
	const forget = () => {
		for (const target of touched)
			for (const type of relayed) target.removeEventListener(type, relay);
		touched.clear();
	};
	const ontouchmove = (event: TouchEvent) => {
		if (touchStart && event.touches.length === 1) {
			const touch = event.touches[0]!;
			scrolling = Math.abs(touch.clientY - touchStart.y) > Math.abs(touch.clientX - touchStart.x);
			touchStart = null;
		} else if (event.touches.length > 1) scrolling = false;
		// Kept from d3-zoom, which would cancel it and so stop the page from scrolling.
		if (scrolling) event.stopImmediatePropagation();
	};

	// d3-zoom counts a touch that starts within 500 ms of the last as the second of a
	// double tap, and zooms if it ends near where the first began. A touch that scrolled
	// the page is no tap: its end must not zoom, however the browser reports it.
	const ontouchend = (event: TouchEvent) => {
		if (!scrolling || event.touches.length > 0) return;
		scrolling = false;
		const doubleTap = selection.on('dblclick.zoom');
		selection.on('dblclick.zoom', null);
		if (doubleTap) setTimeout(() => selection.on('dblclick.zoom', doubleTap));
	};

	// Marks are links: without this a drag would start dragging the link away.
	const ondragstart = (event: DragEvent) => event.preventDefault();

	// Captured on the SVG itself, so they run before d3-zoom's listeners there.
	const listeners = {
		wheel: onwheel,
		touchstart: ontouchstart,
		touchmove: ontouchmove,
		touchend: ontouchend,
		touchcancel: ontouchend,
		dragstart: ondragstart
	} as Record<string, (event: never) => void>;
	const capture = { capture: true, passive: false };
	for (const [type, listener] of Object.entries(listeners))
		svg.addEventListener(type, listener as EventListener, capture);
	// Moves asked for while d3-zoom was on its way are made now, through it.
	view.attached = true;
	view.useZoom(zoomIdentity);
	return () => {
		stopSync();
		forget();
		cancelAnimationFrame(frame);
		selection.interrupt().on('.zoom', null);
		view.attached = false;
		for (const [type, listener] of Object.entries(listeners))
			svg.removeEventListener(type, listener as EventListener, capture);
	};
}
