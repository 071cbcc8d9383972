import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { DateWords } from '$lib/timeline/format';
import { en, type Messages } from './en.ts';

/**
 * A number as the reader's language writes it: the catalogs take only these, so a bare
 * `String(n)` ("100000") fails the type check.
 */
export type Count = string & { readonly written: unique symbol };

/** The words and date formats of one language, for everything a timeline says. */
export interface Language {
	/**
	 * The language of the words, as `<html lang>` takes it: "de-AT" for German, "en" where
	 * the words are English (a language without a catalog keeps only its dates).
	 */
	tag: string;
	messages: Messages;
	dates: DateWords;
	/** A count with the language's separators: "12,345", "12.345". */
	count: (n: number) => Count;
}

/** Catalogs of the interface's words, by primary language subtag; English is built in. */
const catalogs: Record<string, () => Promise<Messages>> = {
	de: () => import('./de.ts').then((m) => m.de)
};

/**
 * A language from a catalog and a date-fns locale for the tag asked for. A catalog's
 * own date patterns are used where the catalog is the language's; a language without a
 * catalog shows the English words with the locale's own long and medium date patterns,
 * and its own digit grouping.
 */
function makeLanguage(tag: string, messages: Messages, locale: Locale, own: boolean): Language {
	const dates = own
		? messages.dates
		: {
				...messages.dates,
				day: locale.formatLong.date({ width: 'full' }),
				dayShort: locale.formatLong.date({ width: 'medium' })
			};
	const count = new Intl.NumberFormat(tag).format as (n: number) => Count;
	return { tag: own ? tag : 'en', messages, dates: { ...dates, locale }, count };
}

export const english: Language = makeLanguage('en', en, enUS, true);

/** A well-formed language tag, canonical ("de-AT"), or null. */
function canonical(tag: string | null | undefined): string | null {
	if (!tag) return null;
	try {
		// "en_GB", as some systems write it, is "en-GB".
		return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0] ?? null;
	} catch {
		return null;
	}
}

/** The first of the candidates that is a well-formed tag, else English. */
export function chooseTag(...candidates: (string | null | undefined)[]): string {
	for (const candidate of candidates) {
		const tag = canonical(candidate);
		if (tag) return tag;
	}
	return 'en';
}

/** The reader's browser language, or null outside a browser. */
export function browserTag(): string | null {
	return typeof navigator === 'undefined' ? null : (navigator.languages?.[0] ?? navigator.language);
}

/**
 * Loads a language: its catalog (English where there is none) and the date-fns locale
 * that fits the tag best ("de-AT", else "de"). Only what is asked for is fetched; a
 * language date-fns does not know is English.
 */
export async function loadLanguage(tag: string): Promise<Language> {
	const primary = tag.split('-')[0]!.toLowerCase();
	if (primary === 'en') return english;
	const catalog = catalogs[primary];
	const { locales } = await import('./locales.ts');
	const loadLocale = locales.get(tag.toLowerCase()) ?? locales.get(primary);
	if (!loadLocale) return english;
	const [messages, locale] = await Promise.all([catalog ? catalog() : en, loadLocale()]);
	return makeLanguage(tag, messages, locale, catalog !== undefined);
}
