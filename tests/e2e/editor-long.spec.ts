import { cards, openEditor, SEED_ARTICLE } from './editor-steps';
import { expect, test } from './test';

/** About 1 MB of news text: the seed article, again and again. */
const LONG = Array.from(
	{ length: Math.ceil(1_000_000 / SEED_ARTICLE.length) },
	() => SEED_ARTICLE
).join('\n\n');

test('a 1 MB article drafts in a worker, with its progress shown, the page answering meanwhile', async ({
	page
}) => {
	test.slow();
	await openEditor(page);
	await page.getByRole('textbox', { name: 'Article text' }).fill(LONG);
	await page.getByLabel('Published').fill('2025-11-15');
	// Every value the progress bar takes, however quickly the worker reports.
	await page.evaluate(() => {
		const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
		new MutationObserver((records) => {
			for (const record of records)
				if (record.target instanceof HTMLProgressElement) seen.push(record.target.value);
		}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'] });
	});
	await page.getByRole('button', { name: 'Draft events' }).click();
	const progress = page.getByRole('progressbar', { name: /^Drafting 1\.0 MB of text… \d+ %/ });
	await expect(progress).toBeVisible();
	// The page draws frames and takes input while the worker drafts.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
	await page.getByLabel('Publisher').fill('Wire');
	await expect(page.getByLabel('Publisher')).toHaveValue('Wire');
	await expect(page.getByText(/^Drafted [\d,]+ events: review them below\.$/)).toBeVisible({
		timeout: 60_000
	});
	await expect(progress).toBeHidden();
	// The bar moved through the text, not only from empty to full.
	const seen = await page.evaluate(
		() => (window as unknown as { progressSeen: number[] }).progressSeen
	);
	expect(seen.filter((value) => value > 0 && value < 1).length).toBeGreaterThan(2);
	const count = Number(
		(await page.getByText(/^Drafted \d+ events/).textContent())!.match(/\d+/)![0]
	);
	expect(count).toBeGreaterThan(1000);
	// A long draft is drawn a hundred events at a time.
	await expect(cards(page)).toHaveCount(100);
	await page.getByRole('button', { name: /^Show 100 more of/ }).click();
	await expect(cards(page)).toHaveCount(200);
});

test('drafting can be cancelled', async ({ page }) => {
	await openEditor(page);
	await page.getByRole('textbox', { name: 'Article text' }).fill(LONG);
	await page.getByLabel('Published').fill('2025-11-15');
	await page.getByRole('button', { name: 'Draft events' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Drafting was cancelled.')).toBeVisible();
	await expect(page.getByRole('progressbar')).toBeHidden();
	await expect(cards(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Draft events' })).toBeEnabled();
});
