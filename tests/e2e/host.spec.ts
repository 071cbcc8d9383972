import type { ConsoleMessage, Page } from '@playwright/test';
import { FIXTURES, SITE } from '../../playwright.config';
import { detailsHeading, timeline } from './locators';
import { expect, test } from './test';

/** What a host page sees of an embedded timeline: its frame's heights, its console, its policy. */

/** Every warning and error logged in the page or its frames, from now on. */
function consoleTrouble(page: Page): string[] {
	const trouble: string[] = [];
	page.on('console', (message: ConsoleMessage) => {
		if (message.type() === 'warning' || message.type() === 'error')
			trouble.push(`${message.type()}: ${message.text()}`);
	});
	return trouble;
}

type Heard = { type: string; height?: number; ids?: string[] };
const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: Heard[] }).received);
const heights = async (page: Page) =>
	(await received(page)).filter((m) => m.type === 'sourceline:resize').map((m) => m.height!);

for (const width of [375, 1280])
	for (const [what, query] of [
		['the article hidden', '?event=russia-draft'],
		['the article shown, a chunk fetched later', '?event=russia-draft&article=show']
	] as const)
		test(`at ${width} px the host hears only the settled height of its frame: ${what}`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			// The article's chunk comes only once the rest has long been drawn, as on a slow
			// network: the height before it is a passing one too.
			let release!: () => void;
			const released = new Promise<void>((done) => (release = done));
			await page.route('**/sourceline-SourcePanel-*.js', async (route) => {
				await released;
				await route.continue();
			});
			await page.goto(
				`${FIXTURES}/host-iframe.html?embed=${encodeURIComponent(`${SITE}/embed${query}`)}`
			);
			const frame = page.frameLocator('#timeline');
			await expect(detailsHeading(frame)).toHaveText(/Russia puts forward/);
			// Settled: the list of all events is drawn (the embed's last step), the article
			// too when shown, and the frame is as tall as its content.
			await expect(frame.getByText(/^All 9 events/)).toBeVisible();
			await frame.locator('html').evaluate(
				() =>
					new Promise<void>((done) => {
						let frames = 0;
						const next = () => (++frames === 10 ? done() : requestAnimationFrame(next));
						requestAnimationFrame(next);
					})
			);
			release();
			if (query.includes('article=show'))
				await expect(frame.locator('[data-source="article"] mark').first()).toBeVisible();
			const iframe = page.locator('#timeline');
			const fits = async () => {
				const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
				return Math.abs(outer - inner) <= 2;
			};
			await expect.poll(fits).toBe(true);
			const settled = (await iframe.boundingBox())!.height;
			const heard = await heights(page);
			expect(heard.length).toBeGreaterThan(0);
			// No passing height on the way: not the "Loading…" line, not a half-drawn explorer.
			for (const height of heard) expect(Math.abs(height - settled)).toBeLessThanOrEqual(3);
		});

test('a lazy frame below the fold gets no message before it loads, and the host logs nothing', async ({
	page
}) => {
	const trouble = consoleTrouble(page);
	await page.goto(`${FIXTURES}/host-lazy.html`);
	// embed.js has run while the frame, far below, has not loaded.
	await expect.poll(() => page.evaluate(() => 'Sourceline' in window)).toBe(true);
	const iframe = page.locator('#timeline');
	await iframe.scrollIntoViewIfNeeded();
	await expect(timeline(page.frameLocator('#timeline'))).toBeVisible();
	await expect
		.poll(async () => (await received(page)).some((m) => m.type === 'sourceline:ready'))
		.toBe(true);
	await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
	// A host that selects an event at once is heard too, without a warning.
	await page.evaluate(() =>
		(
			window as unknown as { Sourceline: { select(f: Element, id: string): void } }
		).Sourceline.select(document.getElementById('timeline')!, 'previous-call')
	);
	await expect(detailsHeading(page.frameLocator('#timeline'))).toHaveText(
		'Putin and Netanyahu last spoke by phone'
	);
	expect(trouble).toEqual([]);
});

test('a host script that runs before its frame has loaded sends it nothing, and logs nothing', async ({
	page
}) => {
	const trouble = consoleTrouble(page);
	// host-iframe.html sets the frame's src just before it adds embed.js.
	await page.goto(`${FIXTURES}/host-iframe.html?embed=${encodeURIComponent(`${SITE}/embed`)}`);
	await expect
		.poll(async () => (await received(page)).some((m) => m.type === 'sourceline:ready'))
		.toBe(true);
	await expect(timeline(page.frameLocator('#timeline'))).toBeVisible();
	expect(trouble).toEqual([]);
});

test('Escape closes the embed’s open list of all events and returns to its summary', async ({
	page
}) => {
	await page.goto('/embed');
	const element = page.locator('sourceline-timeline');
	const summary = element.locator('summary', { hasText: /^All 9 events/ });
	await summary.click();
	const list = element.getByRole('region', { name: 'All events, in order' });
	await expect(list).toBeVisible();
	await list.getByRole('link').first().focus();
	await page.keyboard.press('Escape');
	await expect(list).toBeHidden();
	await expect(summary).toBeFocused();
	expect(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(false);
});

/** A computed style inside the element's shadow root. */
const styleIn = (page: Page, selector: string, property: string) =>
	page
		.locator('sourceline-timeline')
		.evaluate(
			(el, [selector, property]) =>
				getComputedStyle(el.shadowRoot!.querySelector(selector!)!).getPropertyValue(property!),
			[selector, property]
		);

test.describe('theming', () => {
	test('a host page sets the element’s colours and font with custom properties', async ({
		page
	}) => {
		await page.goto(`${FIXTURES}/host-element.html`);
		const element = page.locator('sourceline-timeline');
		await expect(element.getByRole('heading', { level: 2 }).first()).toBeVisible();
		// The defaults, before the host says anything.
		expect(await styleIn(page, '.origin a', 'color')).toBe('rgb(29, 78, 216)');
		await page.addStyleTag({
			content: `sourceline-timeline {
				--sl-accent: rgb(200, 0, 0);
				--sl-bg: light-dark(rgb(250, 250, 240), rgb(10, 10, 30));
				--sl-font: Georgia, serif;
			}`
		});
		expect(await styleIn(page, '.origin a', 'color')).toBe('rgb(200, 0, 0)');
		expect(await styleIn(page, '.sourceline', 'font-family')).toBe('Georgia, serif');
		expect(await styleIn(page, '.sourceline', 'background-color')).toBe('rgb(250, 250, 240)');
		// A colour the host left alone keeps its default, and dark still switches a pair.
		expect(await styleIn(page, '.sourceline', 'color')).toBe('rgb(27, 29, 34)');
		await element.evaluate((el) => el.setAttribute('theme', 'dark'));
		await expect
			.poll(() => styleIn(page, '.sourceline', 'background-color'))
			.toBe('rgb(10, 10, 30)');
		expect(await styleIn(page, '.sourceline', 'color')).toBe('rgb(230, 232, 236)');
	});

	test('/embed takes checked colours and fonts from its address and names what it ignores', async ({
		page
	}) => {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		const query = new URLSearchParams({
			accent: '#c80000',
			bg: '#fafaf0,#0a0a1e',
			font: 'Georgia, serif',
			fg: 'red; background: url(https://127.0.0.1:4174/x)',
			muted: 'var(--sl-accent)'
		});
		await page.goto(`/embed?${query}`);
		await expect(timeline(page.locator('sourceline-timeline'))).toBeVisible();
		expect(await styleIn(page, '.origin a', 'color')).toBe('rgb(200, 0, 0)');
		expect(await styleIn(page, '.sourceline', 'font-family')).toBe('Georgia, serif');
		expect(await styleIn(page, '.sourceline', 'background-color')).toBe('rgb(250, 250, 240)');
		// Refused values leave the defaults in place, each with a message.
		expect(await styleIn(page, '.sourceline', 'color')).toBe('rgb(27, 29, 34)');
		expect(await styleIn(page, '.origin', 'color')).toBe('rgb(84, 91, 104)');
		expect(warnings).toEqual([
			expect.stringContaining('?fg="red; background: url(https://127.0.0.1:4174/x)" is ignored'),
			expect.stringContaining('?muted="var(--sl-accent)" is ignored')
		]);
		await page.goto(`/embed?${query}&theme=dark`);
		await expect(timeline(page.locator('sourceline-timeline'))).toBeVisible();
		expect(await styleIn(page, '.sourceline', 'background-color')).toBe('rgb(10, 10, 30)');
	});
});

test('the web component is drawn styled under a host policy without style-src unsafe-inline', async ({
	page
}) => {
	const trouble = consoleTrouble(page);
	const response = await page.goto(`${FIXTURES}/host-csp.html`);
	const policy = response!.headers()['content-security-policy'];
	expect(policy).toContain("style-src 'self'");
	expect(policy).not.toContain('unsafe-inline');
	const element = page.locator('sourceline-timeline');
	await expect(timeline(element)).toBeVisible();
	// Styled: the component's own rules apply, in the drawing and in the article (a chunk
	// fetched later).
	const zoom = element.getByRole('button', { name: 'Zoom in' });
	expect(await zoom.evaluate((el) => getComputedStyle(el).minHeight)).toBe('44px');
	expect(await styleIn(page, '.sourceline', 'background-color')).toBe('rgb(255, 255, 255)');
	await expect(element.locator('[data-source="article"]')).toBeVisible();
	await element.getByRole('link', { name: /Thursday 13 November 2025/ }).click();
	await expect(element.locator('[data-source="article"] mark').first()).toBeVisible();
	expect(
		await element
			.locator('[data-source="article"] mark')
			.first()
			.evaluate((el) => getComputedStyle(el).backgroundColor)
	).not.toBe('rgba(0, 0, 0, 0)');
	expect(
		await page.evaluate(() => (window as unknown as { violations: string[] }).violations)
	).toEqual([]);
	expect(trouble).toEqual([]);
	// The listener hears a refusal: an inline style of the page's own is one.
	await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = 'h1 { color: red }';
		document.head.append(style);
	});
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations))
		.toEqual([expect.stringMatching(/^style-src-elem /)]);
});
