/**
 * Serves tests/fixtures on a second local origin, as another site hosting events.json
 * files would: with CORS, plus a few misbehaving addresses for the error paths.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = join(import.meta.dirname, 'fixtures');
const port = Number(process.env.FIXTURES_PORT ?? 4174);
const types: Record<string, string> = {
	'.json': 'application/json; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
	response.setHeader('access-control-allow-origin', '*');
	if (url.pathname === '/hang') return; // never answers: the time-limit path
	const path = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		return;
	}
	response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
	createReadStream(path).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://127.0.0.1:${port}`));
