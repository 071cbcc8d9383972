import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { axeViolations } from './axe';
import { detailsHeading } from './locators';
import { expect, test } from './test';

// Fixture events (tests/fixtures/valid.json): "bridge-reopens" is dated 2025-03-10, a
// Monday, the second of four events in time order.
const src = `src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`;
const bridge = /^Harbour bridge reopens to traffic/;

const dateLine = (page: Page) => page.locator('.details .date');

test.describe('the explorer in the reader’s language', () => {
	test('?lang=de writes dates and the interface in German, and says so in <html lang>', async ({
		page
	}) => {
		await page.goto(`/?lang=de&${src}&event=bridge-reopens`);
		await expect(detailsHeading(page)).toHaveText(bridge);
		await expect(dateLine(page)).toHaveText('Montag, 10. März 2025');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		const timeline = page.getByRole('region', { name: 'Zeitleiste' });
		await expect(timeline.getByRole('button', { name: 'Vergrößern' })).toBeVisible();
		await expect(timeline.getByRole('button', { name: 'Alles zeigen' })).toBeVisible();
		// A mark's name is said in German: title, date in words, place.
		await expect(
			timeline.getByRole('link', {
				name: 'Harbour bridge reopens to traffic, Montag, 10. März 2025, 2 von 4'
			})
		).toBeVisible();
		// The approximate, open-ended and interval dates too.
		await expect(timeline.getByRole('link', { name: /Cycle|cycle/ })).toHaveAccessibleName(
			/ab Juni 2025, unsicher/
		);
		// The visible range, in German short dates: "Zu sehen: 3. Feb. 2023 – 9. Aug. 2025".
		await expect(page.locator('.range')).toHaveText(
			/^Zu sehen: \d{1,2}\. \S+ \d{4} – \d{1,2}\. \S+ \d{4}$/
		);
	});

	test('?lang=fr writes dates in French and keeps the interface in English', async ({ page }) => {
		await page.goto(`/?lang=fr&${src}&event=bridge-reopens`);
		await expect(dateLine(page)).toHaveText('lundi 10 mars 2025');
		await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
		// The words are English, so is <html lang>.
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('?lang=en and a language date-fns does not know stay English', async ({ page }) => {
		for (const lang of ['en', 'xx', 'not a tag!']) {
			await page.goto(`/?lang=${encodeURIComponent(lang)}&${src}&event=bridge-reopens`);
			await expect(dateLine(page)).toHaveText('Monday 10 March 2025');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		}
	});

	test.describe('with a German browser', () => {
		test.use({ locale: 'de-DE' });

		test('follows the browser language without ?lang=', async ({ page }) => {
			await page.goto(`/?${src}&event=bridge-reopens`);
			await expect(dateLine(page)).toHaveText('Montag, 10. März 2025');
			await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
		});

		test('?lang= wins over the browser language', async ({ page }) => {
			await page.goto(`/?lang=en&${src}&event=bridge-reopens`);
			await expect(dateLine(page)).toHaveText('Monday 10 March 2025');
		});
	});

	test('the prerendered English page never shows while German loads', async ({ page }) => {
		// Every frame until the German heading is in, note whether the English one is on screen.
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { englishSeen: seen });
			const look = () => {
				const heading = document.querySelector<HTMLElement>('[id$="-timeline-heading"]');
				if (
					heading?.textContent === 'Timeline' &&
					heading.checkVisibility({ visibilityProperty: true })
				)
					seen.push(`${performance.now()}`);
				if (heading?.textContent !== 'Zeitleiste') requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		await page.goto('/?lang=de');
		await expect(page.getByRole('heading', { name: 'Zeitleiste' })).toBeVisible();
		const seen = await page.evaluate(
			() => (window as unknown as { englishSeen: string[] }).englishSeen
		);
		expect(seen).toEqual([]);
	});

	test.describe('checked by axe', () => {
		// axe is injected as a script; the page's Content-Security-Policy would refuse it.
		test.use({ bypassCSP: true });

		test('no violation in German', async ({ page }) => {
			await page.goto(`/?lang=de&${src}&event=bridge-reopens`);
			await expect(dateLine(page)).toHaveText('Montag, 10. März 2025');
			expect(await axeViolations(page)).toEqual([]);
		});
	});
});

test.describe('the embed and the element in the reader’s language', () => {
	test('/embed?lang=de is German, and fetches only the German locale', async ({ page }) => {
		const locales: string[] = [];
		page.on('request', (request) => {
			const name = /sourceline-locale-(.+)-[\w-]{8}\.js$/.exec(request.url())?.[1];
			if (name) locales.push(name);
		});
		await page.goto(`/embed?lang=de&${src}&event=bridge-reopens&article=show`);
		await expect(detailsHeading(page)).toHaveText(bridge);
		await expect(dateLine(page)).toHaveText('Montag, 10. März 2025');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('button', { name: 'Vergrößern' })).toBeVisible();
		expect(locales).toEqual(['de']);
	});

	test('an English embed fetches no locale at all', async ({ page }) => {
		const chunks: string[] = [];
		page.on('request', (request) => {
			if (/sourceline-(locale|words)-/.test(request.url())) chunks.push(request.url());
		});
		await page.goto(`/embed?lang=en&${src}&event=bridge-reopens`);
		await expect(dateLine(page)).toHaveText('Monday 10 March 2025');
		expect(chunks).toEqual([]);
	});

	const host = (query: string) => `${FIXTURES}/host-element.html?${query}`;
	const element = (page: Page) => page.locator('sourceline-timeline');

	test('the element follows its page’s <html lang>, and its lang attribute wins', async ({
		page
	}) => {
		await page.goto(host(`${src}&event=bridge-reopens&pagelang=de`));
		await expect(element(page).locator('.details .date')).toHaveText('Montag, 10. März 2025');
		await page.goto(host(`${src}&event=bridge-reopens&pagelang=de&lang=fr`));
		await expect(element(page).locator('.details .date')).toHaveText('lundi 10 mars 2025');
		// The attribute may change at any time.
		await element(page).evaluate((el) => el.setAttribute('lang', 'de'));
		await expect(element(page).locator('.details .date')).toHaveText('Montag, 10. März 2025');
		await expect(element(page).getByRole('button', { name: 'Vergrößern' })).toBeVisible();
	});

	test('the element in a page without a language stays English', async ({ page }) => {
		await page.goto(host(`${src}&event=bridge-reopens&pagelang=`));
		await expect(element(page).locator('.details .date')).toHaveText('Monday 10 March 2025');
	});
});
