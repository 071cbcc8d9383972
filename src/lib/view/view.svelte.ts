import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { english, type Language } from '$lib/i18n/language';
import { spanBounds } from '$lib/timeline/edtf';
import { homeDomain } from '$lib/timeline/home';
import { shortDay, spanInWords } from '$lib/timeline/format';
import { timeExtent } from '$lib/timeline/extent';
import { layoutMarks, NO_MARKS } from '$lib/timeline/marks';
import { beyondRange, datedInOrder, type DatedEvent } from '$lib/timeline/order';
import { ticksFor } from '$lib/timeline/ticks';
import type { Timeline, TimelineEvent } from '$lib/timeline/types';
import { baseDomain } from './base-domain';

/** Width the page is drawn at before the browser measures it (prerendering). */
export const DEFAULT_WIDTH = 960;
export const MARGIN = 16;
/** Room above the first lane, in pixels. */
export const LANES_TOP = 8;
export const LANE_HEIGHT = 40;
export const AXIS_HEIGHT = 30;
export const OVERFLOW_ROW = 34;
export const MIN_LANES = 3;
export const MAX_LANES = 8;
/** Zooming out stops at half the view that holds every event. */
export const MIN_ZOOM = 0.5;
const DAY = 86_400_000;

/** A move asked of d3-zoom: a transform within its limits, and the point an animation keeps still. */
export interface Move {
	readonly transform: ZoomTransform;
	readonly animate: boolean;
	readonly still?: number;
}

type TimeScale = ScaleTime<number, number>;

/**
 * Everything the explorer shows, as one state: the timeline, the selected event and the
 * zoom transform are state; the scale, marks and ticks derive from them.
 */
export class TimelineView {
	timeline: Timeline = $state.raw({ title: '', sources: [], events: [] });
	width = $state(DEFAULT_WIDTH);
	/**
	 * Set when the page was not prerendered at DEFAULT_WIDTH (a file loaded in the browser):
	 * nothing is laid out until the drawing's width is measured, so the events are laid out
	 * once, at the right width.
	 */
	waitForWidth = false;
	#measured = $state(false);
	/** The reader's zoom, or null while the view is at home (it then follows the width). */
	#moved: ZoomTransform | null = $state.raw(null);
	selectedId: string | null = $state(null);
	/** The mark that holds the timeline's one tab stop. */
	focusId: string | null = $state(null);
	reducedMotion = $state(false);
	/**
	 * In an embed the wheel scrolls the host page, and zooms only with Ctrl or ⌘ (as a
	 * trackpad pinch sends it), so a reader scrolling past is never caught.
	 */
	cooperativeWheel = $state(false);
	/**
	 * Whether d3-zoom is attached to the drawing: it then makes each move published in `move`
	 * and reports the frames through `follow`; without it a move is made at once.
	 */
	attached = false;
	#move: Move | null = $state.raw(null);
	/**
	 * d3-zoom's identity transform, every transform's start. d3-zoom loads after the first
	 * paint, which needs only the home view's domain; moves asked for before wait for it.
	 */
	#identity: ZoomTransform | null = $state.raw(null);
	#waiting: (() => void)[] = [];
	/** Where an animated zoom is heading, so quick presses build on it rather than on a frame of it. */
	#target: ZoomTransform | null = null;
	/** Where the reader's language is kept; it may change once its words have loaded. */
	readonly #language: { readonly current: Language };

	readonly dated: DatedEvent[] = $derived(datedInOrder(this.timeline.events));
	readonly undated: TimelineEvent[] = $derived(this.timeline.events.filter((e) => e.span === null));
	/** Dated so far from now (Y170000002) that no time scale reaches them: listed, not drawn. */
	readonly beyond: DatedEvent[] = $derived(beyondRange(this.timeline.events));
	/**
	 * Every event, dated in time order, then undated, then dated beyond the drawing: the
	 * order of "3 of 9".
	 */
	readonly ordered: TimelineEvent[] = $derived([...this.dated, ...this.undated, ...this.beyond]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew by $derived, never changed
	readonly byId = $derived(new Map(this.timeline.events.map((e) => [e.id, e])));
	/** Every mark's name says its place; a map spares a search through all events per mark. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew by $derived, never changed
	readonly #positions = $derived(new Map(this.ordered.map((e, i) => [e.id, i + 1])));
	readonly extent = $derived(timeExtent(this.dated));
	readonly range: [number, number] = $derived([MARGIN, Math.max(MARGIN + 1, this.width - MARGIN)]);
	/** Every event in view: the scale that zoom transforms start from. */
	readonly baseScale: TimeScale = $derived(
		scaleUtc().domain(baseDomain(this.extent)).range(this.range)
	);
	readonly #drawable = $derived(!this.waitForWidth || this.#measured);
	/** The home view, where the Fit button (and 0) returns. */
	readonly homeDomain: [Date, Date] = $derived(
		this.#drawable
			? homeDomain({ events: this.dated, base: this.baseScale })
			: (this.baseScale.domain() as [Date, Date])
	);
	readonly #homeScale: TimeScale = $derived(this.baseScale.copy().domain(this.homeDomain));
	/** The home view as a zoom of the base scale, once d3-zoom has loaded. */
	readonly home: ZoomTransform | null = $derived(
		this.#identity && this.#transformTo(this.homeDomain)
	);
	readonly transform: ZoomTransform | null = $derived(this.#moved ?? this.home);
	readonly scale: TimeScale = $derived(
		this.#moved ? this.#moved.rescaleX(this.baseScale) : this.#homeScale
	);
	readonly #homeLayout = $derived(
		!this.#drawable
			? NO_MARKS
			: layoutMarks({
					events: this.dated,
					x: this.#homeScale,
					range: this.range,
					words: this.language.dates,
					maxLanes: MAX_LANES
				})
	);
	/** Lanes for the home view, so the drawing keeps one height while zooming. */
	readonly lanes = $derived(Math.min(MAX_LANES, Math.max(MIN_LANES, this.#homeLayout.lanes)));
	/**
	 * Whether some zoom may have more events than lanes (the home view has already, or
	 * there are more dated events than lanes): the drawing then keeps a row under the
	 * lanes for the density strip and the "+N" buttons, which so never cover a mark.
	 */
	readonly dense = $derived(this.#homeLayout.overflow.length > 0 || this.dated.length > this.lanes);
	/** Where the lanes (and the overflow row, if any) end and the axis begins. */
	readonly lanesBottom = $derived(
		LANES_TOP + this.lanes * LANE_HEIGHT + (this.dense ? OVERFLOW_ROW : 0)
	);
	readonly pinned: ReadonlySet<string> = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew by $derived, never changed
		new Set([this.selectedId, this.focusId].filter((id): id is string => id !== null))
	);
	readonly layout = $derived(
		!this.#drawable
			? NO_MARKS
			: layoutMarks({
					events: this.dated,
					x: this.scale,
					range: this.range,
					words: this.language.dates,
					maxLanes: this.lanes,
					pinned: this.pinned,
					selected: this.selectedId
				})
	);
	readonly ticks = $derived(ticksFor(this.scale, this.width, this.language.dates));
	readonly height = $derived(this.lanesBottom + AXIS_HEIGHT);
	readonly selected: TimelineEvent | null = $derived(
		this.selectedId === null ? null : (this.byId.get(this.selectedId) ?? null)
	);
	/** Largest zoom: about half a day across the view. */
	readonly maxZoom = $derived.by(() => {
		const [a, b] = this.baseScale.domain();
		return Math.max(4, (b!.getTime() - a!.getTime()) / (DAY / 2));
	});
	/** The zooms the reader may reach, for d3-zoom's scaleExtent. */
	readonly scaleExtent: [number, number] = $derived([MIN_ZOOM, this.maxZoom]);
	/**
	 * How far the reader may pan, in base pixels for d3-zoom's translateExtent: half a view,
	 * at the zoom of the moment, beyond the events on either side, so they can never all
	 * be panned out of sight.
	 */
	readonly translateExtent: [[number, number], [number, number]] = $derived.by(() => {
		const [left, right] = this.range;
		const slack = (right - left) / 2 / (this.transform?.k ?? 1);
		return [
			[left - slack, -Infinity],
			[right + slack, Infinity]
		];
	});

	constructor(timeline: Timeline, language: { readonly current: Language } = { current: english }) {
		this.timeline = timeline;
		this.#language = language;
	}

	/** The words and date formats of the reader's language. */
	get language(): Language {
		return this.#language.current;
	}

	/**
	 * The drawing's width, as the browser measured it. A drawing that is not displayed (a
	 * page still hidden, an element in a closed tab of its host) measures 0: it keeps the
	 * width it had, or waits for one, rather than laying out and moving in a pixel.
	 */
	measure(width: number): void {
		if (width <= 0) return;
		if (width !== this.width) {
			// A transform counts pixels of the base range, which the width stretches: the
			// reader's zoom keeps its stretch of time, and a move under way is dropped.
			const moved = this.#moved;
			const start = moved && this.scale.domain()[0]!;
			this.width = width;
			this.#target = null;
			this.#move = null;
			if (moved && start) {
				const x = this.range[0] - moved.k * this.baseScale(start);
				this.#moved = moved.translate((x - moved.x) / moved.k, 0);
			}
		}
		this.#measured = true;
		this.#flush();
	}

	/** "Thursday 13 November 2025", or "Undated". */
	dateInWords(event: TimelineEvent): string {
		const { dates, messages } = this.language;
		return event.span ? spanInWords(event.span, dates) : messages.dates.undated;
	}

	/** 1-based place of an event among all events. */
	position(id: string): number {
		return this.#positions.get(id) ?? 0;
	}

	/**
	 * Names said so far, made again when the words or the order change: a zoom frame
	 * hands every mark drawn a new layout, and each would otherwise format its date anew.
	 */
	readonly #names = $derived.by(() => {
		void this.language;
		void this.ordered;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache filled while drawing, where state may not change
		return new Map<string, string>();
	});

	/** What a screen reader hears for an event: "title, date in words, 3 of 9". */
	describe(id: string): string {
		const names = this.#names;
		const known = names.get(id);
		if (known !== undefined) return known;
		const event = this.byId.get(id);
		if (!event) return '';
		const { messages, count } = this.language;
		const name = messages.timeline.describe(
			event.title,
			this.dateInWords(event),
			count(this.position(id)),
			count(this.ordered.length)
		);
		names.set(id, name);
		return name;
	}

	select(id: string | null): void {
		if (id !== null && !this.byId.has(id)) return;
		this.selectedId = id;
		if (id !== null && this.#datedAt(id) !== -1) {
			this.focusId = id;
			this.reveal(id);
		}
	}

	/** Index of an event among the dated ones, or -1: they come first in `ordered`. */
	#datedAt(id: string): number {
		const at = this.position(id) - 1;
		return at < this.dated.length ? at : -1;
	}

	/** The dated event `step` places from `id` in time, clamped to the ends. */
	neighbour(id: string | null, step: number): DatedEvent | null {
		if (this.dated.length === 0) return null;
		const at = id === null ? -1 : this.#datedAt(id);
		if (at === -1) return this.dated[step >= 0 ? 0 : this.dated.length - 1]!;
		return this.dated[Math.max(0, Math.min(this.dated.length - 1, at + step))]!;
	}

	/**
	 * Takes a transform from the gestures; one made by the reader replaces any zoom under
	 * way, and a zoom of theirs (wheel, pinch, double-click) keeps the selected event in
	 * view if it was: it zooms about the pointer, which may be far from the event.
	 */
	follow(transform: ZoomTransform, byReader: boolean): void {
		if (byReader) {
			this.#target = null;
			if (this.transform && transform.k !== this.transform.k)
				transform = this.#keepSelected(transform);
		}
		const home = this.home;
		this.#moved = home && transform.k === home.k && transform.x === home.x ? null : transform;
	}

	/**
	 * A zoom, panned as little as keeps the selected event in view when it was in view
	 * before: all of it where it fits (no nearer an edge than it was, or than 48 px), else
	 * across the view; else the zoom as it is.
	 */
	#keepSelected(transform: ZoomTransform): ZoomTransform {
		const at = this.selectedId === null ? -1 : this.#datedAt(this.selectedId);
		if (at === -1) return transform;
		const [start, end] = spanBounds(this.dated[at]!.span);
		const [left, right] = this.range;
		const [a, b] = [this.scale(start), this.scale(end)];
		if (b < left || a > right) return transform;
		const scale = transform.rescaleX(this.baseScale);
		const [x1, x2] = [scale(start), scale(end)];
		const margin = Math.min(48, (right - left) / 8);
		const low = left + Math.max(0, Math.min(margin, a - left));
		const high = right - Math.max(0, Math.min(margin, right - b));
		let shift = 0;
		if (x2 - x1 <= high - low) shift = x1 < low ? low - x1 : x2 > high ? high - x2 : 0;
		else if (x1 > high - margin) shift = high - margin - x1;
		else if (x2 < low + margin) shift = low + margin - x2;
		return shift === 0 ? transform : transform.translate(shift / transform.k, 0);
	}

	/** d3-zoom has loaded: the moves asked for meanwhile are made, once there is a drawing. */
	useZoom(identity: ZoomTransform): void {
		this.#identity = identity;
		this.#flush();
	}

	/**
	 * Whether moves can be made: d3-zoom is in, and the drawing has been measured (the
	 * width it was prerendered at is not the reader's).
	 */
	#ready(): boolean {
		return this.#identity !== null && this.#measured;
	}

	#flush(): void {
		if (this.#ready()) for (const move of this.#waiting.splice(0)) move();
	}

	/** Runs a move now, or once d3-zoom has loaded and the drawing has been measured. */
	#whenReady(move: () => void): void {
		if (this.#ready()) move();
		else this.#waiting.push(move);
	}

	/** The zoom of the base scale that shows [start, end] across the view. */
	#transformTo([start, end]: [Date, Date]): ZoomTransform {
		const [left, right] = this.range;
		const a = this.baseScale(start);
		const k = (right - left) / (this.baseScale(end) - a || 1);
		return this.#identity!.translate(left - a * k, 0).scale(k);
	}

	/** A move has come to its end: the next one starts from where the view is. */
	arrived(): void {
		this.#target = null;
	}

	/**
	 * The last move asked of d3-zoom, which makes it and reports its frames and arrival; null
	 * before any, and once a resize has dropped it (its pixels count the old width).
	 */
	get move(): Move | null {
		return this.#move;
	}

	/**
	 * d3-zoom's limits, as its default constrain holds a gesture to them (a move from code
	 * it leaves as it is): the zoom within scaleExtent, about the middle of the view, then
	 * as little a pan as keeps the view, 0 to the width, within translateExtent.
	 */
	#constrain(transform: ZoomTransform): ZoomTransform {
		const [min, max] = this.scaleExtent;
		const k = Math.max(min, Math.min(max, transform.k));
		const middle = this.width / 2;
		const t =
			k === transform.k
				? transform
				: this.#identity!.translate(middle - transform.invertX(middle) * k, transform.y).scale(k);
		const [[x0], [x1]] = this.translateExtent;
		const dx0 = t.invertX(0) - x0;
		const dx1 = t.invertX(this.width) - x1;
		return t.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
	}

	#apply(transform: ZoomTransform, still?: number): void {
		const target = this.#constrain(transform);
		if (!this.attached) return this.follow(target, false);
		this.#target = target;
		this.#move = { transform: target, animate: !this.reducedMotion, still };
	}

	/** Zooms by a factor about the selected event when it is in view, else about the middle. */
	zoomBy(factor: number): void {
		this.#whenReady(() => this.#zoomBy(factor));
	}

	#zoomBy(factor: number): void {
		const [left, right] = this.range;
		const from = this.#target ?? this.transform!;
		const scale = from.rescaleX(this.baseScale);
		const at = this.selectedId === null ? -1 : this.#datedAt(this.selectedId);
		const selected = at === -1 ? null : this.dated[at]!;
		let anchor = (left + right) / 2;
		if (selected) {
			const [start, end] = spanBounds(selected.span);
			const middle = (scale(start) + scale(end)) / 2;
			if (middle >= left && middle <= right) anchor = middle;
		}
		// d3-zoom's own wheel step: the new zoom, then the translation that keeps the anchor.
		const [min, max] = this.scaleExtent;
		const k = Math.max(min, Math.min(max, from.k * factor));
		const under = from.invertX(anchor);
		this.#apply(this.#identity!.translate(anchor - under * k, 0).scale(k), anchor);
	}

	panBy(pixels: number): void {
		this.#whenReady(() => {
			const from = this.#target ?? this.transform!;
			this.#apply(from.translate(pixels / from.k, 0));
		});
	}

	/** Back to the home view. */
	goHome(): void {
		this.#whenReady(() => this.#apply(this.home!));
	}

	/** Zooms so that what lies between two x positions of the view fills most of it. */
	zoomInto(x1: number, x2: number): void {
		this.zoomTo(this.scale.invert(x1), this.scale.invert(Math.max(x2, x1 + 1)));
	}

	/** Zooms so that [start, end) fills most of the view. */
	zoomTo(start: Date, end: Date): void {
		this.#whenReady(() => {
			const [left, right] = this.range;
			const a = this.baseScale(start);
			const b = this.baseScale(end);
			const k = Math.min(this.maxZoom, ((right - left) * 0.8) / Math.max(b - a, 1));
			this.#apply(this.#identity!.translate((left + right) / 2 - ((a + b) / 2) * k, 0).scale(k));
		});
	}

	/**
	 * Pans, keeping the zoom, as little as brings an event into view: all of it when it
	 * fits, else some of it (a two-year span already crossing the view stays put).
	 */
	reveal(id: string): void {
		this.#whenReady(() => this.#reveal(id));
	}

	#reveal(id: string): void {
		const at = this.#datedAt(id);
		if (at === -1) return;
		const event = this.dated[at]!;
		const [start, end] = spanBounds(event.span);
		const [left, right] = this.range;
		const margin = Math.min(48, (right - left) / 8);
		// From where a move under way is heading, so it is built on rather than cut short.
		const from = this.#target ?? this.transform!;
		const scale = from.rescaleX(this.baseScale);
		const x1 = scale(start);
		const x2 = scale(end);
		let shift = 0;
		if (x2 - x1 > right - left - 2 * margin) {
			if (x2 > left && x1 < right) return;
			shift = x2 <= left ? left + (right - left) / 4 - x2 : right - (right - left) / 4 - x1;
		} else if (x1 < left + margin) shift = left + margin - x1;
		else if (x2 > right - margin) shift = right - margin - x2;
		if (shift !== 0) this.#apply(from.translate(shift / from.k, 0));
	}

	/** The visible stretch of time in words, for the toolbar. */
	visibleRange(): string {
		const [a, b] = this.scale.domain();
		const { dates } = this.language;
		return `${shortDay(a!, dates)} – ${shortDay(b!, dates)}`;
	}
}
