import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from './test';

export const SEED_ARTICLE = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'draft', 'seed-article.txt'),
	'utf8'
);
export const editorFixture = (name: string) =>
	join(import.meta.dirname, '..', 'fixtures', 'editor', name);

/** Opens the editor and waits until it has come to life (it saves from then on). */
export async function openEditor(page: Page, url = '/draft'): Promise<void> {
	await page.goto(url);
	await expect(page.getByText(/saved in this browser|Saving|Not saved/).first()).toBeVisible();
}

/** The list's card of an event, by its number ("Event 2"). */
export const card = (page: Page, number: number): Locator =>
	page.getByRole('group', { name: `Event ${number}`, exact: true });

export const cards = (page: Page): Locator => page.locator('li.card');

/** Pastes the seed article with its date and drafts it, waiting for its four events. */
export async function draftSeed(page: Page): Promise<void> {
	await page.getByLabel('Article text').fill(SEED_ARTICLE);
	await page.getByLabel('Published').fill('2025-11-15');
	await page.getByLabel('Title', { exact: true }).first().fill('Russia counters US draft');
	await page.getByRole('button', { name: 'Draft events' }).click();
	await expect(page.getByText('Drafted 4 events: review them below.')).toBeVisible();
}

/** Waits until every change has been saved in the browser. */
export async function saved(page: Page): Promise<void> {
	await expect(page.getByText('All changes saved in this browser.')).toBeVisible();
}

/** Selects, in the article panel, the words given (their first occurrence). */
export async function selectInArticle(page: Page, words: string): Promise<void> {
	const found = await page.evaluate((words) => {
		const root = document.querySelector('.article-panel');
		if (!root) return false;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		// The words may run across several marked pieces: find them in the joined text.
		const nodes: Text[] = [];
		let text = '';
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			nodes.push(node as Text);
			text += node.nodeValue;
		}
		const at = text.indexOf(words);
		if (at === -1) return false;
		const point = (index: number): [Text, number] => {
			let seen = 0;
			for (const node of nodes) {
				const length = node.nodeValue!.length;
				if (index <= seen + length) return [node, index - seen];
				seen += length;
			}
			return [nodes.at(-1)!, nodes.at(-1)!.nodeValue!.length];
		};
		const range = document.createRange();
		range.setStart(...point(at));
		range.setEnd(...point(at + words.length));
		const selection = getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		return true;
	}, words);
	expect(found, `"${words}" in the article panel`).toBe(true);
}

/** The text of a download. */
export async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
	const download = page.waitForEvent('download');
	await click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('events.json');
	return readFileSync((await file.path())!, 'utf8');
}
