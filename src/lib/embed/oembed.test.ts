import { describe, expect, it } from 'vitest';
import { oembedBody, oembedHref, pageHref, readPage } from './oembed.ts';

const site = 'https://timelines.example/';
const none = { src: null, event: null, lang: null };

describe('readPage', () => {
	it.each([
		[site, none],
		[`${site}?event=russia-draft`, { ...none, event: 'russia-draft' }],
		[
			`${site}embed?src=https%3A%2F%2Fdata.example%2Fe.json&event=a-1&lang=pt-BR`,
			{ src: 'https://data.example/e.json', event: 'a-1', lang: 'pt-BR' }
		],
		// A relative file is read from the site, as the page itself would.
		[`${site}?src=other.json`, { ...none, src: 'https://timelines.example/other.json' }],
		[`${site}?event=`, none]
	])('reads %s', (url, expected) => {
		expect(readPage(url, site)).toEqual(expected);
	});

	it('reads pages of a site served under a path', () => {
		expect(readPage('https://x.example/news/tl/?event=a', 'https://x.example/news/tl/')).toEqual({
			...none,
			event: 'a'
		});
		expect(readPage('https://x.example/other/', 'https://x.example/news/tl/')).toMatchObject({
			status: 404
		});
	});

	it.each([
		[null, 400, 'give the address'],
		['not a url', 404, 'not an address'],
		['https://evil.example/?event=a', 404, 'not a timeline page of https://timelines.example/'],
		['http://timelines.example/', 404, 'not a timeline page'],
		[`${site}events.json`, 404, 'not a timeline page'],
		[`${site}?event=a&utm_source=x`, 400, 'does not know: utm_source'],
		[`${site}?src=javascript%3Aalert(1)`, 400, 'src must be an http or https address'],
		[`${site}?src=http%3A%2F%2F%5B`, 400, 'src must be'],
		[`${site}?event=%22%3E%3Cscript%3E`, 400, 'event must be an event id'],
		[`${site}?lang=en%22%3E`, 400, 'lang must be a language tag']
	])('refuses %s', (url, status, message) => {
		const read = readPage(url, site);
		expect(read).toMatchObject({ status });
		expect((read as { message: string }).message).toContain(message);
	});
});

describe('oembedBody', () => {
	it('gives an iframe of /embed for the page’s data and event, escaped', () => {
		const body = oembedBody({
			site,
			title: 'Gaza <drafts> & "calls"',
			page: { src: 'https://data.example/e.json?a=1&b="2"', event: 'russia-draft', lang: null }
		});
		expect(body).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'Timeline from data.example',
			provider_url: site,
			width: 800,
			height: 640
		});
		expect(body.html).toContain(
			'src="https://timelines.example/embed?src=https%3A%2F%2Fdata.example%2Fe.json%3Fa%3D1%26b%3D%222%22&amp;event=russia-draft"'
		);
		expect(body.html).toContain('title="Timeline: data from data.example"');
	});

	it('names the site’s own timeline by its title, escaped in the html', () => {
		const body = oembedBody({ site, title: 'Gaza <drafts> & "calls"', page: none });
		expect(body.title).toBe('Gaza <drafts> & "calls"');
		expect(body.html).toContain('title="Timeline: Gaza &lt;drafts&gt; &amp; &quot;calls&quot;"');
		expect(body.html).toContain('src="https://timelines.example/embed"');
	});

	it('keeps within the size a consumer allows', () => {
		const small = oembedBody({ site, title: 't', page: none, maxwidth: 500.7, maxheight: 300 });
		expect([small.width, small.height]).toEqual([500, 300]);
		const large = oembedBody({ site, title: 't', page: none, maxwidth: 2000, maxheight: NaN });
		expect([large.width, large.height]).toEqual([800, 640]);
	});
});

describe('discovery', () => {
	it('names the page with its data, event and language', () => {
		const page = pageHref(site, { src: 'https://data.example/e.json', event: 'a', lang: 'de' });
		expect(page).toBe(
			'https://timelines.example/?src=https%3A%2F%2Fdata.example%2Fe.json&event=a&lang=de'
		);
		expect(oembedHref(site, page)).toBe(
			`https://timelines.example/oembed.json?url=${encodeURIComponent(page)}&format=json`
		);
		expect(readPage(page, site)).toEqual({
			src: 'https://data.example/e.json',
			event: 'a',
			lang: 'de'
		});
	});
});
