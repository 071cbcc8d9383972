import type { Page } from '@playwright/test';
import { detailsHeading, range } from './locators';
import { open } from './ready';
import { expect, test } from './test';

test.use({ reducedMotion: 'reduce' });

/** Presses Tab (or Shift+Tab) until `found` holds for the focused element; fails after `limit`. */
async function tabTo(page: Page, found: () => Promise<boolean>, { back = false, limit = 60 } = {}) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		if (await found()) return;
	}
	throw new Error('never reached by Tab');
}

const focusedName = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
	});

/** Whether the focused element shows a focus ring (an outline, or the mark's outlined hit area). */
const ringShown = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as Element;
		const hit = el.querySelector('.hit');
		const style = getComputedStyle(hit ?? el);
		return hit
			? style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2
			: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
	});

test('every path works by keyboard alone, with a visible focus ring, and Tab is never trapped', async ({
	page
}) => {
	await open(page, '/');
	const shown = range(page);
	const details = detailsHeading(page);
	const live = page.locator('[aria-live="polite"]');

	// The skip link comes first and leads to the timeline.
	await page.keyboard.press('Tab');
	expect(await focusedName(page)).toBe('Skip to the timeline');
	expect(await ringShown(page)).toBe(true);

	// Reach the timeline: its one tab stop is an event mark.
	await tabTo(page, async () => (await page.locator('a[data-event]:focus').count()) === 1);
	expect(await ringShown(page)).toBe(true);
	expect(await focusedName(page)).toMatch(
		/^Two-year conflict between Israel and Hamas, about October 2023 to October 2025, 1 of 9$/
	);

	// Select, and hear it once in the polite live region.
	await page.keyboard.press('Enter');
	await expect(details).toHaveText('Two-year conflict between Israel and Hamas');
	await expect(live).toHaveText(
		'Two-year conflict between Israel and Hamas, about October 2023 to October 2025, 1 of 9'
	);

	// Move between events with ← → Home End: focus moves, Enter or Space selects.
	await page.keyboard.press('ArrowRight');
	expect(await focusedName(page)).toBe(
		'Putin and Netanyahu last spoke by phone, September 2025, 2 of 9'
	);
	await expect(details).toHaveText('Two-year conflict between Israel and Hamas');
	await page.keyboard.press('Enter');
	await expect(details).toHaveText('Putin and Netanyahu last spoke by phone');
	await expect(live).toHaveText('Putin and Netanyahu last spoke by phone, September 2025, 2 of 9');
	await page.keyboard.press('End');
	expect(await focusedName(page)).toMatch(
		/^Putin and Netanyahu speak by phone, Saturday 15 November 2025/
	);
	await page.keyboard.press('ArrowLeft');
	expect(await focusedName(page)).toMatch(/^Russia puts forward/);
	await page.keyboard.press(' ');
	await expect(details).toHaveText('Russia puts forward its own draft UN resolution on Gaza');
	await page.keyboard.press('Home');
	expect(await focusedName(page)).toMatch(/^Two-year conflict/);
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	await expect(details).toHaveText('Putin and Netanyahu speak by phone');

	// Zoom (+ − 0) and pan (Shift + arrows).
	const home = await shown.textContent();
	await page.keyboard.press('+');
	await expect(shown).not.toHaveText(home!);
	const zoomed = await shown.textContent();
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(shown).not.toHaveText(zoomed!);
	await page.keyboard.press('-');
	await page.keyboard.press('0');
	await expect(shown).toHaveText(home!);

	// Leave the timeline with Tab and reach the article's quoted passages.
	await tabTo(page, async () => (await page.locator('a.evidence:focus').count()) === 1);
	expect(await ringShown(page)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(details).toHaveText('Putin and Netanyahu speak by phone');
	// The next passage by Tab quotes two events: Enter lists them, a choice selects one and
	// focus goes back to the passage.
	await tabTo(page, async () =>
		(await focusedName(page)).includes('Putin and Netanyahu last spoke by phone')
	);
	const passage = await focusedName(page);
	await page.keyboard.press('Enter');
	await expect(page.locator('.choices')).toBeVisible();
	await expect(page.locator('.choices a:focus')).toHaveText(
		'Putin and Netanyahu last spoke by phone'
	);
	await page.keyboard.press('Enter');
	await expect(details).toHaveText('Putin and Netanyahu last spoke by phone');
	await expect(page.locator('.choices')).toHaveCount(0);
	expect(await focusedName(page)).toBe(passage);

	// A passage quoting four events: their list opens from its button and closes with Escape.
	await tabTo(page, async () => (await focusedName(page)).includes('4 events quote these words'));
	await page.keyboard.press('Enter');
	const choices = page.locator('.choices');
	await expect(choices).toBeVisible();
	await page.keyboard.press('Tab');
	expect(await focusedName(page)).toMatch(/Israel and Hamas agree|Two-year conflict/);
	await page.keyboard.press('Escape');
	await expect(choices).toHaveCount(0);
	expect(await focusedName(page)).toContain('events quote these words');

	// The rest of the page, to its end: Tab leaves the document, never trapped.
	await tabTo(
		page,
		async () =>
			page.evaluate(
				() => document.activeElement === document.body || document.activeElement === null
			),
		{ limit: 120 }
	);

	// The Embed dialog opens and closes by keyboard, giving focus back.
	await page.keyboard.press('Shift+Tab');
	await tabTo(page, async () => (await focusedName(page)) === 'Embed', { back: true, limit: 120 });
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(await focusedName(page)).toBe('Embed');
});

test('undated events and the plain list are reachable and selectable by keyboard', async ({
	page
}) => {
	await open(page, '/');
	await tabTo(page, async () =>
		(await focusedName(page)).startsWith('Trump rules out sending US troops to Gaza, Undated')
	);
	await page.keyboard.press('Enter');
	await expect(detailsHeading(page)).toHaveText('Trump rules out sending US troops to Gaza');
	await expect(page.locator('[aria-live="polite"]')).toHaveText(
		'Trump rules out sending US troops to Gaza, Undated, 8 of 9'
	);
});

test('zooming by keys keeps focus on the mark, even with nothing selected', async ({ page }) => {
	await open(page, '/');
	await tabTo(page, async () => (await page.locator('a[data-event]:focus').count()) === 1);
	const focused = await page.locator('a[data-event]:focus').getAttribute('data-event');
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect(page.locator(`a[data-event="${focused}"]`)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('a[data-event]:focus')).toHaveCount(1);
});
