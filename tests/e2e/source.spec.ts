import { FIXTURES } from '../../playwright.config';
import { crowded, detailsHeading, mark, timeline } from './locators';
import { expect, test } from './test';

const src = (file: string) => `/?src=${encodeURIComponent(`${FIXTURES}/${file}`)}`;

test.describe('?src= loads another events.json', () => {
	test('a valid file from another address becomes the timeline, and names its host', async ({
		page
	}) => {
		await page.goto(src('valid.json'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Eastgate harbour bridge repairs'
		);
		await expect(page.getByText('Data from 127.0.0.1:4174')).toBeVisible();
		await expect(
			mark(page, /Harbour bridge reopens to traffic, Monday 10 March 2025/)
		).toBeVisible();
		await expect(
			page.getByRole('link', { name: /Second phase: cycle lanes, from June 2025, uncertain on/ })
		).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('keeps ?src= in deep links and selects the linked event', async ({ page }) => {
		await page.goto(`${src('valid.json')}&event=repair-work`);
		await expect(detailsHeading(page)).toHaveText('Repair work on the bridge deck');
		await mark(page, /Harbour bridge reopens/).click();
		await expect(page).toHaveURL(/src=.*valid\.json.*event=bridge-reopens/);
	});

	test('links each quote to the original page with a text fragment', async ({ page }) => {
		await page.goto(`${src('valid.json')}&event=contractor-dispute`);
		const link = page.getByRole('link', { name: /Open at the original/ });
		await expect(link).toHaveAttribute(
			'href',
			'https://news.example/bridge-reopens#:~:text=Officials%20said%20the%20re%2Dopening%20had%20been,with%20the%20contractor%20over%20steel%20prices.'
		);
	});

	test('a file with some broken events shows the good ones and lists what was skipped', async ({
		page
	}) => {
		await page.goto(src('partial.json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('in this file: what each one touches is left out');
		await expect(alert).toContainText(
			'events[1].date (id "repair-work", "Repair work on the bridge deck"): "2025-02-30" is not a real day'
		);
		await expect(alert).toContainText(
			'events[3].evidence[0].quote (id "contractor-dispute", "Dispute with the contractor over steel prices"): not found in source "bridge"'
		);
		await expect(
			page.getByRole('link', { name: /Harbour bridge reopens to traffic, Monday/ })
		).toBeVisible();
		await expect(page.getByRole('link', { name: /Repair work/ })).toHaveCount(0);
	});

	test('an unusable file shows every problem by path, not a blank page', async ({ page }) => {
		await page.goto(src('unusable.json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('not a usable timeline');
		await expect(alert).toContainText('title: must be a string, not a number');
		await expect(alert).toContainText('events: must be an array, not a string');
		await expect(page.getByRole('link', { name: 'Back to the default timeline' })).toBeVisible();
	});

	for (const [file, message] of [
		['not-json.txt', 'not JSON'],
		['missing.json', '404'],
		['javascript:alert(1)', 'only http and https']
	] as const) {
		test(`says why nothing loaded: ${message}`, async ({ page }) => {
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs++;
				void dialog.dismiss();
			});
			await page.goto(file.includes(':') ? `/?src=${encodeURIComponent(file)}` : src(file));
			await expect(page.getByRole('alert')).toContainText(message);
			expect(dialogs).toBe(0);
		});
	}
});

test('events with no room in the lanes are listed, and every one is reachable by keyboard', async ({
	page
}) => {
	await page.goto(src('crowded.json'));
	const region = timeline(page);
	const more = crowded(page);
	await expect(more).toHaveText(/^\+\d+/);
	await more.click();
	// The list it opens has one row per event, each on its own line.
	const rows = await region
		.locator('.group a')
		.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
	expect(rows.length).toBeGreaterThan(1);
	expect(new Set(rows.map(Math.round)).size).toBe(rows.length);
	await region.getByRole('link', { name: /^Council meeting 12,/ }).click();
	await expect(detailsHeading(page)).toHaveText('Council meeting 12');
	// The selected event is always drawn, so the arrow keys walk through all twelve.
	const first = region.getByRole('link', { name: /^Council meeting 1,/ });
	await expect(region.getByRole('link', { name: /^Council meeting 12,/ })).toBeFocused();
	await page.keyboard.press('Home');
	await expect(first).toBeFocused();
	for (let i = 2; i <= 12; i++) {
		await page.keyboard.press('ArrowRight');
		await expect(
			region.getByRole('link', { name: new RegExp(`^Council meeting ${i},`) })
		).toBeFocused();
	}
});
