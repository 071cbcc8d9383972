/** The gzipped JavaScript a page loads: every script, modulepreloads and workers included. */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from '@playwright/test';
import { LATE, within } from './deadline.ts';
import { resolve } from './server.ts';

const gzipped = new Map<string, number>();
/**
 * Gzipped bytes of a script the page got, read from disk as it arrives (the server sends
 * files as they are); from the response body if a rebuild has already replaced the file.
 */
function gzipBytes(response: Response): number | Promise<number> {
	try {
		const file = resolve(new URL(response.url()).pathname);
		if (file === null) throw new Error('not on disk');
		const key = `${file}@${statSync(file).mtimeMs}`;
		if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file)).length);
		return gzipped.get(key)!;
	} catch {
		return response.body().then((body) => gzipSync(body).length);
	}
}

/** Counts the scripts the context loads from now on; call the result before closing it. */
export function watchScripts(context: BrowserContext): () => Promise<number | null> {
	const scripts = new Map<string, number | Promise<number>>();
	context.on('response', (response) => {
		const url = new URL(response.url());
		if (!url.pathname.endsWith('.js') || !response.ok() || scripts.has(url.pathname)) return;
		scripts.set(url.pathname, gzipBytes(response));
	});
	return async () => {
		if (scripts.size === 0) return null;
		const settled = await within(Date.now() + 10_000, Promise.allSettled(scripts.values()));
		if (settled === LATE || settled.some((s) => s.status === 'rejected')) {
			console.error(`JavaScript bytes not measured: a script's body could not be read`);
			return null;
		}
		return settled.reduce((sum, s) => sum + (s as PromiseFulfilledResult<number>).value, 0) / 1024;
	};
}
