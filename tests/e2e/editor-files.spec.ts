import { readFileSync } from 'node:fs';
import { FIXTURES } from '../../playwright.config';
import {
	card,
	cards,
	downloaded,
	draftSeed,
	editorFixture,
	openEditor,
	SEED_ARTICLE
} from './editor-steps';
import { expect, test } from './test';
import type { Page } from '@playwright/test';

const unknownFields = readFileSync(editorFixture('unknown-fields.json'), 'utf8');

async function choose(page: Page, button: string, file: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: button }).click();
	await (await chooser).setFiles(file);
}

test('opens a .txt article, then drafts it', async ({ page }) => {
	await openEditor(page);
	await choose(page, 'Open a .txt file', editorFixture('../draft/seed-article.txt'));
	await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(SEED_ARTICLE);
	await page.getByLabel('Published').fill('2025-11-15');
	await page.getByRole('button', { name: 'Draft events' }).click();
	await expect(cards(page)).toHaveCount(4);
});

test('opens an events.json, edits it, and writes back the fields it does not know', async ({
	page
}) => {
	await openEditor(page);
	await choose(page, 'Open an events.json', editorFixture('unknown-fields.json'));
	await expect(cards(page)).toHaveCount(9);
	await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(
		JSON.parse(unknownFields).sources[0].text
	);
	await card(page, 2).getByLabel('Title').fill('Renamed');
	const text = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download events.json' }).click()
	);
	const expected = JSON.parse(unknownFields);
	expected.events[1].title = 'Renamed';
	expect(JSON.parse(text)).toEqual(expected);
});

test('opens an events.json dropped on the page', async ({ page }) => {
	await openEditor(page);
	const dataTransfer = await page.evaluateHandle((text) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
		return transfer;
	}, unknownFields);
	await page.locator('.editor').dispatchEvent('drop', { dataTransfer });
	await expect(cards(page)).toHaveCount(9);
	await expect(page.getByText('Opened dropped.json: 9 events.')).toBeVisible();
});

test('opens the events.json of /draft?src=', async ({ page }) => {
	await openEditor(
		page,
		`/draft?src=${encodeURIComponent(`${FIXTURES}/editor/unknown-fields.json`)}`
	);
	await expect(cards(page)).toHaveCount(9);
	await expect(card(page, 1).getByLabel('Date')).toHaveValue(
		JSON.parse(unknownFields).events[0].date
	);
});

test('asks before a file replaces the events under review', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await choose(page, 'Open an events.json', editorFixture('unknown-fields.json'));
	const dialog = page.getByRole('dialog', { name: 'Replace the work under review?' });
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(cards(page)).toHaveCount(4);
	await choose(page, 'Open an events.json', editorFixture('unknown-fields.json'));
	await dialog.getByRole('button', { name: 'Open it' }).click();
	await expect(cards(page)).toHaveCount(9);
});

test.describe('bad input gets a clear message and keeps the work', () => {
	test('empty text, and a missing publication date', async ({ page }) => {
		await openEditor(page);
		await page.getByRole('button', { name: 'Draft events' }).click();
		await expect(page.getByRole('alert')).toContainText('The article text is empty');
		await page.getByRole('textbox', { name: 'Article text' }).fill(SEED_ARTICLE);
		await page.getByRole('button', { name: 'Draft events' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Published: enter the day the article was published.'
		);
		await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(SEED_ARTICLE);
	});

	test('text over the limit', async ({ page }) => {
		await openEditor(page);
		await page
			.getByRole('textbox', { name: 'Article text' })
			.evaluate((area: HTMLTextAreaElement) => {
				area.value = 'a'.repeat(20_000_001);
				area.dispatchEvent(new Event('input', { bubbles: true }));
			});
		await page.getByLabel('Published').fill('2025-11-15');
		await page.getByRole('button', { name: 'Draft events' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'The article text is 20,000,001 characters long; at most 20,000,000 can be drafted.'
		);
		// Far beyond what the browser keeps for a site: the page says it could not save.
		await expect(page.getByText(/^Not saved: the browser refused to save it/)).toBeVisible();
	});

	for (const [file, message] of [
		['photo.png', 'photo.png is a binary file, not text'],
		['latin1.txt', 'latin1.txt is not UTF-8 text']
	] as const)
		test(`a file that is not UTF-8 text: ${file}`, async ({ page }) => {
			await openEditor(page);
			await draftSeed(page);
			await choose(page, 'Open a .txt file', editorFixture(file));
			await expect(page.getByRole('alert')).toContainText(message);
			await expect(cards(page)).toHaveCount(4);
			await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(SEED_ARTICLE);
		});

	test('JSON that is not an events.json: its problems by path', async ({ page }) => {
		await openEditor(page);
		await draftSeed(page);
		await choose(page, 'Open an events.json', editorFixture('not-events.json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'not-events.json is not an events.json that Sourceline can read.'
		);
		await expect(alert.getByRole('listitem')).toHaveText([
			'title: is required',
			'sources: is required',
			'events: must be an array, not a string'
		]);
		await expect(cards(page)).toHaveCount(4);
	});

	test('a file that is not JSON', async ({ page }) => {
		await openEditor(page);
		await choose(page, 'Open an events.json', editorFixture('broken.json'));
		await expect(page.getByRole('alert')).toContainText('broken.json is not JSON');
	});

	test('a ?src= address that answers 404', async ({ page }) => {
		await openEditor(page, `/draft?src=${encodeURIComponent(`${FIXTURES}/editor/missing.json`)}`);
		await expect(page.getByRole('alert')).toContainText(
			/missing\.json could not be opened \(127\.0\.0\.1:4174 answered 404\)/
		);
	});
});
