/**
 * oEmbed (https://oembed.com): the discovery address a page names, and the answer for one
 * page of this site, an iframe of /embed for the data and event that page shows. The
 * prerendered /oembed.json holds the answer for the default timeline, which a static host
 * serves whatever the query; scripts/oembed.ts answers each `?url=` where a server runs.
 */
import { iframeSnippet } from './snippets.ts';

/** The iframe's size as the answer gives it (embed.js then fits its height to the content). */
export const OEMBED_WIDTH = 800;
export const OEMBED_HEIGHT = 640;

/** What a page of this site shows: the query parameters an oEmbed answer carries over. */
export interface OembedPage {
	src: string | null;
	event: string | null;
	lang: string | null;
}

/** Why no answer can be given, as an HTTP status and a line of text. */
export interface OembedRefusal {
	status: 400 | 404 | 501;
	message: string;
}

const KNOWN = ['src', 'event', 'lang'];
/** Paths of the pages that show a timeline: the explorer and the bare embed. */
const PAGES = ['/', '/index.html', '/embed', '/embed.html'];
/** Event ids as events.schema.json allows them. */
const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The discovery address for a page: `site` ends in "/", `page` is the page's address. */
export function oembedHref(site: string, page: string): string {
	const url = new URL('oembed.json', site);
	url.searchParams.set('url', page);
	url.searchParams.set('format', 'json');
	return url.href;
}

/** The explorer's address for what it shows, as a consumer would be given it. */
export function pageHref(site: string, { src, event, lang }: OembedPage): string {
	const url = new URL(site);
	if (src) url.searchParams.set('src', src);
	if (event) url.searchParams.set('event', event);
	if (lang) url.searchParams.set('lang', lang);
	return url.href;
}

/**
 * Reads the `url` a consumer asks about: a page of this site (same origin, under its
 * path), with no parameter but src (an http or https address), event (an event id) and
 * lang (a language tag).
 */
export function readPage(url: string | null, site: string): OembedPage | OembedRefusal {
	if (!url) return { status: 400, message: 'give the address of a timeline page as ?url=' };
	let page: URL;
	try {
		page = new URL(url);
	} catch {
		return { status: 404, message: 'url is not an address' };
	}
	const root = new URL(site);
	const path = page.pathname.startsWith(root.pathname)
		? '/' + page.pathname.slice(root.pathname.length)
		: null;
	if (page.origin !== root.origin || path === null || !PAGES.includes(path))
		return { status: 404, message: `url is not a timeline page of ${root.href}` };
	for (const name of page.searchParams.keys())
		if (!KNOWN.includes(name))
			return { status: 400, message: `url has a parameter Sourceline does not know: ${name}` };
	const param = (name: string) => page.searchParams.get(name) || null;
	const [event, lang] = [param('event'), param('lang')];
	let src = param('src');
	if (src !== null) {
		const data = URL.canParse(src, page) ? new URL(src, page) : null;
		if (!data || (data.protocol !== 'http:' && data.protocol !== 'https:'))
			return { status: 400, message: 'src must be an http or https address' };
		src = data.href;
	}
	if (event !== null && (event.length > 200 || !EVENT_ID.test(event)))
		return { status: 400, message: 'event must be an event id such as russia-draft' };
	if (lang !== null && (lang.length > 35 || !LANGUAGE_TAG.test(lang)))
		return { status: 400, message: 'lang must be a language tag such as de or pt-BR' };
	return { src, event, lang };
}

/**
 * The oEmbed answer for a page. `title` is the site's own timeline's title, used when
 * the page shows it; another file's title is not known without reading it, so its host
 * names it.
 */
export function oembedBody({
	site,
	title,
	page,
	maxwidth = null,
	maxheight = null
}: {
	site: string;
	title: string;
	page: OembedPage;
	maxwidth?: number | null;
	maxheight?: number | null;
}): Record<string, string | number> {
	const host = page.src === null ? null : new URL(page.src).host;
	const fit = (size: number, max: number | null) =>
		max !== null && Number.isFinite(max) && max > 0 ? Math.min(size, Math.floor(max)) : size;
	return {
		version: '1.0',
		type: 'rich',
		title: host === null ? title : `Timeline from ${host}`,
		provider_name: 'Sourceline',
		provider_url: site,
		width: fit(OEMBED_WIDTH, maxwidth),
		height: fit(OEMBED_HEIGHT, maxheight),
		// The iframe's name reads "Timeline: data from …" beside its own "Timeline: ".
		html: iframeSnippet({ site, title: host === null ? title : `data from ${host}`, ...page })
	};
}
