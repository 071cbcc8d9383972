import { describe, expect, it } from 'vitest';
import { parseEdtf } from '$lib/timeline/edtf';
import { spanInWords } from '$lib/timeline/format';
import { de } from './de.ts';
import { en } from './en.ts';
import { chooseTag, english, loadLanguage } from './language.ts';

const words = (language: { dates: Parameters<typeof spanInWords>[1] }, edtf: string) =>
	spanInWords(parseEdtf(edtf).span!, language.dates);

describe('chooseTag', () => {
	// [candidates, tag]
	const table: [(string | null | undefined)[], string][] = [
		[['de'], 'de'],
		[['DE-at'], 'de-AT'],
		[[null, 'fr-CA'], 'fr-CA'],
		[['', undefined, 'es'], 'es'],
		[['not a tag!', 'de'], 'de'],
		[['x'], 'en'],
		[[], 'en']
	];

	it.each(table)('chooses from %j the tag %j', (candidates, tag) => {
		expect(chooseTag(...candidates)).toBe(tag);
	});
});

describe('loadLanguage', () => {
	it('keeps English for every English tag and for languages date-fns does not know', async () => {
		for (const tag of ['en', 'en-GB', 'en-US', 'xx', 'tlh'])
			expect(await loadLanguage(tag)).toBe(english);
	});

	it('gives German its catalog, its date patterns and its digit grouping', async () => {
		const language = await loadLanguage('de');
		expect(language.tag).toBe('de');
		expect(language.messages).toBe(de);
		expect(words(language, '2025-11-13')).toBe('Donnerstag, 13. November 2025');
		expect(language.count(100000)).toBe('100.000');
	});

	it('takes the regional locale where date-fns has one, else the language’s', async () => {
		const austrian = await loadLanguage('de-AT');
		expect(austrian.messages).toBe(de);
		expect(austrian.tag).toBe('de-AT');
		expect(words(austrian, '2025-01')).toBe('Jänner 2025');
		const swiss = await loadLanguage('de-CH');
		expect(words(swiss, '2025-01')).toBe('Januar 2025');
	});

	it('gives a language without a catalog English words around its own dates', async () => {
		const french = await loadLanguage('fr');
		expect(french.messages).toBe(en);
		// The words are English, so is the language of the page.
		expect(french.tag).toBe('en');
		expect(words(french, '2025-11-13')).toBe('jeudi 13 novembre 2025');
		expect(words(french, '2025-09~')).toBe('about septembre 2025');
		expect(french.count(100000)).toBe('100\u202f000');
	});
});

describe('the catalogs', () => {
	/** Every leaf of a catalog, by path: strings and functions. */
	const leaves = (tree: object, path = ''): [string, unknown][] =>
		Object.entries(tree).flatMap(([key, value]) =>
			typeof value === 'object' && value !== null
				? leaves(value, `${path}${key}.`)
				: [[`${path}${key}`, value] as [string, unknown]]
		);

	it('German has every key English has, of the same kind, and says something', () => {
		const english = new Map(leaves(en));
		const german = new Map(leaves(de));
		expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
		for (const [key, value] of german) {
			expect(typeof value, key).toBe(typeof english.get(key));
			if (typeof value === 'string' && !/Pattern|^dates\./.test(key))
				expect(value.trim().length, key).toBeGreaterThan(0);
		}
	});

	it('write a count as the language does, with its thousands separator', async () => {
		const german = await loadLanguage('de');
		for (const [language, written] of [
			[english, 'All 100,000 events as a list'],
			[german, 'Alle 100.000 Ereignisse als Liste']
		] as const)
			expect(language.messages.explorer.listAll(language.count(100000), 100000)).toBe(written);
	});
});
