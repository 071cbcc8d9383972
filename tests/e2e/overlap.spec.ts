/**
 * Quotes that overlap so that one stops a character before another, and paragraphs quoted
 * end to end: the article's links must stay large enough to hit (WCAG 2.5.8), though no
 * plain text around them makes them count as inline.
 */
import { FIXTURES } from '../../playwright.config';
import { axeViolations } from './axe';
import { detailsHeading } from './locators';
import { expect, test } from './test';

// axe is injected as a script; the page's Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const address = (file: string, query = '') =>
	`/?src=${encodeURIComponent(`${FIXTURES}/${file}`)}${query}`;

for (const colorScheme of ['light', 'dark'] as const)
	test(`overlapping quotes leave no tiny link, ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(address('overlap.json', '&event=road-reopens'));
		await expect(detailsHeading(page)).toHaveText('Harbour road reopens');
		await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

test('a generated timeline, every sentence of its article quoted, leaves no target too small', async ({
	page
}) => {
	await page.goto(address('generated/timeline-130.json', '&event=event-1'));
	await expect(detailsHeading(page)).toHaveText(/, report 1$/);
	await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
