import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from './fragment.ts';

const LONG =
	'The two leaders had last spoken in September regarding the US-brokered ceasefire proposal, during which Putin reiterated Moscow’s stance.';

describe('textFragmentUrl', () => {
	// [url, quote, link]
	const table: [string, string, string][] = [
		[
			'https://example.com/a',
			'a thorough exchange',
			'https://example.com/a#:~:text=a%20thorough%20exchange'
		],
		[
			'https://example.com/a',
			'US-brokered, fast & firm',
			'https://example.com/a#:~:text=US%2Dbrokered%2C%20fast%20%26%20firm'
		],
		[
			'https://example.com/a',
			LONG,
			'https://example.com/a#:~:text=The%20two%20leaders%20had%20last%20spoken,during%20which%20Putin%20reiterated%20Moscow%E2%80%99s%20stance.'
		],
		[
			'https://example.com/a',
			'  spread\n over\tlines ',
			'https://example.com/a#:~:text=spread%20over%20lines'
		],
		['https://example.com/a#:~:text=old', 'new words', 'https://example.com/a#:~:text=new%20words'],
		['https://example.com/a#top', 'new words', 'https://example.com/a#top:~:text=new%20words'],
		[
			'https://example.com/a#top:~:text=old',
			'new words',
			'https://example.com/a#top:~:text=new%20words'
		],
		['https://example.com/a?q=1&r=2', 'x', 'https://example.com/a?q=1&r=2#:~:text=x']
	];

	it.each(table)('links %s to %j', (url, quote, link) => {
		expect(textFragmentUrl(url, quote)).toBe(link);
	});

	it('keeps a short quote whole and cuts a long one into start,end words', () => {
		const short = textFragmentUrl('https://example.com/', 'one two three four five six seven');
		expect(short.split(':~:text=')[1]!.includes(',')).toBe(false);
		const long = textFragmentUrl('https://example.com/', LONG);
		expect(long.split(':~:text=')[1]!.split(',')).toHaveLength(2);
	});
});
