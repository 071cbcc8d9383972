import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { zoomReady } from './ready';
import valid from '../fixtures/valid.json' with { type: 'json' };

// Moves from the buttons, and what a resize or a removal leaves of them.

const src = `src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`;
const range = (page: Page) => page.locator('.range');

/** The visible stretch of time, as [start, end] in days, read from the toolbar. */
async function shown(page: Page): Promise<[number, number]> {
	const [a, b] = (await range(page).textContent())!
		.replace('Showing', '')
		.split(' – ')
		.map((d) => Date.parse(`${d} UTC`) / 86_400_000);
	return [a!, b!];
}

/** Resizes the window, and waits until the drawing has taken the new width. */
async function resize(page: Page, width: number) {
	const svg = page.locator('.viewport svg');
	const before = await svg.getAttribute('viewBox');
	await page.setViewportSize({ width, height: 900 });
	await expect(svg).not.toHaveAttribute('viewBox', before!);
}

test.describe('without animation', () => {
	test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

	test('a resize keeps the stretch of time zoomed to, and the next zoom starts from it', async ({
		page
	}) => {
		// The dispute dated two days after the reopening: the home view then zooms past the
		// two-year repair, and so depends on the width.
		const address = `${FIXTURES}/two-days.json`;
		await page.route(address, (route) =>
			route.fulfill({
				json: {
					...valid,
					events: valid.events.map((e) =>
						e.id === 'contractor-dispute' ? { ...e, date: '2025-03-12' } : e
					)
				},
				headers: { 'access-control-allow-origin': '*' }
			})
		);
		await page.goto(`/?src=${encodeURIComponent(address)}`);
		await zoomReady(page.locator('.viewport svg'));
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		for (const first of ['Zoom in', 'Fit the events']) {
			await page.getByRole('button', { name: first }).click();
			const before = await range(page).textContent();
			await resize(page, 900);
			if (first === 'Zoom in') await expect(range(page)).toHaveText(before!);
			const [a, b] = await shown(page);
			await zoomIn.click();
			await expect
				.poll(async () => {
					const [c, d] = await shown(page);
					return [
						Math.round((d - c) / ((b - a) / 2)),
						Math.abs((c + d) / 2 - (a + b) / 2) < (b - a) / 8
					];
				})
				.toEqual([1, true]);
			await resize(page, 1280);
		}
	});
});

/** The browser's own requestAnimationFrame and setTimeout, kept before they are counted. */
type Native = { frame: typeof requestAnimationFrame; timeout: typeof setTimeout };
type Counted = Native & { ran: string[]; removed: boolean; gone: Promise<void> };

test('an explorer removed from the page leaves no frame or timer behind', async ({ page }) => {
	// Removes the element the moment its explorer is drawn, and counts the callbacks of
	// requestAnimationFrame and setTimeout that still run after that, each with where it was
	// asked for. The spec waits on a promise, not page.waitForFunction: that polls with
	// requestAnimationFrame, and its own frame could run after the removal and be counted.
	await page.addInitScript(() => {
		const w = window as unknown as Counted;
		w.ran = [];
		w.removed = false;
		const frame = (w.frame = window.requestAnimationFrame.bind(window));
		const timeout = (w.timeout = window.setTimeout.bind(window));
		const asked = (kind: string) => `${kind} asked for ${new Error().stack}`;
		window.requestAnimationFrame = (callback) => {
			const from = asked('frame');
			return frame((time) => {
				if (w.removed) w.ran.push(from);
				callback(time);
			});
		};
		window.setTimeout = ((callback: () => void, ms?: number) => {
			const from = asked('timeout');
			return timeout(() => {
				if (w.removed) w.ran.push(from);
				callback();
			}, ms);
		}) as typeof setTimeout;
		let gone = () => {};
		w.gone = new Promise((resolve) => (gone = resolve));
		const attach = Element.prototype.attachShadow;
		Element.prototype.attachShadow = function (init) {
			const root = attach.call(this, init);
			new MutationObserver((_, observer) => {
				if (!root.querySelector('.explorer')) return;
				observer.disconnect();
				this.remove();
				w.removed = true;
				gone();
			}).observe(root, { childList: true, subtree: true });
			return root;
		};
	});
	await page.goto(`${FIXTURES}/host-element.html?${src}`);
	const ran = await page.evaluate(async () => {
		const w = window as unknown as Counted;
		await w.gone;
		// Past a frame-then-timeout chain started before the removal: two frames, then a
		// timer queued behind any that chain queued; these three are not counted.
		return new Promise<string[]>((done) =>
			w.frame(() => w.frame(() => w.timeout(() => done(w.ran))))
		);
	});
	expect(ran).toEqual([]);
});

test('an arrow key during an animated zoom moves focus and lets the zoom arrive', async ({
	page
}) => {
	await page.goto(`/?${src}`);
	await zoomReady(page.locator('.viewport svg'));
	const [a, b] = await shown(page);
	const marks = page.locator('.viewport [data-event]');
	await marks.first().focus();
	const first = await marks.first().getAttribute('data-event');
	await page.keyboard.press('+');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.viewport [data-event]:focus')).not.toHaveAttribute(
		'data-event',
		first!
	);
	// Half the days shown, wherever the reveal then pans to.
	await expect
		.poll(async () => {
			const [c, d] = await shown(page);
			return Math.round(((d - c) / (b - a)) * 10) / 10;
		})
		.toBe(0.5);
});
