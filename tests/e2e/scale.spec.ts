import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { crowded, detailsHeading, drawing, list, range, timeline } from './locators';
import { open } from './ready';
import { expect, test } from './test';

/** The benchmark's seeded timeline of 10,000 events, all quoting one generated corpus. */
const big = (query = '') =>
	`/?src=${encodeURIComponent(`${FIXTURES}/generated/timeline-10000.json`)}${query}`;

test.use({ reducedMotion: 'reduce' });

const focusedName = (page: Page) =>
	page.evaluate(() => document.activeElement?.querySelector('title')?.textContent ?? '');

test.describe('a timeline of 10,000 events', () => {
	test('draws a bounded page: some marks, one page of the list, one part of the text', async ({
		page
	}) => {
		await open(page, big());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Synthetic timeline of 10,000 events'
		);
		const marks = drawing(page).getByRole('link');
		await expect(marks.first()).toBeVisible();
		expect(await marks.count()).toBeLessThan(120);
		// The rest are gathered where they fall: the counts add up to every event.
		const counts = await crowded(page).allTextContents();
		const gathered = counts.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
		expect(gathered + (await marks.count())).toBe(10_000);
		await expect(page.locator('.density')).toHaveAttribute('d', /^M/);

		const all = list(page);
		await expect(all.getByRole('listitem')).toHaveCount(50);
		await expect(all.getByText('Events 1–50 of 10,000').first()).toBeVisible();
		await expect(page.getByText(/^Part 1 of \d+$/).first()).toBeVisible();
		expect(await page.locator('a.evidence').count()).toBeLessThanOrEqual(150);
		expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(5_000);
	});

	test('a deep link turns the list and the text to the selected event', async ({ page }) => {
		await open(page, big('&event=event-7777'));
		await expect(detailsHeading(page)).toHaveText(/, report 7777$/);
		const item = page.locator('#event-event-7777');
		await expect(item).toHaveClass(/selected/);
		await expect(item.getByRole('link')).toHaveAttribute('aria-current', 'true');
		await expect(page.locator('a.evidence mark')).toHaveText(/^Report 7777: /);
		await expect(timeline(page).locator('[data-event="event-7777"]')).toBeVisible();
	});

	test('the list pages forwards and back, and to either end', async ({ page }) => {
		await open(page, big());
		const all = list(page);
		const pager = all.getByRole('navigation', { name: 'Pages of events', exact: true });
		await pager.getByRole('button', { name: 'Next' }).click();
		await expect(pager).toContainText('Events 51–100 of 10,000');
		await expect(all.getByRole('list')).toHaveAttribute('start', '51');
		await pager.getByRole('button', { name: 'Last' }).click();
		await expect(pager).toContainText('Events 9,951–10,000 of 10,000');
		await expect(pager.getByRole('button', { name: 'Next' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		// A button that leads nowhere says so and keeps focus, doing nothing.
		await pager.getByRole('button', { name: 'Next' }).press('Enter');
		await expect(pager.getByRole('button', { name: 'Next' })).toBeFocused();
		await expect(pager).toContainText('Events 9,951–10,000 of 10,000');
		await pager.getByRole('button', { name: 'First' }).click();
		await expect(pager).toContainText('Events 1–50 of 10,000');
	});

	test('every event is reachable by keyboard, from the first to the last', async ({ page }) => {
		// Until this file is drawn, the page still holds the default timeline, hidden.
		await open(page, big());
		await drawing(page).locator('a[tabindex="0"]').focus();
		await page.keyboard.press('End');
		await expect.poll(() => focusedName(page)).toMatch(/, 10,000 of 10,000$/);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => focusedName(page)).toMatch(/, 9,999 of 10,000$/);
		await page.keyboard.press('Home');
		await expect.poll(() => focusedName(page)).toMatch(/, 1 of 10,000$/);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => focusedName(page)).toMatch(/, 2 of 10,000$/);
		await page.keyboard.press('Enter');
		const chosen = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
		await expect(page.locator(`#event-${chosen}`)).toHaveClass(/selected/);
	});

	test('a sentence on a later part of the text selects its event', async ({ page }) => {
		await open(page, big());
		const text = page.getByRole('article');
		const pager = text.getByRole('navigation').first();
		await pager.getByRole('button', { name: 'Later text →' }).click();
		await expect(pager).toContainText('Part 2 of');
		const passage = text.locator('a.evidence').nth(3);
		const words = (await passage.textContent())!;
		const report = words.match(/^Report (\d+):/)![1];
		await passage.click();
		await expect(detailsHeading(page)).toHaveText(new RegExp(`, report ${report}$`));
		await expect(timeline(page).locator(`[data-event="event-${report}"]`)).toBeVisible();
		await expect(text.locator('a.evidence mark')).toHaveText(new RegExp(`^Report ${report}: `));
		await expect(pager).toContainText('Part 2 of');
	});

	test('on a phone every +N button stays inside the drawing', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await open(page, big());
		const viewport = (await drawing(page).boundingBox())!;
		const buttons = crowded(page);
		await expect(buttons.first()).toBeVisible();
		for (const button of await buttons.all()) {
			const box = (await button.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(viewport.x);
			expect(box.x + box.width).toBeLessThanOrEqual(viewport.x + viewport.width);
		}
	});

	test('a crowded group zooms in where its events lie', async ({ page }) => {
		// Read the range of this timeline, not of the default one the page starts with.
		await open(page, big());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Synthetic timeline of 10,000 events'
		);
		const shown = range(page);
		const before = await shown.textContent();
		// A screen reader hears "Showing 5 Oct 1994 – …", with its space.
		expect(before).toMatch(/^Showing \d/);
		const group = crowded(page).first();
		await expect(group).toHaveText(/^\+[\d,]+$/);
		await expect(group).toHaveAccessibleName(/^[\d,]+ more events, \d.* – .*\d: zoom in$/);
		const count = Number((await group.textContent())!.replace(/\D/g, ''));
		await group.click();
		await expect(shown).not.toHaveText(before!);
		// It zooms, not only pans: the visible stretch of time is at least five times shorter.
		const days = (text: string) => {
			const [a, b] = text
				.replace(/\s+/g, ' ')
				.trim()
				.replace(/^Showing\s*/, '')
				.split(' – ');
			return (Date.parse(`${b} UTC`) - Date.parse(`${a} UTC`)) / 86_400_000;
		};
		expect(days((await shown.textContent())!) * 5).toBeLessThan(days(before!));
		const after = await crowded(page).allTextContents();
		expect(Math.max(...after.map((t) => Number(t.replace(/\D/g, ''))))).toBeLessThan(count);
	});
});
