import { describe, expect, it } from 'vitest';
import { LanguageState } from './context.svelte.ts';
import { english } from './language.ts';

describe('LanguageState', () => {
	it('is ready at once in English, and only once German has loaded', async () => {
		const state = new LanguageState();
		expect(state.ready).toBe(false);
		await state.use('en-GB');
		expect([state.ready, state.current]).toEqual([true, english]);
		const loading = state.use('de');
		// The English words stay until the German ones are in.
		expect(state.current).toBe(english);
		await loading;
		expect(state.current.tag).toBe('de');
	});

	it('lets a later choice win over a slower earlier one', async () => {
		const state = new LanguageState();
		const german = state.use('de');
		// English arrives at once, before German can.
		await state.use('en');
		await german;
		expect(state.current).toBe(english);
	});

	it('is not ready while its first language other than English loads', async () => {
		const state = new LanguageState();
		const loading = state.use('fr');
		expect(state.ready).toBe(false);
		await loading;
		expect([state.ready, state.current.dates.locale.code]).toEqual([true, 'fr']);
	});

	it('does not fetch again a language it was already asked for', () => {
		const state = new LanguageState();
		expect(state.use('de')).toBe(state.use('de'));
	});
});
