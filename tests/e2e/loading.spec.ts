import { FIXTURES } from '../../playwright.config';
import { expect, test } from './test';

/** Titles of the default timeline (tests/fixtures/seed.json) that valid.json does not have. */
const DEFAULT_TITLES = [
	'Putin and Netanyahu last spoke by phone',
	'Two-year conflict between Israel and Hamas',
	'Putin–Netanyahu call and the rival UN Gaza drafts, November 2025'
];

for (const [what, src] of [
	['a file', `${FIXTURES}/valid.json`],
	['an address it cannot read', 'ftp://127.0.0.1/events.json']
] as const)
	test(`a ?src= page for ${what} never shows the default timeline, even when its scripts come late`, async ({
		page
	}) => {
		// Records whether a default title is ever shown: checked on every change to the page,
		// including the class that hides it.
		await page.addInitScript((titles) => {
			const shown: string[] = [];
			Object.assign(window, { shown });
			const check = () => {
				const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					const title = titles.find((t) => text.includes(t));
					const parent = node.parentElement;
					if (
						title &&
						parent &&
						!parent.closest('head') &&
						parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })
					)
						shown.push(title);
				}
			};
			Object.assign(window, { checkShown: check });
			new MutationObserver(check).observe(document, {
				subtree: true,
				childList: true,
				attributes: true,
				characterData: true
			});
		}, DEFAULT_TITLES);
		const shown = () => page.evaluate(() => (window as unknown as { shown: string[] }).shown);

		// The app's scripts are held back while the page's own timers run far ahead: a slow
		// network, or a busy phone.
		let release!: () => void;
		const released = new Promise<void>((done) => (release = done));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await released;
			await route.continue();
		});
		await page.clock.install();
		await page.goto(`/?src=${encodeURIComponent(src)}`, {
			waitUntil: 'domcontentloaded'
		});
		await expect(page.locator('h1')).toHaveCount(1);
		await page.clock.runFor(30_000);
		await page.evaluate(() => (window as unknown as { checkShown: () => void }).checkShown());
		expect(await shown()).toEqual([]);

		release();
		if (what === 'a file') {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Eastgate harbour bridge repairs'
			);
			await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
		} else await expect(page.getByRole('alert')).toContainText('http');
		expect(await shown()).toEqual([]);
	});

test('a page in another language without ?src= is shown at last if its scripts never come', async ({
	page
}) => {
	// Held for good: the app never starts.
	await page.route('**/_app/immutable/**/*.js', () => new Promise(() => {}));
	await page.clock.install();
	await page.goto('/?lang=de', { waitUntil: 'domcontentloaded' });
	await page.clock.runFor(5_000);
	// The default timeline, in English, rather than a blank page.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
