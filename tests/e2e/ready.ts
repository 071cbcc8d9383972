import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens an explorer page and waits until it has come to life: until then a click or a key
 * acts on the prerendered page (a mark's link loads the page anew), and with ?src= the
 * page still holds the default timeline, hidden. The zoom buttons come with the page's
 * JavaScript, and with ?src= once that file's timeline is drawn.
 */
export async function open(page: Page, url: string, { zoomIn = 'Zoom in' } = {}): Promise<void> {
	await page.goto(url);
	await expect(page.getByRole('button', { name: zoomIn, exact: true })).toBeVisible();
}

/**
 * Waits until d3-zoom has attached to a timeline's drawing (an `svg` locator, in a page
 * or a shadow root): it is fetched once the timeline is drawn, and a gesture before
 * then goes to the page, not to the timeline.
 */
export async function zoomReady(drawing: Locator): Promise<void> {
	await expect.poll(() => drawing.evaluate((svg) => '__zoom' in svg)).toBe(true);
}

/** Waits two frames: what a gesture moved is drawn on the next one. */
export async function framesDrawn(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/**
 * Waits until the page has stopped scrolling (three frames at one place): selecting on a
 * phone scrolls the details into view smoothly, and a gesture aimed at where the drawing was
 * would land elsewhere.
 */
export async function scrollSettled(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				let last = Number.NaN;
				let still = 0;
				const check = () => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if (still >= 3) done();
					else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			})
	);
}
