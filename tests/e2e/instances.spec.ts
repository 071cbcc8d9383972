import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';

// Two <sourceline-timeline> elements on one host page (tests/fixtures/host-element.html):
// each keeps its own ids, and every reference by id finds its target in its own tree.

const timelines = (page: Page) => page.locator('sourceline-timeline');

async function twoTimelines(page: Page) {
	await page.goto(
		`${FIXTURES}/host-element.html?src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`
	);
	await page.evaluate((src) => {
		const second = document.createElement('sourceline-timeline');
		second.setAttribute('src', src);
		second.setAttribute('event', 'repair-work');
		document.getElementById('slot')!.append(second);
	}, `${FIXTURES}/crowded.json`);
	await expect(timelines(page)).toHaveCount(2);
	for (const element of await timelines(page).all()) {
		await expect(element.getByRole('group', { name: /dated events?$/ })).toBeVisible();
		// Everything that carries ids drawn: a selected event, the article, the list.
		await element.locator('[data-event]').first().click();
		await element.getByText(/^All \d+ events as a list$/).click();
		await expect(element.getByRole('heading', { name: 'All events, in order' })).toBeVisible();
		await expect(element.locator('article.source')).toBeVisible();
	}
}

test('two timelines on one page share no id', async ({ page }) => {
	await twoTimelines(page);
	const ids = await timelines(page).evaluateAll((elements) =>
		elements.map((element) =>
			// Not the <style> elements Svelte names by their stylesheet's hash, one copy per root.
			[...element.shadowRoot!.querySelectorAll(':not(style)[id]')].map((node) => node.id)
		)
	);
	expect(ids).toHaveLength(2);
	for (const own of ids) {
		expect(own.length).toBeGreaterThan(5);
		expect(new Set(own).size).toBe(own.length);
	}
	const [first, second] = ids as [string[], string[]];
	expect(first.filter((id) => second.includes(id))).toEqual([]);
});

test('every reference by id resolves inside its own timeline', async ({ page }) => {
	await twoTimelines(page);
	// Open a passage's list of events where one is quoted by several, for aria-controls.
	const references = await timelines(page).evaluateAll((elements) =>
		elements.map((element) => {
			const root = element.shadowRoot!;
			const found: { from: string; id: string; resolves: boolean }[] = [];
			const check = (from: string, id: string) =>
				found.push({ from, id, resolves: root.getElementById(id) !== null });
			for (const node of root.querySelectorAll('*')) {
				for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'])
					for (const id of node.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? [])
						check(`${node.localName}[${name}]`, id);
				for (const name of ['fill', 'mask'])
					for (const [, id] of (node.getAttribute(name) ?? '').matchAll(/url\(#([^)]+)\)/g))
						check(`${node.localName}[${name}]`, id!);
			}
			return found;
		})
	);
	for (const found of references) {
		expect(found.map((r) => r.from)).toEqual(
			expect.arrayContaining([
				'section[aria-labelledby]',
				'svg[aria-describedby]',
				'article[aria-labelledby]',
				'rect[fill]'
			])
		);
		expect(found.filter((r) => !r.resolves)).toEqual([]);
	}
});
