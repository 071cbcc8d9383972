import { FIXTURES } from '../../playwright.config';
import { axeViolations } from './axe';
import { detailsHeading } from './locators';
import { expect, test } from './test';

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

			test('explorer with an event selected', async ({ page }) => {
				await page.goto('/?event=russia-draft');
				await expect(detailsHeading(page)).toHaveText(/Russia puts forward/);
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
				await expect(detailsHeading(page)).toHaveText(/report 5000$/);
				await expect(
					page.getByRole('navigation', { name: 'Parts of the text', exact: true })
				).toBeVisible();
				await expect(
					page.getByRole('navigation', { name: 'Pages of events', exact: true })
				).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});

			test('embed page with an event selected and the article shown', async ({ page }) => {
				await page.goto(`/embed?theme=${scheme}&event=gaza-plan-first-phase&article=show`);
				await expect(detailsHeading(page)).toHaveText(/first phase/);
				expect(await axeViolations(page)).toEqual([]);
			});
		});
	}

test('text only screen readers hear is never glued to the words beside it', async ({ page }) => {
	// Svelte drops the space at the start and end of an element: " event" became
	// "Previousevent". Every hidden text must keep its space from the visible one.
	const glued = () =>
		page.evaluate(() => {
			const roots: (Document | ShadowRoot)[] = [document];
			for (const host of document.querySelectorAll('sourceline-timeline'))
				if (host.shadowRoot) roots.push(host.shadowRoot);
			return roots.flatMap((root) =>
				[...root.querySelectorAll('.visually-hidden')].flatMap((hidden) => {
					const text = hidden.textContent ?? '';
					const before = hidden.previousSibling?.textContent ?? '';
					const after = hidden.nextSibling?.textContent ?? '';
					const joined = /\S$/.test(before) && /^[\w(]/.test(text);
					const joinedAfter = /\w$/.test(text) && /^\w/.test(after);
					return joined || joinedAfter
						? [`${before.slice(-12)}|${text}|${after.slice(0, 12)}`]
						: [];
				})
			);
		});
	await page.goto('/?event=russia-draft');
	await expect(detailsHeading(page)).toHaveText(/Russia puts forward/);
	expect(await glued()).toEqual([]);
	await page.goto(`/?src=${src('generated/timeline-10000.json')}&event=event-5000`);
	await expect(
		page.getByRole('navigation', { name: 'Parts of the text', exact: true })
	).toBeVisible();
	expect(await glued()).toEqual([]);
	await page.goto('/embed?event=gaza-plan-first-phase&article=show');
	await expect(page.locator('sourceline-timeline [data-source="article"]')).toBeVisible();
	expect(await glued()).toEqual([]);
});
