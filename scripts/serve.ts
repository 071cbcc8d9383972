/**
 * Serves the built site as a plain file host would: `tsx scripts/serve.ts [--port N] [dir]`.
 * /embed is answered from embed.html, as static hosts do for prerendered pages.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerOembed } from './oembed.ts';

const { values, positionals } = parseArgs({
	options: {
		port: { type: 'string', default: '5173' },
		host: { type: 'string', default: '127.0.0.1' }
	},
	allowPositionals: true
});
const root = resolve(positionals[0] ?? 'build');
const port = Number(values.port);
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}: run npm run build first.`);
	process.exit(1);
}

/** The file for a URL path: itself, its .html page, or its folder's index.html. */
function fileFor(pathname: string): string | null {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (path !== root && !path.startsWith(root + '/')) return null;
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

createServer((request, response) => {
	if (answerOembed(request, response, root)) return;
	let file: string | null;
	try {
		file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
	} catch {
		file = null;
	}
	if (!file) {
		// With CORS, so another site's ?src= or element hears "404", not a network error.
		response
			.writeHead(404, {
				'content-type': 'text/plain; charset=utf-8',
				'access-control-allow-origin': '*'
			})
			.end('Not found\n');
		return;
	}
	response.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		// Other sites may load events.json, sourceline.js and the embed through this host.
		'access-control-allow-origin': '*',
		'x-content-type-options': 'nosniff'
	});
	createReadStream(file).pipe(response);
}).listen(port, values.host, () => {
	console.log(`Sourceline is running: open http://${values.host}:${port}/ (Ctrl+C stops it)`);
});
