import { card, cards, draftSeed, openEditor, saved } from './editor-steps';
import { expect, test } from './test';

test('the work comes back after a reload', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await card(page, 2).getByLabel('Title').fill('The previous call, in September');
	await card(page, 3).getByLabel('Include').uncheck();
	await saved(page);
	await page.reload();
	await expect(cards(page)).toHaveCount(4);
	await expect(card(page, 2).getByLabel('Title')).toHaveValue('The previous call, in September');
	await expect(card(page, 3).getByLabel('Include')).not.toBeChecked();
	await expect(page.getByLabel('Published')).toHaveValue('2025-11-15');
	await expect(page.getByText('All changes saved in this browser.')).toBeVisible();
});

test('"Start over" asks first, and only then clears the work', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await saved(page);
	await page.getByRole('button', { name: 'Start over' }).click();
	const dialog = page.getByRole('dialog', { name: 'Start over?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(cards(page)).toHaveCount(4);

	await page.getByRole('button', { name: 'Start over' }).click();
	await dialog.getByRole('button', { name: 'Start over' }).click();
	await expect(cards(page)).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue('');
	await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();
	await expect(page.getByText('Your work is saved in this browser as you go.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue('');
	await expect(cards(page)).toHaveCount(0);
});

test('drafting again asks before it replaces the events under review', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await card(page, 1).getByLabel('Title').fill('Edited');
	await page.getByRole('button', { name: 'Draft events' }).click();
	const dialog = page.getByRole('dialog', { name: 'Replace the events under review?' });
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(card(page, 1).getByLabel('Title')).toHaveValue('Edited');
	await page.getByRole('button', { name: 'Draft events' }).click();
	await dialog.getByRole('button', { name: 'Draft again' }).click();
	await expect(card(page, 1).getByLabel('Title')).not.toHaveValue('Edited');
	await expect(cards(page)).toHaveCount(4);
});

test.describe('two tabs', () => {
	test('a tab with nothing unsaved follows the other tab’s newer work', async ({ context }) => {
		const a = await context.newPage();
		const b = await context.newPage();
		await openEditor(a);
		await openEditor(b);
		await draftSeed(a);
		await card(a, 1).getByLabel('Title').fill('Written in tab A');
		await saved(a);
		await expect(card(b, 1).getByLabel('Title')).toHaveValue('Written in tab A');
		await expect(b.getByText('Updated with the newer work saved in another tab.')).toBeVisible();
	});

	/** Two tabs on the same work, the second with an edit it has not saved yet. */
	async function editingAtOnce(context: import('@playwright/test').BrowserContext) {
		const a = await context.newPage();
		await openEditor(a);
		await draftSeed(a);
		await saved(a);
		const b = await context.newPage();
		await openEditor(b);
		await expect(cards(b)).toHaveCount(4);
		// Tab B is busy: the timer that would save its edit never fires, so the edit waits
		// unsaved while tab A saves its own.
		await b.evaluate(() => {
			window.setTimeout = (() => 0) as unknown as typeof setTimeout;
		});
		await card(b, 1).getByLabel('Title').fill('Written in tab B');
		await card(a, 1).getByLabel('Title').fill('Written in tab A');
		await saved(a);
		const notice = b.getByRole('alert').filter({ hasText: 'This work was changed in another tab' });
		await expect(notice).toBeVisible();
		await expect(b.getByText('Not saved: another tab changed this work.')).toBeVisible();
		return { a, b, notice };
	}

	test('the second tab is told, and may load the newer work', async ({ context }) => {
		const { b, notice } = await editingAtOnce(context);
		await notice.getByRole('button', { name: 'Load the newer work' }).click();
		await expect(notice).toBeHidden();
		await expect(card(b, 1).getByLabel('Title')).toHaveValue('Written in tab A');
	});

	test('the second tab may keep its own work as a copy; neither is lost', async ({ context }) => {
		const { a, b, notice } = await editingAtOnce(context);
		await notice.getByRole('button', { name: 'Keep mine as a copy' }).click();
		await expect(notice).toBeHidden();
		await expect(b.getByText('(editing a saved copy)')).toBeVisible();
		await expect(card(b, 1).getByLabel('Title')).toHaveValue('Written in tab B');

		await a.reload();
		await expect(card(a, 1).getByLabel('Title')).toHaveValue('Written in tab A');
		await a.getByText('Saved copies (1)').click();
		await a.getByRole('button', { name: 'Open this copy' }).click();
		await expect(card(a, 1).getByLabel('Title')).toHaveValue('Written in tab B');
		await a.getByRole('button', { name: 'Open the main work' }).click();
		await expect(card(a, 1).getByLabel('Title')).toHaveValue('Written in tab A');
	});
});
