import { expect, test } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { axeViolations } from './axe';

// axe is injected as a script; the pages' Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const sizes = [
	['narrow', 360],
	['wide', 1440]
] as const;
const schemes = ['light', 'dark'] as const;
const src = (file: string) => encodeURIComponent(`${FIXTURES}/${file}`);

for (const scheme of schemes)
	for (const [size, width] of sizes) {
		test.describe(`axe, ${scheme}, ${size}`, () => {
			test.use({ colorScheme: scheme, viewport: { width, height: 900 } });

			test('explorer with an event chosen', async ({ page }) => {
				await page.goto('/?event=russia-draft');
				await expect(page.locator('#sl-details-heading')).toHaveText(/Russia puts forward/);
				expect(await axeViolations(page)).toEqual([]);
			});

			test('explorer with the Embed dialog open', async ({ page }) => {
				await page.goto('/?event=previous-call');
				await page.getByRole('button', { name: 'Embed' }).click();
				await expect(page.getByRole('dialog')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});

			test('explorer showing validation problems', async ({ page }) => {
				await page.goto(`/?src=${src('partial.json')}`);
				await expect(page.getByRole('alert')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
				await page.goto(`/?src=${src('unusable.json')}`);
				await expect(page.getByRole('alert')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
				// A long list of problems, which scrolls.
				await page.goto(`/?src=${src('hostile/types.json')}`);
				await expect(page.getByRole('alert')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});

			test('explorer with 10,000 events: pagers, crowded groups and the density strip', async ({
				page
			}) => {
				await page.goto(`/?src=${src('generated/timeline-10000.json')}&event=event-5000`);
				await expect(page.locator('#sl-details-heading')).toHaveText(/report 5000$/);
				await expect(
					page.getByRole('navigation', { name: 'Parts of the text', exact: true })
				).toBeVisible();
				await expect(
					page.getByRole('navigation', { name: 'Pages of events', exact: true })
				).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});

			test('embed page with an event chosen and the article shown', async ({ page }) => {
				await page.goto(`/embed?theme=${scheme}&event=gaza-plan-first-phase&article=show`);
				await expect(page.locator('#sl-details-heading')).toHaveText(/first phase/);
				expect(await axeViolations(page)).toEqual([]);
			});
		});
	}
