import type { Locator, Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { crowded, detailsHeading, drawing, timeline } from './locators';
import { framesDrawn, zoomReady } from './ready';
import { expect, test } from './test';

// What a reader meets in a first hour on the seed timeline: zooming with an event
// selected, crowded stretches, a phone, glued sentences, the selected mark's legibility.

test.use({ reducedMotion: 'reduce' });

/** The page at the seed timeline, ready for gestures. */
async function open(page: Page, url = '/') {
	await page.goto(url);
	await expect(drawing(page)).toBeVisible();
	await zoomReady(drawing(page));
}

/** An event's mark, drawn or out of sight, by its id. */
const markOf = (page: Page, id: string) =>
	page.locator(`.viewport g.event:has([data-event="${id}"])`);

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('zooming with an event selected', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('a wheel zoom near the far edge keeps the selected event in view', async ({ page }) => {
		await open(page);
		await page.locator('.viewport [data-event="previous-call"]').click();
		await expect(detailsHeading(page)).toHaveText('Putin and Netanyahu last spoke by phone');
		const frame = await box(page.locator('.viewport'));
		await page.mouse.move(frame.x + frame.width - 12, frame.y + frame.height / 2);
		for (let i = 0; i < 6; i++) {
			await page.mouse.wheel(0, -200);
			await framesDrawn(page);
		}
		// Its bar and its label inside the frame, the label over the bar.
		const mark = markOf(page, 'previous-call');
		const shape = await box(mark.locator('.shape'));
		const label = await box(mark.locator('text'));
		expect(shape.x + shape.width).toBeGreaterThan(frame.x);
		expect(shape.x).toBeLessThan(frame.x + frame.width);
		expect(label.x).toBeGreaterThanOrEqual(frame.x);
		expect(label.x + label.width).toBeLessThanOrEqual(frame.x + frame.width);
		expect(label.x).toBeLessThan(shape.x + shape.width);
		expect(label.x + label.width).toBeGreaterThan(shape.x);
		await expect(page.locator('.edges button.selected')).toHaveCount(0);
	});

	test('a selected event dragged out of view is counted at its edge, which leads back to it', async ({
		page
	}) => {
		await open(page);
		await page.locator('.viewport [data-event="russia-draft"]').click();
		const frame = await box(page.locator('.viewport'));
		const y = frame.y + frame.height - 12;
		await page.mouse.move(frame.x + 200, y);
		await page.mouse.down();
		await page.mouse.move(frame.x + 1200, y, { steps: 8 });
		await page.mouse.up();
		const later = page.locator('.edges button.selected');
		await expect(later).toHaveText(/^Selected\s·\s\d later\b/);
		await expect(later).toHaveAccessibleName(
			/later ?: go to Russia puts forward its own draft UN resolution on Gaza/
		);
		// Every event outside the view is counted, the selected one among them.
		const drawn = await page.evaluate(() => {
			const frame = document.querySelector('.viewport')!.getBoundingClientRect();
			return [...document.querySelectorAll('.viewport g.event .shape')].filter((shape) => {
				const { left, right } = shape.getBoundingClientRect();
				return right > frame.left && left < frame.right;
			}).length;
		});
		const buttons = await page.locator('.edges button').allTextContents();
		const outside = buttons.reduce(
			(sum, text) => sum + Number(/(\d+) (earlier|later)/.exec(text)![1]),
			0
		);
		expect(drawn + outside).toBe(5);
		// No label of it is left in the frame without its mark.
		const label = await box(markOf(page, 'russia-draft').locator('text'));
		expect(label.x).toBeGreaterThan(frame.x + frame.width);
		await later.click();
		const shape = await box(markOf(page, 'russia-draft').locator('.shape'));
		expect(shape.x).toBeGreaterThan(frame.x);
		expect(shape.x + shape.width).toBeLessThan(frame.x + frame.width);
		await expect(later).toHaveCount(0);
	});
});

test.describe('crowded stretches', () => {
	const cases = [
		{ what: 'the seed zoomed out', width: 1280, url: '/', zoomOut: 4 },
		{ what: 'the seed zoomed out', width: 375, url: '/', zoomOut: 4 },
		{
			what: 'a crowded day',
			width: 375,
			url: `/?src=${encodeURIComponent(`${FIXTURES}/crowded.json`)}`
		},
		{
			what: '10,000 events',
			width: 375,
			url: `/?src=${encodeURIComponent(`${FIXTURES}/generated/timeline-10000.json`)}`
		},
		{
			what: '10,000 events',
			width: 1280,
			url: `/?src=${encodeURIComponent(`${FIXTURES}/generated/timeline-10000.json`)}`
		}
	];
	for (const { what, width, url, zoomOut = 0 } of cases)
		test(`${what} at ${width} px: no "+N" button overlaps another, a mark or a label`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await open(page, url);
			for (let i = 0; i < zoomOut; i++)
				await page.getByRole('button', { name: 'Zoom out' }).click();
			await framesDrawn(page);
			const buttons = await Promise.all(
				(await page.locator('.overflow-list > li > button').all()).map(box)
			);
			if (what !== 'the seed zoomed out' || width > 375) expect(buttons.length).toBeGreaterThan(0);
			const drawn = await page.locator('.viewport g.event').evaluateAll((marks) =>
				marks.flatMap((g) =>
					[...g.querySelectorAll('.shape, text')].map((e) => {
						const { x, y, width, height } = e.getBoundingClientRect();
						return { x, y, width, height };
					})
				)
			);
			expect(drawn.length).toBeGreaterThan(0);
			for (const [i, a] of buttons.entries()) {
				for (const b of buttons.slice(i + 1)) expect(overlap(a, b), 'two buttons').toBe(false);
				for (const d of drawn) expect(overlap(a, d), JSON.stringify([a, d])).toBe(false);
			}
		});

	test('a "+N" button says how many events and when, in words', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 900 });
		await open(page, `/?src=${encodeURIComponent(`${FIXTURES}/crowded.json`)}`);
		const more = crowded(page).first();
		await expect(more).toHaveText(/^\+\d+$/);
		await expect(more).toHaveAccessibleName(/^\d+ more events?, \d+ \w+ \d{4}( – \d+ \w+ \d{4})?$/);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	test('tapping an event brings its details into view; the hint speaks of taps', async ({
		page
	}) => {
		await open(page);
		await expect(timeline(page).locator('.hint')).toContainText('Tap an event');
		await expect(timeline(page).locator('.hint')).not.toContainText('wheel');
		await page.locator('.viewport [data-event="russia-draft"]').tap();
		await expect(detailsHeading(page)).toHaveText(
			'Russia puts forward its own draft UN resolution on Gaza'
		);
		// Their start is on screen: all of them, or at least 40% of a screen of them.
		await expect
			.poll(() =>
				page.locator('.details-area').evaluate((area) => {
					const { top, bottom, height } = area.getBoundingClientRect();
					const seen = Math.min(bottom, innerHeight) - Math.max(top, 0);
					return seen >= Math.min(height, innerHeight * 0.4) - 1;
				})
			)
			.toBe(true);
		await expect(detailsHeading(page)).toBeInViewport();
	});

	test('selecting a passage of the article keeps the page where the reader reads', async ({
		page
	}) => {
		await open(page);
		const passage = page.locator('a.evidence').nth(3);
		await passage.scrollIntoViewIfNeeded();
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
		const before = await box(passage);
		await passage.tap();
		await expect(passage.locator('mark').first()).toBeVisible();
		await framesDrawn(page);
		await framesDrawn(page);
		// Where it was on the screen (the details above it grew: the browser's scroll
		// anchoring keeps the passage still).
		expect(Math.abs((await box(passage)).y - before.y)).toBeLessThan(2);
	});
});

test.describe('with a mouse on a wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('selecting leaves the page where it is while the details heading is in sight', async ({
		page
	}) => {
		await open(page);
		const top = await page
			.locator('.details-area')
			.evaluate((area) => area.getBoundingClientRect().top);
		// The heading shows, but half a screen of details would not: a page that scrolled
		// to show more would move here.
		expect(top).toBeLessThan(800 - 80);
		expect(top).toBeGreaterThan(400);
		await page.locator('.viewport [data-event="russia-draft"]').click();
		await expect(detailsHeading(page)).toHaveText(
			'Russia puts forward its own draft UN resolution on Gaza'
		);
		await framesDrawn(page);
		await framesDrawn(page);
		expect(await page.evaluate(() => scrollY)).toBe(0);
	});
});

test('with a mouse the hint speaks of the wheel and keys', async ({ page }) => {
	await open(page);
	await expect(timeline(page).locator('.hint')).toContainText('wheel or pinch to zoom. Keys:');
});

test.describe('glued sentences', () => {
	for (const width of [375, 1280])
		test(`at ${width} px stand apart, and their text is the source's`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await open(page);
			const glued = page
				.locator('.source .glued')
				.filter({ hasText: /^According/ })
				.first();
			await expect(glued).toBeVisible();
			const { gap, selected } = await glued.evaluate((span) => {
				// The character before the glued sentence, and the first of it.
				const walker = document.createTreeWalker(span.closest('p')!, NodeFilter.SHOW_TEXT);
				let previous: Text | null = null;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if (span.contains(node)) break;
					if (node.textContent) previous = node as Text;
				}
				const first = document.createTreeWalker(span, NodeFilter.SHOW_TEXT).nextNode() as Text;
				const before = document.createRange();
				before.setStart(previous!, previous!.length - 1);
				before.setEnd(previous!, previous!.length);
				const after = document.createRange();
				after.setStart(first, 0);
				after.setEnd(first, 1);
				const gap = after.getBoundingClientRect().left - before.getBoundingClientRect().right;
				// What a reader selecting across the join copies.
				const across = document.createRange();
				across.setStart(previous!, previous!.length - 5);
				across.setEnd(first, 9);
				getSelection()!.removeAllRanges();
				getSelection()!.addRange(across);
				return { gap, selected: getSelection()!.toString() };
			});
			expect(gap).toBeGreaterThanOrEqual(3);
			expect(selected).toBe('East.According');
		});
});

test.describe('the selected mark', () => {
	/** WCAG relative luminance contrast of two CSS rgb() colours. */
	function contrast(a: string, b: string): number {
		const luminance = (colour: string) => {
			const [r, g, b] = colour
				.match(/[\d.]+/g)!
				.slice(0, 3)
				.map((c) => {
					const v = Number(c) / 255;
					return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
				});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
		return (x! + 0.05) / (y! + 0.05);
	}

	for (const scheme of ['light', 'dark'] as const)
		test(`uncertain or approximate, selected, stands out as any selected mark (${scheme})`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await open(page, `/?src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`);
			const background = await page
				.locator('.viewport')
				.evaluate((e) => getComputedStyle(e).backgroundColor);
			// cycle-lanes is uncertain (2025-06?/..), repair-work a plain interval.
			for (const id of ['repair-work', 'cycle-lanes']) {
				await page.locator(`.viewport [data-event="${id}"]`).click();
				const fill = await markOf(page, id)
					.locator('.shape')
					.evaluate((e) => getComputedStyle(e).fill);
				expect(contrast(fill, background), id).toBeGreaterThanOrEqual(3);
			}
			// An approximate one (hatched) on the seed: its stripes' ground is the selected colour.
			await open(page);
			await page.locator('.viewport [data-event="two-year-conflict"]').click();
			const hatch = markOf(page, 'two-year-conflict').locator('.hatch');
			const pattern = (await hatch.getAttribute('fill'))!.slice(5, -1);
			const ground = await page
				.locator(`pattern[id="${pattern}"] rect`)
				.evaluate((e) => getComputedStyle(e).fill);
			expect(contrast(ground, background)).toBeGreaterThanOrEqual(3);
		});

	for (const width of [375, 1280])
		test(`keeps its label off the frame's edges at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await open(page);
			const frame = await box(page.locator('.viewport'));
			for (const id of ['putin-netanyahu-call', 'russia-draft', 'two-year-conflict']) {
				await page.locator(`.viewport [data-event="${id}"]`).click();
				await framesDrawn(page);
				const label = await box(markOf(page, id).locator('text'));
				expect(label.x, id).toBeGreaterThanOrEqual(frame.x + 4);
				expect(label.x + label.width, id).toBeLessThanOrEqual(frame.x + frame.width - 4);
			}
			await expect(timeline(page)).toBeVisible();
		});
});

for (const width of [375, 1280])
	test(`the list of events quoting the same words stays within the article at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await open(page);
		const chooser = page.getByRole('button', { name: '2 events quote these words' });
		await chooser.scrollIntoViewIfNeeded();
		await chooser.click();
		const list = page.locator('.choices');
		await expect(list).toBeVisible();
		await framesDrawn(page);
		const text = await page.locator('.source .text').boundingBox();
		const box = await list.boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(text!.x - 0.5);
		expect(box!.x + box!.width).toBeLessThanOrEqual(text!.x + text!.width + 0.5);
		// Nothing scrolled sideways to show it.
		expect(await page.evaluate(() => scrollX)).toBe(0);
		const sideways = await page.evaluate(
			() => [...document.querySelectorAll('*')].filter((e) => e.scrollLeft > 0).length
		);
		expect(sideways).toBe(0);
	});
