import { parseTimeline, type ParseResult } from '../timeline/validate.ts';
import { takeEarly } from './early.ts';

/**
 * Largest events.json a browser will read through `?src=`: a third above a 100,000-event
 * timeline with its articles (33–45 MB). Past about 55 MB a desktop tab stays busy for
 * seconds after drawing, and a larger file rarely arrives within the time limit anyway
 * (bench/src-cap.ts measures both).
 */
export const MAX_BYTES = 60 * 1024 * 1024;
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

const MB = 1024 * 1024;

/** Megabytes to one decimal, rounded up: a file just over a limit never reads as the limit. */
function megabytes(bytes: number): string {
	return String(Math.ceil((bytes / MB) * 10) / 10);
}

/** Why a file too large was refused, naming its size (or as much of it as was counted). */
function tooLarge({ size, whole, max }: { size: number; whole: boolean; max: number }): string {
	const measured = `${whole ? '' : 'over '}${megabytes(size)} MB`;
	return `the file is ${measured}, larger than the ${megabytes(max)} MB Sourceline reads`;
}

type Capped = { text: string } | { size: number; whole: boolean };

/**
 * The body as text, or its size when it passes `max` bytes. Past the limit the bytes are
 * counted and dropped, up to twice the limit, so the reader learns how large the file is
 * without it being held or a huge one being read to its end; the time limit (`stopped`)
 * ends the count too.
 */
async function readCapped(
	response: Response,
	{ max, stopped }: { max: number; stopped: AbortSignal }
): Promise<Capped> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > max) {
		await response.body?.cancel();
		return { size: declared, whole: true };
	}
	if (!response.body) return { text: await response.text() };
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		let next: ReadableStreamReadResult<Uint8Array>;
		try {
			next = await reader.read();
		} catch (error) {
			if (size > max) return { size, whole: false };
			throw error;
		}
		if (next.done) break;
		size += next.value.byteLength;
		if (size <= max) chunks.push(next.value);
		else if (size > 2 * max || stopped.aborted) {
			await reader.cancel();
			return { size, whole: false };
		} else chunks.length = 0;
	}
	if (size > max) return { size, whole: true };
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return { text: new TextDecoder().decode(bytes) };
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
	// Fetched beside the file, not with the page: only a file's problems need it, and a
	// file fetched from elsewhere is the one that may have some. Without it, a quote that
	// nearly matches is reported only as not found.
	const nearing = import('../fix/near-match.ts').then(
		({ nearMatch }) => nearMatch,
		() => undefined
	);
	try {
		const response = await (early?.response ??
			fetcher(url, { signal: controller.signal, credentials: 'omit' }));
		if (!response.ok)
			return {
				ok: false,
				url,
				message: `${url.host} answered ${response.status} ${response.statusText}`.trim()
			};
		const read = await readCapped(response, { max: maxBytes, stopped: controller.signal });
		if (!('text' in read)) return { ok: false, url, message: tooLarge({ ...read, max: maxBytes }) };
		const { text } = read;
		// After redirects the data comes from where the response says, and that host is named.
		const from = response.url ? new URL(response.url) : url;
		let json: unknown;
		try {
			json = JSON.parse(text.replace(/^\uFEFF/, ''));
		} catch (error) {
			return { ok: false, url, message: `the file is not JSON (${(error as Error).message})` };
		}
		return { ok: true, url: from, ...parseTimeline(json, { nearMatch: await nearing }) };
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
