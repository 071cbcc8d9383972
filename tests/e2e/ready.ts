import { expect, type Locator, type Page } from '@playwright/test';

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
