/**
 * Answers /oembed.json?url=… for scripts/serve.ts: an iframe of /embed for the data and
 * event of the page asked about (src/lib/embed/oembed.ts checks it). The site's address
 * and its timeline's title come from the built oembed.json, the answer for the default
 * timeline, which a static host serves for every query instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { oembedBody, readPage } from '../src/lib/embed/oembed.ts';

/** Answers the request if it is an oEmbed one with `?url=`; false leaves it to the file server. */
export function answerOembed(
	request: IncomingMessage,
	response: ServerResponse,
	root: string
): boolean {
	let url: URL;
	try {
		url = new URL(request.url ?? '/', 'http://localhost');
	} catch {
		return false;
	}
	const file = join(root, 'oembed.json');
	if (url.pathname !== '/oembed.json' || !url.searchParams.has('url') || !existsSync(file))
		return false;
	const built = JSON.parse(readFileSync(file, 'utf8')) as { provider_url: string; title: string };
	const headers = { 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' };
	const refuse = (status: number, message: string) =>
		response
			.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
			.end(`${message}\n`);
	const format = url.searchParams.get('format');
	if (format !== null && format !== 'json') {
		refuse(501, 'only format=json is offered');
		return true;
	}
	const page = readPage(url.searchParams.get('url'), built.provider_url);
	if ('status' in page) {
		refuse(page.status, page.message);
		return true;
	}
	const size = (name: string) =>
		url.searchParams.has(name) ? Number(url.searchParams.get(name)) : null;
	const body = oembedBody({
		site: built.provider_url,
		title: built.title,
		page,
		maxwidth: size('maxwidth'),
		maxheight: size('maxheight')
	});
	response
		.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' })
		.end(JSON.stringify(body, null, '\t') + '\n');
	return true;
}
