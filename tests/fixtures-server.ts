/**
 * Serves tests/fixtures on a second local origin, as another site hosting events.json
 * files would: with CORS, plus a few misbehaving addresses for the error paths, under
 * /generated/ the hostile files too large to commit (tests/generated.ts), and at
 * /published/events.json the repository's own events.json, read afresh each time.
 * host-csp.html comes with a strict Content-Security-Policy, as a careful news site sends.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { generate } from '../bench/generate.ts';
import { bigJson, deepJson, longSummary, longText, manyEvidence } from './generated.ts';

const root = join(import.meta.dirname, 'fixtures');
/** Whatever events.json is in place, for tests/e2e/published.spec.ts. */
const published = join(import.meta.dirname, '..', 'events.json');
const port = Number(process.env.FIXTURES_PORT ?? 4174);
const types: Record<string, string> = {
	'.json': 'application/json; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

/** Generated files, each built on first request and kept: too large to commit. */
const generated: Record<string, () => string> = {
	'/generated/many-evidence.json': () => JSON.stringify(manyEvidence()),
	'/generated/long-string.json': () => JSON.stringify(longSummary()),
	'/generated/long-text.json': () => JSON.stringify(longText()),
	'/generated/deep.json': () => deepJson(),
	// The benchmark's seeded timeline: 130 events quote a whole article, sentence by sentence.
	'/generated/timeline-130.json': () => JSON.stringify(generate(130)),
	// The benchmark's seeded timeline, for the tests of the explorer at scale.
	'/generated/timeline-10000.json': () => JSON.stringify(generate(10_000))
};
const built = new Map<string, string>();

/** Pages served with their own Content-Security-Policy: no inline script or style at all. */
const policies: Record<string, string> = {
	'/host-csp.html': [
		"default-src 'none'",
		"script-src 'self' http://127.0.0.1:4173",
		"connect-src 'self' http://127.0.0.1:4173",
		"style-src 'self'",
		"img-src 'self' data:"
	].join('; ')
};

/** 70 MB of JSON (over the 60 MB cap), chunked with no content-length, written only as fast as it is read. */
function streamBig(response: ServerResponse): void {
	response.writeHead(200, { 'content-type': types['.json']! });
	const chunks = bigJson();
	const write = () => {
		for (;;) {
			if (response.destroyed) return;
			const next = chunks.next();
			if (next.done) return void response.end();
			if (!response.write(next.value)) return void response.once('drain', write);
		}
	};
	write();
}

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
	response.setHeader('access-control-allow-origin', '*');
	if (url.pathname === '/hang') return; // never answers: the time-limit path
	if (url.pathname === '/generated/big.json') return streamBig(response);
	if (url.pathname === '/published/events.json') {
		response.writeHead(200, { 'content-type': types['.json']! });
		createReadStream(published).pipe(response);
		return;
	}
	const make = Object.hasOwn(generated, url.pathname) ? generated[url.pathname] : undefined;
	if (make) {
		let body = built.get(url.pathname);
		if (body === undefined) built.set(url.pathname, (body = make()));
		response.writeHead(200, { 'content-type': types['.json']! }).end(body);
		return;
	}
	const path = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		return;
	}
	const policy = Object.hasOwn(policies, url.pathname) ? policies[url.pathname] : undefined;
	response.writeHead(200, {
		'content-type': types[extname(path)] ?? 'application/octet-stream',
		...(policy ? { 'content-security-policy': policy } : {})
	});
	createReadStream(path).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://127.0.0.1:${port}`));
