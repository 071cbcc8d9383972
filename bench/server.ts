/**
 * The one local origin every run loads from: the built site, vis-timeline's page and files,
 * and the generated timelines, so both tools fetch the same bytes the same way.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { BenchError } from './errors.ts';

const root = process.cwd();
export const DATA = join(root, 'bench/data');

// Exact files before the folders that would otherwise claim their paths.
const roots: [string, string][] = [
	['/vis.html', join(root, 'bench/vis.html')],
	[
		'/vis/vis-timeline-graph2d.min.css',
		join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css')
	],
	['/vis/', join(root, 'node_modules/vis-timeline/standalone/umd')],
	['/data/', DATA],
	['/', join(root, 'build')]
];
const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

export function requireBuild() {
	if (!existsSync(join(root, 'build/index.html')))
		throw new BenchError('build/ is missing: npm run build first');
}

/** The file the server sends for a path, or null for a 404. */
export function resolve(path: string): string | null {
	const match = roots.find(([prefix]) => path.startsWith(prefix));
	if (!match) return null;
	const [prefix, dir] = match;
	let file = prefix.endsWith('/') ? normalize(join(dir, path.slice(prefix.length))) : dir;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
	return existsSync(file) ? file : null;
}

export function serve(origin: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const file = resolve(new URL(request.url ?? '/', origin).pathname);
		if (file === null) return void response.writeHead(404).end();
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise((done, fail) => {
		server.once('error', (error) =>
			fail(new BenchError(`cannot serve on ${origin} (${error.message}); try --port`))
		);
		server.listen(port, '127.0.0.1', () => done(server));
	});
}
