import { getContext, setContext } from 'svelte';
import { english, loadLanguage, type Language } from './language.ts';

/** The language a timeline speaks, replaced whole once the reader's own has loaded. */
export class LanguageState {
	current: Language = $state.raw(english);
	/** Whether the first language asked for has arrived (English arrives at once). */
	ready = $state(false);
	#asked: string | null = null;
	#loading: Promise<void> = Promise.resolve();

	/**
	 * Switches to a language: English at once, any other once its words have loaded (the
	 * words shown until then stay). A chunk that fails to load leaves them in English.
	 */
	use(tag: string): Promise<void> {
		if (tag === this.#asked) return this.#loading;
		this.#asked = tag;
		const show = (language: Language) => {
			// A later choice wins over a slower earlier one.
			if (this.#asked !== tag) return;
			this.current = language;
			this.ready = true;
		};
		if (tag.split('-')[0]!.toLowerCase() === 'en') {
			show(english);
			this.#loading = Promise.resolve();
		} else
			this.#loading = loadLanguage(tag)
				.catch(() => english)
				.then(show);
		return this.#loading;
	}
}

const key = Symbol('sourceline-language');

/** Shares a language with the components below; the page and the element each set one. */
export function setLanguage(state: LanguageState): LanguageState {
	return setContext(key, state);
}

/** The language set above, or English. */
export function getLanguage(): LanguageState {
	return getContext<LanguageState | undefined>(key) ?? new LanguageState();
}
