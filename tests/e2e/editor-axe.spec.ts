import { axeViolations } from './axe';
import { card, draftSeed, editorFixture, openEditor } from './editor-steps';
import { expect, test } from './test';

// axe is injected as a script; the page's Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const sizes = [
	['narrow', 360],
	['wide', 1280]
] as const;

for (const scheme of ['light', 'dark'] as const)
	for (const [size, width] of sizes)
		test.describe(`editor, axe, ${scheme}, ${size}`, () => {
			test.use({ colorScheme: scheme, viewport: { width, height: 900 } });

			test('empty, then with drafts and the preview', async ({ page }) => {
				await openEditor(page);
				expect(await axeViolations(page)).toEqual([]);
				await draftSeed(page);
				await expect(page.locator('.details h2')).not.toHaveText('Choose an event');
				expect(await axeViolations(page)).toEqual([]);
			});

			test('with errors shown', async ({ page }) => {
				await openEditor(page);
				await draftSeed(page);
				await card(page, 2).getByLabel('Date').fill('2025-13');
				await card(page, 3).getByLabel('Title').fill('');
				await page.getByRole('button', { name: 'Download events.json' }).click();
				await expect(page.getByRole('alert').filter({ hasText: 'not downloaded' })).toBeVisible();
				const chooser = page.waitForEvent('filechooser');
				await page.getByRole('button', { name: 'Open an events.json' }).click();
				await (await chooser).setFiles(editorFixture('not-events.json'));
				await expect(
					page.getByRole('alert').filter({ hasText: 'not an events.json' })
				).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});

			test('with a question asked', async ({ page }) => {
				await openEditor(page);
				await draftSeed(page);
				await page.getByRole('button', { name: 'Start over' }).click();
				await expect(page.getByRole('dialog')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});
		});

test('axe: another tab’s newer work, and the copies', async ({ context }) => {
	const a = await context.newPage();
	await openEditor(a);
	await draftSeed(a);
	const b = await context.newPage();
	await openEditor(b);
	// Tab B's save timer never fires, so its edit waits unsaved; axe needs timers back.
	const timers = await b.evaluateHandle(() => {
		const original = window.setTimeout;
		window.setTimeout = (() => 0) as unknown as typeof setTimeout;
		return () => (window.setTimeout = original);
	});
	await card(b, 1).getByLabel('Title').fill('B');
	await card(a, 1).getByLabel('Title').fill('A');
	const notice = b.getByRole('alert').filter({ hasText: 'changed in another tab' });
	await expect(notice).toBeVisible();
	await timers.evaluate((restore) => restore());
	expect(await axeViolations(b)).toEqual([]);
	await notice.getByRole('button', { name: 'Keep mine as a copy' }).click();
	await b.getByText('Saved copies (1)').click();
	expect(await axeViolations(b)).toEqual([]);
});
