import { parseTimeline, type ParseResult } from './validate.ts';

/** Largest events.json a browser will read through `?src=`. */
export const MAX_BYTES = 40 * 1024 * 1024;
/** How long to wait for a `?src=` file before giving up. */
export const TIMEOUT_MS = 15_000;

export type LoadResult =
	({ ok: true; url: URL | null } & ParseResult) | { ok: false; url: URL | null; message: string };

/** Resolves a `?src=` value against the page and allows only http(s). */
export function resolveSource(src: string, base: string): URL | string {
	let url: URL;
	try {
		url = new URL(src, base);
	} catch {
		return `"${src}" is not a URL`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return `only http and https addresses can be loaded, not ${url.protocol}`;
	return url;
}

/** A fetch that src/app.html starts for `?src=` while the scripts load. */
interface EarlyFetch {
	href: string;
	response: Promise<Response>;
	abort: () => void;
}

/** Takes over the page's early fetch when it is for this address; it serves one load. */
function takeEarly(href: string): EarlyFetch | null {
	const holder = globalThis as { sourcelineEarly?: EarlyFetch };
	const early = holder.sourcelineEarly;
	if (early?.href !== href) return null;
	delete holder.sourcelineEarly;
	return early;
}

async function readCapped(response: Response, max: number): Promise<string | null> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > max) return null;
	if (!response.body) return response.text();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return new TextDecoder().decode(bytes);
}

/**
 * Fetches and validates an events.json from another address. Never throws: a network
 * failure, a time-out, an oversized or non-JSON response all come back as a message.
 */
export async function loadTimeline(
	src: string,
	{
		base,
		fetcher = fetch,
		maxBytes = MAX_BYTES,
		timeoutMs = TIMEOUT_MS,
		signal
	}: {
		base: string;
		fetcher?: typeof fetch;
		maxBytes?: number;
		timeoutMs?: number;
		/** Aborts the request when the caller no longer wants it (another src was set). */
		signal?: AbortSignal;
	}
): Promise<LoadResult> {
	const url = resolveSource(src, base);
	if (typeof url === 'string') return { ok: false, url: null, message: url };
	const early = takeEarly(url.href);
	const controller = new AbortController();
	const cancel = () => {
		controller.abort();
		early?.abort();
	};
	const timer = setTimeout(cancel, timeoutMs);
	signal?.addEventListener('abort', cancel);
	try {
		const response = await (early?.response ??
			fetcher(url, { signal: controller.signal, credentials: 'omit' }));
		if (!response.ok)
			return {
				ok: false,
				url,
				message: `${url.host} answered ${response.status} ${response.statusText}`.trim()
			};
		const text = await readCapped(response, maxBytes);
		if (text === null)
			return {
				ok: false,
				url,
				message: `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`
			};
		// After redirects the data comes from where the response says, and that host is named.
		const from = response.url ? new URL(response.url) : url;
		let json: unknown;
		try {
			json = JSON.parse(text.replace(/^\uFEFF/, ''));
		} catch (error) {
			return { ok: false, url, message: `the file is not JSON (${(error as Error).message})` };
		}
		return { ok: true, url: from, ...parseTimeline(json) };
	} catch (error) {
		const message = signal?.aborted
			? 'the request was cancelled'
			: controller.signal.aborted
				? `no answer from ${url.host} within ${Math.round(timeoutMs / 1000)} seconds`
				: `could not load it (${(error as Error).message || 'network error'}): the server may be down, or may not let other sites read the file (it must send CORS headers)`;
		return { ok: false, url, message };
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', cancel);
	}
}
