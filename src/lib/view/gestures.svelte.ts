import type { Attachment } from 'svelte/attachments';
import { Transform } from '$lib/timeline/scale';
import { MIN_ZOOM, type TimelineView } from './view.svelte';

/** Pixels a pointer must move before a press becomes a drag (and no longer a click). */
const DRAG_THRESHOLD = 3;
const ANIMATION_MS = 250;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Wheel delta to zoom factor, as d3-zoom reads it (lines and pages count more than pixels). */
function wheelFactor(event: WheelEvent): number {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
	return 2 ** (-event.deltaY * unit * (event.ctrlKey ? 5 : 1));
}

/**
 * Wheel, drag and pinch on the timeline's SVG, and animated moves for the buttons and
 * keys. It only computes transforms: the view state holds them and Svelte redraws. Touch
 * keeps vertical page scrolling (touch-action: pan-y); a horizontal drag pans.
 */
export function zoomable(view: TimelineView): Attachment<SVGSVGElement> {
	return (svg) => {
		let frame = 0;
		const stop = () => cancelAnimationFrame(frame);
		/** SVG x of a client x; the drawing is 1:1 once measured, but not while it scales. */
		const localX = (clientX: number) => {
			const box = svg.getBoundingClientRect();
			return ((clientX - box.left) * view.width) / (box.width || 1);
		};
		const clamp = (t: Transform, px: number) => t.clamp(MIN_ZOOM, view.maxZoom, px);
		/**
		 * The reader's moves, drawn once per frame: a trackpad sends several wheel events
		 * a frame, and each would otherwise lay the timeline out again.
		 */
		let pending: Transform | null = null;
		let drawFrame = 0;
		const current = () => pending ?? view.transform;
		const move = (next: Transform) => {
			pending = next;
			drawFrame ||= requestAnimationFrame(() => {
				drawFrame = 0;
				if (pending) view.follow(pending, true);
				pending = null;
			});
		};

		view.sink = (target, { animate = false } = {}) => {
			stop();
			pending = null;
			const from = view.transform;
			if (!animate || from.equals(target)) return view.follow(target, false);
			const started = performance.now();
			// A zoom keeps still the one screen point both transforms agree on (the point it
			// zooms about), so the drawing does not swing sideways on its way; a pan slides.
			const still =
				from.k === target.k ? null : (from.k * target.x - target.k * from.x) / (from.k - target.k);
			const step = (now: number) => {
				const t = ease(Math.min(1, (now - started) / ANIMATION_MS));
				const k = from.k * (target.k / from.k) ** t;
				const x =
					still === null
						? from.x + (target.x - from.x) * t
						: still - (k / from.k) * (still - from.x);
				view.follow(t === 1 ? target : new Transform(k, x), false);
				if (t < 1) frame = requestAnimationFrame(step);
			};
			frame = requestAnimationFrame(step);
		};

		const onwheel = (event: WheelEvent) => {
			const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
			if (view.cooperativeWheel && !sideways && !event.ctrlKey && !event.metaKey) return;
			event.preventDefault();
			stop();
			const px = localX(event.clientX);
			const from = current();
			move(
				sideways
					? from.translate(-event.deltaX / from.k)
					: clamp(from.scaleAt(wheelFactor(event), px), px)
			);
		};

		const pointers = new Map<number, number>();
		let moved = 0;
		/** Set between the end of a drag and the click the browser sends after it. */
		let swallowClick = false;
		let pinch: { distance: number; middle: number } | null = null;
		const pinchOf = () => {
			const [a, b] = [...pointers.values()] as [number, number];
			return { distance: Math.abs(a - b) || 1, middle: (a + b) / 2 };
		};

		const ondown = (event: PointerEvent) => {
			if (event.button !== 0) return;
			stop();
			pointers.set(event.pointerId, localX(event.clientX));
			moved = 0;
			pinch = pointers.size === 2 ? pinchOf() : null;
		};
		const onmove = (event: PointerEvent) => {
			const last = pointers.get(event.pointerId);
			if (last === undefined) return;
			// Released outside the drawing without capture: forget it rather than pan on hover.
			if ((event.buttons & 1) === 0) {
				pointers.delete(event.pointerId);
				pinch = null;
				return;
			}
			const x = localX(event.clientX);
			pointers.set(event.pointerId, x);
			if (pinch && pointers.size === 2) {
				const now = pinchOf();
				const from = current();
				const next = from
					.translate((now.middle - pinch.middle) / from.k)
					.scaleAt(now.distance / pinch.distance, now.middle);
				move(clamp(next, now.middle));
				pinch = now;
				return;
			}
			moved += Math.abs(x - last);
			if (moved < DRAG_THRESHOLD) return;
			if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
			const from = current();
			move(from.translate((x - last) / from.k));
		};
		const onup = (event: PointerEvent) => {
			if (!pointers.delete(event.pointerId)) return;
			pinch = null;
			if (svg.hasPointerCapture(event.pointerId)) svg.releasePointerCapture(event.pointerId);
			if (moved >= DRAG_THRESHOLD) {
				swallowClick = true;
				setTimeout(() => (swallowClick = false));
			}
			moved = 0;
		};
		// A drag that ends over a mark must not also choose it; a click from the keyboard
		// or a screen reader (detail 0) always goes through.
		const onclick = (event: MouseEvent) => {
			if (!swallowClick || event.detail === 0) return;
			swallowClick = false;
			event.preventDefault();
			event.stopPropagation();
		};

		// Marks are links: without this a drag would start dragging the link away.
		const ondragstart = (event: DragEvent) => event.preventDefault();

		svg.addEventListener('wheel', onwheel, { passive: false });
		svg.addEventListener('dragstart', ondragstart);
		svg.addEventListener('pointerdown', ondown);
		svg.addEventListener('pointermove', onmove);
		svg.addEventListener('pointerup', onup);
		svg.addEventListener('pointercancel', onup);
		svg.addEventListener('click', onclick, { capture: true });
		return () => {
			stop();
			cancelAnimationFrame(drawFrame);
			view.sink = null;
			svg.removeEventListener('wheel', onwheel);
			svg.removeEventListener('dragstart', ondragstart);
			svg.removeEventListener('pointerdown', ondown);
			svg.removeEventListener('pointermove', onmove);
			svg.removeEventListener('pointerup', onup);
			svg.removeEventListener('pointercancel', onup);
			svg.removeEventListener('click', onclick, { capture: true });
		};
	};
}
