import { tick } from 'svelte';
import { browserTag, chooseTag } from '../i18n/language.ts';
import type { LanguageState } from '../i18n/context.svelte.ts';
import type { Timeline } from '../timeline/types.ts';
import { parseTimeline } from '../timeline/validate.ts';
import { resolveSource, type LoadResult } from './load.ts';
import { TimelineLoader } from './loader.svelte.ts';

/** What the page's address asks for. */
export interface PageQuery {
	/** `?src=`: another events.json; null for the one built in. */
	src: string | null;
	/** `?event=`: the event to select first. */
	event: string | null;
	/** `?lang=`: the language asked for. */
	lang: string | null;
}

/** The query of a page address; nothing is asked for while prerendering (no address). */
export function pageQuery(url: URL | null): PageQuery {
	const params = url?.searchParams;
	return {
		src: params?.get('src') ?? null,
		event: params?.get('event') ?? null,
		lang: params?.get('lang') ?? null
	};
}

/** The link to an event on this page, keeping the data and the language asked for. */
export function eventHref({ src, lang }: Omit<PageQuery, 'event'>, id: string): string {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, never state
	const params = new URLSearchParams();
	if (src !== null) params.set('src', src);
	if (lang) params.set('lang', lang);
	params.set('event', id);
	return `?${params}#event-${id}`;
}

/**
 * The explorer page's timeline: the one built in, or the `?src=` file, loaded at once.
 * Made while the page starts, before hydration: with `?src=` the prerendered default
 * timeline is dropped rather than brought to life first.
 */
export class PageTimeline {
	readonly query: PageQuery;
	/** The event selected now, for the embed snippets. */
	selected = $state<string | null>(null);
	/** The site's root address, once in a browser. */
	site = $state<string | null>(null);
	readonly #loader = new TimelineLoader();
	/** The timeline's load, null while under way. */
	readonly result: LoadResult | null;
	readonly timeline: Timeline | null;
	/** Where the data comes from: after the load, the address it was finally read from. */
	readonly shown: URL | null;
	/** The `?event=` id when the timeline has no such event. */
	readonly missing: string | null;
	/**
	 * What the embed snippets point at: the file read, unless it is the built-in one, and
	 * the selected event when the timeline has it.
	 */
	readonly embed: { src: string | null; event: string | null };

	/**
	 * `events` gives the built-in events.json; `url` is the page's address, null when
	 * prerendering.
	 */
	constructor({ events, url }: { events: () => unknown; url: URL | null }) {
		const query = (this.query = pageQuery(url));
		this.selected = query.event;
		if (url && query.src !== null) this.#loader.load(query.src, url.href);
		const builtIn: LoadResult = $derived({ ok: true, url: null, ...parseTimeline(events()) });
		this.result = $derived(query.src === null ? builtIn : this.#loader.result);
		this.timeline = $derived(this.result?.ok ? this.result.timeline : null);
		/** The address asked for, resolved as it will be fetched (before the answer comes). */
		const asked = $derived.by(() => {
			if (query.src === null || this.site === null) return null;
			const resolved = resolveSource(query.src, this.site);
			return typeof resolved === 'string' ? null : resolved;
		});
		this.shown = $derived((query.src === null ? null : this.#loader.result?.url) ?? asked);
		this.missing = $derived(
			this.timeline && query.event && !this.timeline.events.some((e) => e.id === query.event)
				? query.event
				: null
		);
		this.embed = $derived.by(() => {
			const { result, timeline, selected } = this;
			return {
				src: result?.ok && result.url ? result.url.href : null,
				event: selected && timeline?.events.some((e) => e.id === selected) ? selected : null
			};
		});
	}

	/** Whether the events asked for are ready to draw. */
	get ready(): boolean {
		return this.timeline !== null;
	}

	/** Once in a browser: the site's root, from the page's address. */
	mount(href: string): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read at once, never state
		this.site = new URL('./', href).href;
	}

	eventHref = (id: string): string => eventHref(this.query, id);

	/** Selects an event and puts it in the address, for a reload or a link. */
	select = (id: string): void => {
		this.selected = id;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, never state
		const url = new URL(location.href);
		url.searchParams.set('event', id);
		url.hash = '';
		// The browser's own replaceState, keeping SvelteKit's history entry: its shallow
		// routing would count as a navigation and make the route announcer read the title.
		history.replaceState(history.state, '', url);
	};
}

/**
 * Speaks the language asked for (`?lang=`, else the browser's), then shows the page
 * that app.html hid (html.sl-wait): its default timeline is not what `?src=` asked for,
 * or its words are not the reader's.
 */
export function speakAndShow(language: LanguageState, lang: string | null): void {
	const root = document.documentElement;
	language.use(chooseTag(lang, browserTag())).then(() => {
		root.lang = language.current.tag;
		root.classList.remove('sl-wait');
	});
}

/** Marks 'timeline-ready' once, after the first drawing of the events asked for (npm run bench). */
export function markReady(page: PageTimeline): void {
	let marked = false;
	$effect(() => {
		if (marked || !page.ready) return;
		marked = true;
		tick().then(() => performance.mark('timeline-ready'));
	});
}
