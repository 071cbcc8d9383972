import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { detailsHeading, drawing, mark } from './locators';
import valid from '../fixtures/valid.json' with { type: 'json' };

// A date no time scale reaches (EDTF Y170000002) is valid: it is listed beside the
// drawing with its date in words, and the drawing of the other events is unharmed.

const quote = 'Residents had complained for months about traffic on the ring road.';
const timeline = {
	...valid,
	events: [
		...valid.events,
		{
			id: 'far-future',
			title: 'Ring road outlasts the harbour',
			date: 'Y170000002',
			evidence: [{ source: 'bridge', quote }]
		},
		{
			id: 'far-past',
			title: 'Bedrock under the ring road forms',
			date: 'Y-170000002~',
			evidence: [{ source: 'bridge', quote }]
		}
	]
};
const address = `${FIXTURES}/beyond-range.json`;

const beyond = (page: Page) =>
	page.getByRole('complementary').filter({
		has: page.getByRole('heading', { name: 'Dated beyond the range the timeline can draw' })
	});

async function open(page: Page, query = '') {
	await page.route(address, (route) =>
		route.fulfill({ json: timeline, headers: { 'access-control-allow-origin': '*' } })
	);
	await page.goto(`/?src=${encodeURIComponent(address)}${query}`);
	await expect(beyond(page)).toBeVisible();
}

test('lists events dated beyond the drawable range, earliest first, with their dates in words', async ({
	page
}) => {
	await open(page);
	const links = beyond(page)
		.getByRole('heading', { name: 'Dated beyond the range the timeline can draw' })
		.locator('+ ul')
		.getByRole('link');
	await expect(links).toHaveCount(2);
	await expect(links.first()).toContainText('Bedrock under the ring road forms');
	await expect(links.first()).toContainText('about 170,000,003 BC');
	await expect(links.last()).toContainText('170,000,002');
	// The events the timeline can draw are drawn as before; these two are not among the marks.
	await expect(drawing(page)).toHaveAccessibleName(/^3 dated events$/);
	await expect(mark(page, /^Harbour bridge reopens to traffic, /)).toBeVisible();
	await expect(mark(page, /^Ring road outlasts/)).toHaveCount(0);
	await links.last().click();
	await expect(detailsHeading(page)).toHaveText('Ring road outlasts the harbour');
	await expect(links.last()).toHaveAttribute('aria-current', 'true');
});
