import { describe, expect, it } from 'vitest';
import { elementSnippet, iframeSnippet } from './snippets.ts';

const site = 'https://timelines.example/';

describe('embed snippets', () => {
	it('frame /embed with the chosen event and the host script', () => {
		expect(iframeSnippet({ site, event: 'russia-draft', title: 'Gaza drafts' })).toBe(
			'<iframe data-sourceline src="https://timelines.example/embed?event=russia-draft" title="Timeline: Gaza drafts"' +
				' style="width: 100%; height: 640px; border: 0" loading="lazy"></iframe>\n' +
				'<script src="https://timelines.example/embed.js" async></script>'
		);
	});

	it('pass on a language asked for, and name the frame in it', () => {
		const options = { site, event: 'russia-draft', title: 'Gaza', lang: 'de', label: 'Zeitleiste' };
		expect(iframeSnippet(options)).toContain(
			'src="https://timelines.example/embed?event=russia-draft&amp;lang=de" title="Zeitleiste: Gaza"'
		);
		expect(elementSnippet(options)).toContain('event="russia-draft" lang="de"');
		expect(elementSnippet({ site, title: 'Gaza' })).not.toContain('lang=');
	});

	it('point the element at the site’s own events.json unless another file is shown', () => {
		expect(elementSnippet({ site, title: 'x' })).toContain(
			'src="https://timelines.example/events.json"'
		);
		expect(elementSnippet({ site, title: 'x', src: 'https://data.example/e.json' })).toContain(
			'src="https://data.example/e.json"'
		);
	});

	// [field, value] — text from a file must never close an attribute or open a tag.
	const hostile: [string, string][] = [
		['title', '"><script>alert(1)</script>'],
		['src', 'https://data.example/e.json?a=1&b="2"<x>'],
		['event', 'x" onload="alert(1)'],
		['lang', 'de" onload="alert(1)'],
		['label', '"><script>alert(1)</script>']
	];

	it.each(hostile)('escape quotes, ampersands and angle brackets in %s', (field, value) => {
		const options = { site, title: 'T', [field]: value };
		for (const snippet of [iframeSnippet(options), elementSnippet(options)]) {
			const tags = snippet.match(/<[a-z-]+ [^>]*>/g) ?? [];
			// Each opening tag's attributes are well formed: name="…" with no stray quote.
			for (const tag of tags) expect(tag).toMatch(/^<[a-z-]+( [a-z-]+(="[^"<>]*")?)*>$/);
			expect(snippet).not.toContain('<script>alert');
			expect(snippet).not.toContain('" onload=');
		}
	});
});
