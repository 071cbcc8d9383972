import events from '$events';

export const prerender = true;

/** The timeline's data, published beside the page so editors and `?src=` can use it. */
export function GET() {
	return new Response(JSON.stringify(events, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
