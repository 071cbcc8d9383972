import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test`, in which an uncaught error in the page fails the test: every spec
 * imports it from here. `pageErrors` holds the messages, for a test to look at sooner.
 */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
