/** The HTML an editor pastes to embed a timeline, for a site at `site` (ends in "/"). */
export interface EmbedOptions {
	site: string;
	/** An events.json other than the site's own. */
	src?: string | null;
	event?: string | null;
	title: string;
	/** The language asked for, if one was: the embed then speaks it whatever the reader's. */
	lang?: string | null;
	/** What the iframe's name calls a timeline, in the page's language: "Timeline". */
	label?: string;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An auto-sizing iframe of /embed plus the host script. */
export function iframeSnippet({
	site,
	src,
	event,
	title,
	lang,
	label = 'Timeline'
}: EmbedOptions): string {
	const url = new URL('embed', site);
	if (src) url.searchParams.set('src', src);
	if (event) url.searchParams.set('event', event);
	if (lang) url.searchParams.set('lang', lang);
	return (
		`<iframe data-sourceline src="${escapeAttribute(url.href)}" title="${escapeAttribute(`${label}: ${title}`)}"` +
		` style="width: 100%; height: 640px; border: 0" loading="lazy"></iframe>\n` +
		`<script src="${escapeAttribute(new URL('embed.js', site).href)}" async></script>`
	);
}

/** The <sourceline-timeline> element plus its module. */
export function elementSnippet({ site, src, event, lang }: EmbedOptions): string {
	const attributes = [`src="${escapeAttribute(src ?? new URL('events.json', site).href)}"`];
	if (event) attributes.push(`event="${escapeAttribute(event)}"`);
	if (lang) attributes.push(`lang="${escapeAttribute(lang)}"`);
	return (
		`<script type="module" src="${escapeAttribute(new URL('sourceline.js', site).href)}"></script>\n` +
		`<sourceline-timeline ${attributes.join(' ')}></sourceline-timeline>`
	);
}
