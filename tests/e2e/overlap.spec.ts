/**
 * Two quotes that overlap so that one stops a character before the other: the article must
 * not leave that character as a target of its own, too small to hit (WCAG 2.5.8).
 */
import { FIXTURES } from '../../playwright.config';
import { axeViolations } from './axe';
import { detailsHeading } from './locators';
import { expect, test } from './test';

// axe is injected as a script; the page's Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const address = (query = '') => `/?src=${encodeURIComponent(`${FIXTURES}/overlap.json`)}${query}`;

for (const colorScheme of ['light', 'dark'] as const)
	test(`overlapping quotes leave no tiny link, ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(address('&event=road-reopens'));
		await expect(detailsHeading(page)).toHaveText('Harbour road reopens');
		await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
