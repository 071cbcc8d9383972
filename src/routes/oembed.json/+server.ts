import events from '$events';
import { iframeSnippet } from '$lib/embed/snippets';

export const prerender = true;

/**
 * A static oEmbed response (https://oembed.com) for the site's timeline, so a CMS that
 * reads the explorer page's discovery link can embed it from its address alone.
 */
export function GET({ url }) {
	const site = new URL('/', url).href;
	const title = (events as { title?: string }).title ?? 'Timeline';
	const body = {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: 'Sourceline',
		provider_url: site,
		width: 800,
		height: 640,
		html: iframeSnippet({ site, title })
	};
	return new Response(JSON.stringify(body, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
