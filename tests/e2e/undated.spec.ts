import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import valid from '../fixtures/valid.json' with { type: 'json' };

// The events a file leaves undated, paged beside the timeline as the full list is paged.

const UNDATED = 45;
/** tests/fixtures/valid.json with 45 more undated events: 46 undated in all. */
const timeline = {
	...valid,
	events: [
		...valid.events,
		...Array.from({ length: UNDATED }, (_, i) => ({
			id: `complaint-${i + 1}`,
			title: `Complaint ${i + 1} about the ring road`,
			evidence: [
				{
					source: 'bridge',
					quote: 'Residents had complained for months about traffic on the ring road.'
				}
			]
		}))
	]
};
const address = `${FIXTURES}/many-undated.json`;

const undated = (page: Page) =>
	page.getByRole('complementary', { name: 'Not dated in the article' });
const links = (page: Page) => undated(page).getByRole('listitem').getByRole('link');
const pager = (page: Page) =>
	undated(page).getByRole('navigation', { name: 'Pages of undated events', exact: true });

async function open(page: Page, query = '') {
	await page.route(address, (route) =>
		route.fulfill({
			json: timeline,
			headers: { 'access-control-allow-origin': '*' }
		})
	);
	await page.goto(`/?src=${encodeURIComponent(address)}${query}`);
	await expect(undated(page)).toBeVisible();
}

test('lists the undated events a page at a time', async ({ page }) => {
	await open(page);
	await expect(links(page)).toHaveCount(20);
	await expect(pager(page)).toContainText('1–20 of 46');
	await expect(links(page).first()).toHaveText('Dispute with the contractor over steel prices');
	await pager(page).getByRole('button', { name: 'Next' }).click();
	await expect(pager(page)).toContainText('21–40 of 46');
	await expect(links(page).first()).toHaveText('Complaint 20 about the ring road');
	await pager(page).getByRole('button', { name: 'Next' }).click();
	await expect(links(page)).toHaveCount(6);
	await expect(links(page).last()).toHaveText('Complaint 45 about the ring road');
});

test('turns to the page of an undated event selected elsewhere', async ({ page }) => {
	await open(page, '&event=complaint-30');
	const selected = undated(page).locator('a[aria-current="true"]');
	await expect(selected).toHaveText('Complaint 30 about the ring road');
	await expect(pager(page)).toContainText('21–40 of 46');
	// Selected in the full list, on the last page of the undated ones.
	await page
		.getByRole('region', { name: 'All events, in order' })
		.getByRole('link', { name: 'Complaint 42 about the ring road' })
		.click();
	await expect(selected).toHaveText('Complaint 42 about the ring road');
	await expect(pager(page)).toContainText('41–46 of 46');
});

test('turns its pages from the keyboard and selects with Enter', async ({ page }) => {
	await open(page);
	const next = pager(page).getByRole('button', { name: 'Next' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(pager(page)).toContainText('21–40 of 46');
	await expect(next).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(links(page).first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(links(page).first()).toHaveAttribute('aria-current', 'true');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Complaint 20 about the ring road' })
	).toBeVisible();
});
