import events from '$events';
import { oembedBody } from '$lib/embed/oembed';

export const prerender = true;

/**
 * The oEmbed answer (https://oembed.com) for the site's own timeline, prerendered: a static
 * host serves it whatever the query. Where scripts/serve.ts runs, /oembed.json?url=…
 * answers for the data and event of that page instead (scripts/oembed.ts).
 */
export function GET({ url }) {
	const site = new URL('/', url).href;
	const title = (events as { title?: string }).title ?? 'Timeline';
	const body = oembedBody({ site, title, page: { src: null, event: null, lang: null } });
	return new Response(JSON.stringify(body, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
