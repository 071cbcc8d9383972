import { describe, expect, it } from 'vitest';
import { fixtureJson } from '$lib/test/helpers';
import { eventHref, pageQuery, PageTimeline } from './page.svelte.ts';

describe('pageQuery', () => {
	it('reads src, event and lang from the address', () => {
		const url = new URL('https://site.example/?src=data%2Fa.json&event=talks&lang=de');
		expect(pageQuery(url)).toEqual({ src: 'data/a.json', event: 'talks', lang: 'de' });
	});

	it('asks for nothing while prerendering', () => {
		expect(pageQuery(null)).toEqual({ src: null, event: null, lang: null });
	});
});

describe('eventHref', () => {
	// [src, lang, id, link]
	const table: [string | null, string | null, string, string][] = [
		[null, null, 'talks', '?event=talks#event-talks'],
		[
			'https://news.example/e.json',
			null,
			'talks',
			'?src=https%3A%2F%2Fnews.example%2Fe.json&event=talks#event-talks'
		],
		[null, 'de', 'talks', '?lang=de&event=talks#event-talks']
	];

	it.each(table)('links src %j, lang %j to %s as %s', (src, lang, id, link) => {
		expect(eventHref({ src, lang }, id)).toBe(link);
	});
});

describe('PageTimeline', () => {
	const seed = fixtureJson('seed.json');
	const first: string = seed.events[0].id;

	it('shows the built-in timeline when no ?src= is given', () => {
		const page = new PageTimeline({ events: () => seed, url: null });
		expect(page.result).toMatchObject({ ok: true, url: null, problems: [] });
		expect(page.timeline?.title).toBe(seed.title);
		expect(page.ready).toBe(true);
		expect(page.shown).toBeNull();
		expect(page.embed).toEqual({ src: null, event: null });
	});

	it('selects the ?event= asked for, and names it missing when the timeline lacks it', () => {
		const found = new PageTimeline({
			events: () => seed,
			url: new URL(`https://site.example/?event=${first}`)
		});
		expect(found.selected).toBe(first);
		expect(found.missing).toBeNull();
		expect(found.embed.event).toBe(first);
		const absent = new PageTimeline({
			events: () => seed,
			url: new URL('https://site.example/?event=no-such-event')
		});
		expect(absent.missing).toBe('no-such-event');
		expect(absent.embed.event).toBeNull();
	});
});
