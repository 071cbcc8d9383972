import type { Page } from '@playwright/test';
import { FIXTURES, SITE } from '../../playwright.config';
import { detailsHeading, drawing, range, timeline } from './locators';
import { framesDrawn, zoomReady } from './ready';
import { expect, test } from './test';

/** A host page on another origin (the fixtures server) that frames /embed with these parameters. */
const framed = (query = '') =>
	`${FIXTURES}/host-iframe.html?embed=${encodeURIComponent(`${SITE}/embed${query}`)}`;
const received = (page: Page) =>
	page.evaluate(
		() =>
			(
				window as unknown as {
					received: { type: string; id?: string; ids?: string[]; height?: number }[];
				}
			).received
	);

/**
 * Every message the host page hears from now on, whoever sent it: embed.js listens first,
 * so a message seen here has been judged by it.
 */
const hearAll = (page: Page) =>
	page.evaluate(() => {
		const heard: unknown[] = [];
		Object.assign(window, { heard });
		window.addEventListener('message', (event) => heard.push(event.data));
	});
const heard = (page: Page) =>
	page.evaluate(() => (window as unknown as { heard: { type?: string; height?: number }[] }).heard);

test.describe('the iframe embed with embed.js', () => {
	for (const [what, query, ids] of [
		['the default events.json', '', 9],
		['another file through src', `?src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`, 4]
	] as const) {
		test(`grows to its content without a scrollbar, and talks to the host: ${what}`, async ({
			page
		}) => {
			await page.goto(framed(query));
			const frame = page.frameLocator('#timeline');
			await expect(timeline(frame)).toBeVisible();
			await expect
				.poll(
					async () => (await received(page)).find((m) => m.type === 'sourceline:ready')?.ids?.length
				)
				.toBe(ids);

			const iframe = page.locator('#timeline');
			const fits = async () => {
				const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				const inner = await frame
					.locator('html')
					.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
				return Math.abs(outer - inner.scroll) <= 2 && inner.scroll <= inner.client + 1;
			};
			await expect.poll(fits).toBe(true);
			const before = (await iframe.boundingBox())!.height;
			expect(before).toBeGreaterThan(300);

			// Showing the article makes the frame grow again, and hiding it shrinks it back.
			await frame.getByRole('button', { name: 'Show the article' }).click();
			await expect
				.poll(async () => (await iframe.boundingBox())!.height)
				.toBeGreaterThan(before + 100);
			await expect.poll(fits).toBe(true);
			await frame.getByRole('button', { name: 'Hide the article' }).click();
			await expect
				.poll(async () => Math.abs((await iframe.boundingBox())!.height - before))
				.toBeLessThan(3);

			// A narrower host column makes the content taller; the frame follows.
			await page.setViewportSize({ width: 360, height: 800 });
			await expect.poll(fits).toBe(true);
			expect((await iframe.boundingBox())!.height).toBeGreaterThan(before);
		});
	}

	test('a selection inside reaches the host, and the host can select by message', async ({
		page
	}) => {
		await page.goto(framed());
		const frame = page.frameLocator('#timeline');
		await frame.getByRole('link', { name: /Thursday 13 November 2025/ }).click();
		await expect
			.poll(async () =>
				(await received(page)).filter((m) => m.type === 'sourceline:select').map((m) => m.id)
			)
			.toEqual(['russia-draft']);
		// The selected event still shows its quote with the article hidden.
		await expect(frame.locator('blockquote mark').first()).toContainText(
			'Meanwhile, Russia on Thursday'
		);

		await page.evaluate(() =>
			(
				window as unknown as { Sourceline: { select(f: Element, id: string): void } }
			).Sourceline.select(document.getElementById('timeline')!, 'previous-call')
		);
		await expect(detailsHeading(frame)).toHaveText('Putin and Netanyahu last spoke by phone');
	});

	test('messages from a foreign origin or of the wrong shape change nothing', async ({ page }) => {
		await page.goto(framed('?event=russia-draft'));
		const frame = page.frameLocator('#timeline');
		const heading = detailsHeading(frame);
		await expect(heading).toHaveText(/Russia puts forward/);
		const iframe = page.locator('#timeline');
		await expect
			.poll(async () => (await received(page)).some((m) => m.type === 'sourceline:resize'))
			.toBe(true);
		const height = (await iframe.boundingBox())!.height;
		await hearAll(page);

		// A sandboxed frame has an opaque origin: neither the embed nor embed.js may heed it.
		await page.evaluate(() => {
			const evil = document.createElement('iframe');
			evil.setAttribute('sandbox', 'allow-scripts');
			evil.srcdoc = `<script>
				parent.frames[0].postMessage({ type: 'sourceline:select', id: 'previous-call' }, '*');
				parent.postMessage({ type: 'sourceline:resize', height: 40 }, '*');
			</script>`;
			document.body.append(evil);
		});
		// The host itself sends nonsense and an unknown id.
		await page.evaluate(() => {
			const target = (document.getElementById('timeline') as HTMLIFrameElement).contentWindow!;
			for (const message of [
				null,
				'sourceline:select',
				{ type: 'sourceline:select' },
				{ type: 'sourceline:select', id: 42 },
				{ type: 'sourceline:select', id: 'no-such-event' }
			])
				target.postMessage(message, '*');
		});
		// The sandboxed page has run: its message to the host has been heard (and judged), and
		// its message to the embed went first. Then a hello from the host, answered with
		// ready, comes after the host's nonsense: the embed has read every message before it.
		await expect.poll(async () => (await heard(page)).some((m) => m?.height === 40)).toBe(true);
		const readies = async () =>
			(await received(page)).filter((m) => m.type === 'sourceline:ready').length;
		const before = await readies();
		await page.evaluate(() =>
			(document.getElementById('timeline') as HTMLIFrameElement).contentWindow!.postMessage(
				{ type: 'sourceline:hello' },
				'*'
			)
		);
		await expect.poll(readies).toBe(before + 1);
		await expect(heading).toHaveText(/Russia puts forward/);
		expect(Math.abs((await iframe.boundingBox())!.height - height)).toBeLessThan(2);
	});

	test('a host script that arrives late still sizes the frame and hears ready', async ({
		page
	}) => {
		await page.goto(`${framed()}&late=1`);
		const iframe = page.locator('#timeline');
		await expect
			.poll(
				async () => (await received(page)).find((m) => m.type === 'sourceline:ready')?.ids?.length,
				{ timeout: 10_000 }
			)
			.toBe(9);
		await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(400);
	});

	test('a frame showing another origin than its src is not believed', async ({ page }) => {
		await page.goto(framed());
		const frame = page.frameLocator('#timeline');
		await expect(timeline(frame)).toBeVisible();
		const iframe = page.locator('#timeline');
		await expect
			.poll(async () => (await received(page)).some((m) => m.type === 'sourceline:resize'))
			.toBe(true);
		const height = (await iframe.boundingBox())!.height;
		const count = (await received(page)).length;
		await hearAll(page);
		// The iframe keeps its src, but its window now shows a page of the host's origin.
		await page.evaluate((url) => {
			(document.getElementById('timeline') as HTMLIFrameElement).contentWindow!.location.href = url;
		}, `${FIXTURES}/post-resize.html`);
		// Its messages have been heard, and judged by embed.js.
		await expect
			.poll(async () => (await heard(page)).some((m) => m?.type === 'sourceline:select'))
			.toBe(true);
		expect(Math.abs((await iframe.boundingBox())!.height - height)).toBeLessThan(2);
		expect((await received(page)).length).toBe(count);
	});

	test('the wheel scrolls the host page over an embed, and zooms with Ctrl', async ({ page }) => {
		await page.goto(`/embed?event=russia-draft`);
		const element = page.locator('sourceline-timeline');
		const shown = range(element);
		const svg = drawing(element);
		// With d3-zoom in, so the plain wheel is passed over by it, not merely early.
		await zoomReady(svg);
		const before = await shown.textContent();
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 300);
		// The page scrolled, and a zoom would have been drawn by the next frame.
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
		await framesDrawn(page);
		await expect(shown).toHaveText(before!);
		// Ctrl + wheel, which a trackpad pinch also sends.
		await svg.dispatchEvent('wheel', {
			deltaY: -300,
			ctrlKey: true,
			clientX: box.x + box.width / 2,
			clientY: box.y + box.height / 2
		});
		await expect(shown).not.toHaveText(before!);
	});

	test('the embed page names its data, links to the explorer and follows theme=dark', async ({
		page
	}) => {
		await page.goto(
			`/embed?theme=dark&src=${encodeURIComponent(`${FIXTURES}/valid.json`)}&event=repair-work`
		);
		await expect(page.getByText('Data from 127.0.0.1:4174')).toBeVisible();
		const link = page.getByRole('link', { name: /Open in the full explorer/ });
		await expect(link).toHaveAttribute(
			'href',
			`${SITE}/?src=${encodeURIComponent(`${FIXTURES}/valid.json`)}&event=repair-work`
		);
		const background = await page
			.locator('sourceline-timeline')
			.evaluate(
				(el) => getComputedStyle(el.shadowRoot!.querySelector('.sourceline')!).backgroundColor
			);
		expect(background).toBe('rgb(17, 19, 24)');
		await expect(detailsHeading(page)).toHaveText('Repair work on the bridge deck');
	});
});

test.describe('the <sourceline-timeline> web component', () => {
	const host = (query = '') => `${FIXTURES}/host-element.html${query}`;

	for (const [what, query, title] of [
		['the default events.json', '', 'Putin–Netanyahu call'],
		[
			'another file through src',
			`?src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`,
			'Eastgate harbour bridge repairs'
		]
	] as const) {
		test(`renders inside a hostile page and keeps its styles to itself: ${what}`, async ({
			page
		}) => {
			await page.goto(host(query));
			const element = page.locator('sourceline-timeline');
			await expect(element.getByRole('heading', { level: 2 }).first()).toContainText(title);
			// svg { display: none } and * { all: unset } stop at the shadow root.
			const svg = drawing(element);
			await expect(svg).toBeVisible();
			expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
			const marks = element.locator('a[data-event]');
			expect(await marks.count()).toBeGreaterThan(2);
			const zoom = element.getByRole('button', { name: 'Zoom in' });
			expect(await zoom.evaluate((el) => getComputedStyle(el).minHeight)).toBe('44px');
			// Nothing of the component's CSS reaches the host's own elements.
			const probe = page.locator('#probe');
			expect((await probe.boundingBox())!.width).toBeGreaterThan(100);
			expect(
				await page.locator('#host-heading').evaluate((el) => getComputedStyle(el).fontSize)
			).toBe('40px');
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
				'rgba(0, 0, 0, 0)'
			);
		});
	}

	test('dispatches select, and follows attributes changed later', async ({ page }) => {
		await page.goto(host());
		const element = page.locator('sourceline-timeline');
		await element.getByRole('link', { name: /Thursday 13 November 2025/ }).click();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { chosen: string[] }).chosen))
			.toEqual(['russia-draft']);

		await element.evaluate((el) => el.setAttribute('event', 'previous-call'));
		await expect(detailsHeading(element)).toHaveText('Putin and Netanyahu last spoke by phone');
		// The page's own change is no reader's choice: no select for it. Taking the attribute
		// away leaves no event selected.
		await element.evaluate((el) => el.removeAttribute('event'));
		await expect(detailsHeading(element)).toHaveText('Choose an event');
		await expect(element.locator('a[data-event][aria-current]')).toHaveCount(0);
		await element.getByRole('link', { name: /Thursday 13 November 2025/ }).click();
		await expect(detailsHeading(element)).toHaveText(/Russia puts forward/);
		expect(await page.evaluate(() => (window as unknown as { chosen: string[] }).chosen)).toEqual([
			'russia-draft',
			'russia-draft'
		]);

		await element.evaluate((el, src) => el.setAttribute('src', src), `${FIXTURES}/valid.json`);
		await expect(element.getByRole('heading', { level: 2 }).first()).toHaveText(
			'Eastgate harbour bridge repairs'
		);

		await element.evaluate((el) => el.setAttribute('theme', 'dark'));
		await expect
			.poll(() =>
				element.evaluate(
					(el) => getComputedStyle(el.shadowRoot!.querySelector('.sourceline')!).backgroundColor
				)
			)
			.toBe('rgb(17, 19, 24)');
	});

	test('two elements live side by side, and one can be removed', async ({ page }) => {
		await page.goto(host());
		await page.evaluate((src) => {
			const second = document.createElement('sourceline-timeline');
			second.id = 'second';
			second.setAttribute('src', src);
			document.body.append(second);
		}, `${FIXTURES}/valid.json`);
		const second = page.locator('#second');
		await expect(second.getByRole('heading', { level: 2 }).first()).toHaveText(
			'Eastgate harbour bridge repairs'
		);
		const first = page.locator('sourceline-timeline').first();
		await first.getByRole('link', { name: /Thursday 13 November 2025/ }).click();
		await expect(detailsHeading(first)).toHaveText(/Russia puts forward/);
		await expect(detailsHeading(second)).toHaveText('Choose an event');
		await page.evaluate(() => document.getElementById('second')!.remove());
		await expect(page.locator('sourceline-timeline')).toHaveCount(1);
		await first.getByRole('button', { name: 'Zoom in' }).click();
		await expect(detailsHeading(first)).toHaveText(/Russia puts forward/);
	});

	test('the article attribute can change both ways', async ({ page }) => {
		await page.goto(host('?article=hide'));
		const element = page.locator('sourceline-timeline');
		await expect(element.getByRole('button', { name: 'Show the article' })).toBeVisible();
		await element.evaluate((el) => el.setAttribute('article', 'show'));
		await expect(element.locator('[data-source="article"]')).toBeVisible();
		await element.evaluate((el) => el.setAttribute('article', 'hide'));
		await expect(element.locator('[data-source="article"]')).toHaveCount(0);
		await element.getByRole('button', { name: 'Show the article' }).click();
		await expect(element.locator('[data-source="article"]')).toBeVisible();
	});

	test('"Show in article" fetches the hidden article and puts focus on the quote', async ({
		page
	}) => {
		await page.goto('/embed?event=russia-draft');
		const element = page.locator('sourceline-timeline');
		await expect(element.locator('[data-source="article"]')).toHaveCount(0);
		await element.getByRole('button', { name: 'Show in article' }).first().click();
		await expect(element.locator('[data-source="article"]')).toBeVisible();
		await expect
			.poll(() =>
				element.evaluate((el) => {
					const focused = el.shadowRoot?.activeElement;
					return focused?.matches('a.evidence') ? focused.textContent : null;
				})
			)
			.toContain('Russia');
	});

	test('an address that is not valid is named as such, not a blank element', async ({ page }) => {
		await page.goto(host(`?src=${encodeURIComponent('http://[')}`));
		const element = page.locator('sourceline-timeline');
		await expect(element.getByText('Data from an address that is not valid')).toBeVisible();
		await expect(element.getByRole('alert')).toContainText('is not a URL');
	});

	test('shows a clear error for a file it cannot use', async ({ page }) => {
		await page.goto(host(`?src=${encodeURIComponent(`${FIXTURES}/unusable.json`)}`));
		const alert = page.locator('sourceline-timeline').getByRole('alert');
		await expect(alert).toContainText('title: must be a string, not a number');
	});
});

test('the explorer offers both snippets for the current data and event, and an oEmbed link', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?event=russia-draft');
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await expect(dialog).toBeVisible();
	const iframe = dialog.getByLabel('An iframe that sizes itself');
	await expect(iframe).toHaveValue(
		`<iframe data-sourceline src="${SITE}/embed?event=russia-draft" title="Timeline: Putin–Netanyahu call and the rival UN Gaza drafts, November 2025" style="width: 100%; height: 640px; border: 0" loading="lazy"></iframe>\n<script src="${SITE}/embed.js" async></script>`
	);
	await expect(dialog.getByLabel('A web component')).toHaveValue(
		`<script type="module" src="${SITE}/sourceline.js"></script>\n<sourceline-timeline src="${SITE}/events.json" event="russia-draft"></sourceline-timeline>`
	);
	await dialog.getByRole('button', { name: 'Copy' }).first().click();
	await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('data-sourceline');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();

	// npm test builds with SOURCELINE_ORIGIN set to the address the tests serve.
	const oembed = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	expect(oembed).toBe(
		`${SITE}/oembed.json?url=${encodeURIComponent(`${SITE}/?event=russia-draft`)}&format=json`
	);
	const response = await page.request.get(oembed!);
	const body = await response.json();
	expect(body).toMatchObject({
		version: '1.0',
		type: 'rich',
		provider_name: 'Sourceline',
		provider_url: `${SITE}/`,
		width: 800,
		height: 640
	});
	expect(body.html).toContain(`<iframe data-sourceline src="${SITE}/embed?event=russia-draft"`);
	expect(body.html).toContain(`<script src="${SITE}/embed.js" async></script>`);
});

test.describe('oEmbed', () => {
	const valid = `${FIXTURES}/valid.json`;

	test('the discovery link carries the page’s data and event, and the answer frames them', async ({
		page
	}) => {
		await page.goto(`/?src=${encodeURIComponent(valid)}&event=repair-work`);
		await expect(detailsHeading(page)).toHaveText('Repair work on the bridge deck');
		const href = await page
			.locator('link[rel="alternate"][type="application/json+oembed"]')
			.getAttribute('href');
		const asked = new URL(new URL(href!).searchParams.get('url')!);
		expect(asked.origin + asked.pathname).toBe(`${SITE}/`);
		expect(asked.searchParams.get('src')).toBe(valid);
		expect(asked.searchParams.get('event')).toBe('repair-work');

		const body = await (await page.request.get(href!)).json();
		expect(body.title).toBe('Timeline from 127.0.0.1:4174');
		const frame = /<iframe data-sourceline src="([^"]+)"/
			.exec(body.html)![1]!
			.replace(/&amp;/g, '&');
		const framed = new URL(frame);
		expect(framed.origin + framed.pathname).toBe(`${SITE}/embed`);
		expect(framed.searchParams.get('src')).toBe(valid);
		expect(framed.searchParams.get('event')).toBe('repair-work');
		// The answer's iframe shows that event of that file.
		await page.goto(frame);
		await expect(detailsHeading(page)).toHaveText('Repair work on the bridge deck');
	});

	test('the answer for the default timeline is the static file’s', async ({ request }) => {
		const asked = await request.get(
			`/oembed.json?url=${encodeURIComponent(`${SITE}/`)}&format=json`
		);
		const fallback = await request.get('/oembed.json');
		expect(await asked.json()).toEqual(await fallback.json());
	});

	for (const [what, url, status] of [
		['another site’s page', 'http://127.0.0.1:4174/?event=repair-work', 404],
		['a file of the site that is not a page', `${SITE}/events.json`, 404],
		['a parameter the site does not know', `${SITE}/?event=x&theme=dark`, 400],
		['markup in an event id', `${SITE}/?event=${encodeURIComponent('"><script>')}`, 400],
		['a src that is no web address', `${SITE}/?src=${encodeURIComponent('javascript:x')}`, 400]
	] as const)
		test(`refuses ${what}`, async ({ request }) => {
			const response = await request.get(`/oembed.json?url=${encodeURIComponent(url)}`);
			expect(response.status()).toBe(status);
			expect(response.headers()['content-type']).toContain('text/plain');
			expect(await response.text()).not.toContain('<');
		});
});
