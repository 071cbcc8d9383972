import { afterEach, describe, expect, it } from 'vitest';
import { loadTimeline, MAX_BYTES, resolveSource } from './load.ts';
import { fixtureText } from '$lib/test/helpers';
import { parseTimeline } from '$lib/timeline/validate';

const BASE = 'https://sourceline.example/app/';
const JSON_TEXT = fixtureText('seed.json');
const MB = 1024 * 1024;

/** A fetcher that answers every request with `respond()` and records what it was asked. */
function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
	const calls: { url: string; init: RequestInit }[] = [];
	const fetcher = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
		calls.push({ url: String(input), init });
		return respond(init);
	}) as typeof fetch;
	return { fetcher, calls };
}

/** A body streamed in chunks, with no content-length. */
function streamed(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
	let i = 0;
	return new ReadableStream({
		pull(controller) {
			if (i < chunks.length) controller.enqueue(chunks[i++]!);
			else controller.close();
		}
	});
}

/** A promise that rejects as fetch does when its signal aborts, and never settles otherwise. */
const untilAborted = (signal: AbortSignal | null | undefined) =>
	new Promise<never>((_, reject) => {
		signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
	});

/** An answer whose body sends `bytes` and then nothing more, until the request is aborted. */
const stalling = (bytes: Uint8Array) => (init: RequestInit) =>
	new Response(
		new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes);
				// As fetch does, an abort errors the body being read.
				init.signal?.addEventListener('abort', () =>
					controller.error(new DOMException('aborted', 'AbortError'))
				);
			}
		})
	);

describe('resolveSource', () => {
	// [src, resolved URL or message]
	const table: [string, string][] = [
		['events.json', 'https://sourceline.example/app/events.json'],
		['./data/events.json', 'https://sourceline.example/app/data/events.json'],
		['../events.json', 'https://sourceline.example/events.json'],
		['/events.json', 'https://sourceline.example/events.json'],
		['//cdn.example/e.json', 'https://cdn.example/e.json'],
		['http://news.example/e.json?v=2', 'http://news.example/e.json?v=2'],
		['javascript:alert(1)', 'only http and https addresses can be loaded, not javascript:'],
		['JavaScript:alert(1)', 'only http and https addresses can be loaded, not javascript:'],
		['data:application/json,{}', 'only http and https addresses can be loaded, not data:'],
		['file:///etc/passwd', 'only http and https addresses can be loaded, not file:'],
		['ftp://files.example/e.json', 'only http and https addresses can be loaded, not ftp:'],
		['http://[not-a-host', '"http://[not-a-host" is not a URL']
	];

	it.each(table)('resolves %j to %j', (src, expected) => {
		const result = resolveSource(src, BASE);
		expect(typeof result === 'string' ? result : result.href).toBe(expected);
	});
});

describe('loadTimeline', () => {
	it('parses a valid events.json into a timeline', async () => {
		const { fetcher, calls } = fakeFetch(() => new Response(JSON_TEXT, { status: 200 }));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.url?.href).toBe('https://sourceline.example/app/events.json');
		expect(result.timeline).toEqual(parseTimeline(JSON.parse(JSON_TEXT)).timeline);
		expect(result.problems).toEqual([]);
		expect(calls.map((c) => c.url)).toEqual(['https://sourceline.example/app/events.json']);
		expect(calls[0]!.init.credentials).toBe('omit');
		expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
	});

	it('accepts a UTF-8 byte order mark before the JSON', async () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON_TEXT)]);
		for (const body of [() => bytes, () => streamed([bytes.slice(0, 2), bytes.slice(2)])]) {
			const { fetcher } = fakeFetch(() => new Response(body()));
			const result = await loadTimeline('events.json', { base: BASE, fetcher });
			expect(result).toMatchObject({ ok: true, problems: [] });
		}
	});

	it('decodes multi-byte characters split across chunks', async () => {
		const bytes = new TextEncoder().encode(JSON_TEXT);
		// The title's en dash (three bytes in UTF-8) falls across the first cut.
		const at = bytes.indexOf(0xe2) + 1;
		const { fetcher } = fakeFetch(
			() => new Response(streamed([bytes.slice(0, at), bytes.slice(at)]))
		);
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result.ok && result.timeline?.title).toBe(
			'Putin–Netanyahu call and the rival UN Gaza drafts, November 2025'
		);
	});

	it('reports a file that parses but is not a timeline through its problems', async () => {
		const { fetcher } = fakeFetch(() => new Response('{"title": "Nothing"}'));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result).toMatchObject({ ok: true, timeline: null });
		expect(result.ok && result.problems.map((p) => p.path)).toEqual(['sources', 'events']);
	});

	it('says which passage a quote nearly matches, though a file it embeds would not', async () => {
		const text = fixtureText('near-miss.json');
		const { fetcher } = fakeFetch(() => new Response(text));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		const messages = (problems: { message: string }[]) => problems.map((p) => p.message).join('\n');
		expect(result.ok && messages(result.problems)).toMatch(/nearly matches the passage/);
		// Parsed as the page parses the file it was built with: no near-match search.
		const embedded = parseTimeline(JSON.parse(text));
		expect(messages(embedded.problems)).not.toMatch(/nearly matches/);
		expect(embedded.repairs.size).toBe(0);
	});

	// [status, statusText, message]
	const statuses: [number, string, string][] = [
		[404, 'Not Found', 'sourceline.example answered 404 Not Found'],
		[500, 'Internal Server Error', 'sourceline.example answered 500 Internal Server Error'],
		[403, '', 'sourceline.example answered 403']
	];

	it.each(statuses)('reports a %d %s answer by its status', async (status, statusText, message) => {
		const { fetcher } = fakeFetch(() => new Response('nope', { status, statusText }));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result).toEqual({
			ok: false,
			url: new URL('https://sourceline.example/app/events.json'),
			message
		});
	});

	// [declared length, size named]
	const declared: [number, string][] = [
		[72 * MB + 300 * 1024, '72.3 MB'],
		// Rounded up: a file one byte over the limit must not read as the limit itself.
		[MAX_BYTES + 1, '60.1 MB'],
		[3 * MAX_BYTES, '180 MB']
	];

	it.each(declared)(
		'refuses a body declared as %d bytes by the header alone, naming it as %s',
		async (length, size) => {
			// The body itself is small, so only the declared length can have refused it.
			const { fetcher } = fakeFetch(
				() => new Response(JSON_TEXT, { headers: { 'content-length': String(length) } })
			);
			const result = await loadTimeline('events.json', { base: BASE, fetcher });
			expect(result).toMatchObject({
				ok: false,
				message: `the file is ${size}, larger than the 60 MB Sourceline reads`
			});
		}
	);

	it('names the size of a streamed body without content-length that passes the limit', async () => {
		const { fetcher } = fakeFetch(
			() => new Response(streamed(Array.from({ length: 70 }, () => new Uint8Array(MB))))
		);
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result).toMatchObject({
			ok: false,
			message: 'the file is 70 MB, larger than the 60 MB Sourceline reads'
		});
	});

	it('stops reading an endless streamed body at twice the limit', async () => {
		const mb = new Uint8Array(1024 * 1024);
		let sent = 0;
		let cancelled = false;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				sent++;
				controller.enqueue(mb);
			},
			cancel() {
				cancelled = true;
			}
		});
		const { fetcher } = fakeFetch(() => new Response(body));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		// It counts on to twice the limit, to say how large the file is at least, and stops.
		expect(result).toMatchObject({
			ok: false,
			message: 'the file is over 121 MB, larger than the 60 MB Sourceline reads'
		});
		expect(cancelled).toBe(true);
		expect(sent).toBeLessThan((2 * MAX_BYTES) / mb.length + 10);
	});

	it('takes a body of exactly the limit', async () => {
		const text = '{"title": "Small", "sources": [], "events": []}';
		const bytes = new TextEncoder().encode(text);
		for (const body of [() => bytes, () => streamed([bytes.slice(0, 10), bytes.slice(10)])]) {
			const { fetcher } = fakeFetch(() => new Response(body()));
			const result = await loadTimeline('e.json', { base: BASE, fetcher, maxBytes: bytes.length });
			expect(result).toMatchObject({ ok: true, timeline: { title: 'Small' } });
		}
		const { fetcher } = fakeFetch(() => new Response(streamed([bytes])));
		const over = await loadTimeline('e.json', { base: BASE, fetcher, maxBytes: bytes.length - 1 });
		expect(over).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^the file is .+, larger than the .+ MB Sourceline reads$/)
		});
	});

	// [what, body]
	const notJson: [string, string][] = [
		['an HTML page', '<!doctype html><title>Not found</title>'],
		['an empty body', ''],
		['truncated JSON', JSON_TEXT.slice(0, 100)]
	];

	it.each(notJson)('says %s is not JSON', async (_what, body) => {
		const { fetcher } = fakeFetch(() => new Response(body));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^the file is not JSON \(.+\)$/)
		});
	});

	it('gives up on a server that never answers', async () => {
		const { fetcher } = fakeFetch((init) => untilAborted(init.signal));
		const result = await loadTimeline('https://slow.example/events.json', {
			base: BASE,
			fetcher,
			timeoutMs: 50
		});
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^no answer from slow\.example within /)
		});
	});

	it('gives up on a body that stops arriving', async () => {
		const { fetcher } = fakeFetch(stalling(new TextEncoder().encode('{"title": ')));
		const result = await loadTimeline('events.json', { base: BASE, fetcher, timeoutMs: 50 });
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^no answer from sourceline\.example within /)
		});
	});

	it('names how much of a slow, too large body had come when time ran out', async () => {
		const { fetcher } = fakeFetch(stalling(new Uint8Array(MAX_BYTES + 1)));
		const result = await loadTimeline('events.json', { base: BASE, fetcher, timeoutMs: 50 });
		expect(result).toMatchObject({
			ok: false,
			message: 'the file is over 60.1 MB, larger than the 60 MB Sourceline reads'
		});
	});

	it('reports a network failure without throwing', async () => {
		const fetcher = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result).toMatchObject({
			ok: false,
			message:
				'could not load it (fetch failed): the server may be down, or may not let other sites read the file (it must send CORS headers)'
		});
	});

	it('refuses an address that is not http or https without fetching it', async () => {
		const { fetcher, calls } = fakeFetch(() => new Response(JSON_TEXT));
		for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
			const result = await loadTimeline(src, { base: BASE, fetcher });
			expect(result).toEqual({
				ok: false,
				url: null,
				message: `only http and https addresses can be loaded, not ${src.slice(0, src.indexOf(':') + 1)}`
			});
		}
		expect(calls).toEqual([]);
	});
});

describe('the early fetch from the page', () => {
	type Holder = {
		sourcelineEarly?: { href: string; response: Promise<Response>; abort: () => void };
	};
	const holder = globalThis as Holder;
	afterEach(() => delete holder.sourcelineEarly);

	it('takes over a response already under way for the same address, once', async () => {
		holder.sourcelineEarly = {
			href: `${BASE}events.json`,
			response: Promise.resolve(new Response(JSON_TEXT)),
			abort: () => {}
		};
		const { fetcher, calls } = fakeFetch(() => new Response('{}'));
		const first = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(first.ok && first.timeline?.events.length).toBe(9);
		expect(calls).toEqual([]);
		expect(holder.sourcelineEarly).toBeUndefined();
		const second = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(calls).toHaveLength(1);
		expect(second.ok && second.timeline).toBe(null);
	});

	it('leaves a response for another address alone', async () => {
		const early = {
			href: `${BASE}other.json`,
			response: new Promise<Response>(() => {}),
			abort() {}
		};
		holder.sourcelineEarly = early;
		const { fetcher, calls } = fakeFetch(() => new Response(JSON_TEXT));
		const result = await loadTimeline('events.json', { base: BASE, fetcher });
		expect(result.ok).toBe(true);
		expect(calls).toHaveLength(1);
		expect(holder.sourcelineEarly).toBe(early);
	});

	it('aborts an early response that never comes, and says so', async () => {
		const controller = new AbortController();
		holder.sourcelineEarly = {
			href: `${BASE}events.json`,
			response: untilAborted(controller.signal),
			abort: () => controller.abort()
		};
		const { fetcher } = fakeFetch(() => new Response(JSON_TEXT));
		const result = await loadTimeline('events.json', { base: BASE, fetcher, timeoutMs: 20 });
		expect(result).toMatchObject({
			ok: false,
			message: 'no answer from sourceline.example within 0 seconds'
		});
		expect(controller.signal.aborted).toBe(true);
	});
});
