import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { detailsHeading, drawing, mark, range } from './locators';
import { framesDrawn, zoomReady } from './ready';
import { expect, test } from './test';

// d3-zoom's gestures on the drawing, with a fixture timeline (tests/fixtures/valid.json).
const src = `src=${encodeURIComponent(`${FIXTURES}/valid.json`)}`;
test.use({ reducedMotion: 'reduce' });

/** The visible stretch of time in days, read from the toolbar. */
async function visibleDays(page: Page): Promise<number> {
	const [a, b] = (await range(page).textContent())!
		.replace('Showing', '')
		.split(' – ')
		.map((d) => Date.parse(`${d} UTC`));
	return (b! - a!) / 86_400_000;
}

/** Waits until zoom gestures are live: d3-zoom is fetched once the timeline is drawn. */
async function open(page: Page, query = '') {
	await page.goto(`/?${src}${query}`);
	await expect(drawing(page)).toBeVisible();
	await zoomReady(drawing(page));
}

test('a double-click zooms in about the point, and Shift + double-click zooms out', async ({
	page
}) => {
	await open(page);
	const before = await visibleDays(page);
	const box = (await drawing(page).boundingBox())!;
	// Below the lanes, on the axis: a double-click there selects nothing.
	const y = box.y + box.height - 10;
	await page.mouse.dblclick(box.x + box.width / 2, y);
	await expect.poll(() => visibleDays(page)).toBeLessThan(before * 0.6);
	const zoomed = await visibleDays(page);
	await page.keyboard.down('Shift');
	await page.mouse.dblclick(box.x + box.width / 2, y);
	await page.keyboard.up('Shift');
	await expect.poll(() => visibleDays(page)).toBeGreaterThan(zoomed * 1.6);
});

test('dragging stops half a view beyond the events: they cannot all be panned away', async ({
	page
}) => {
	await open(page);
	// Zoomed in, where half a view is a short stretch of time.
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	const box = (await drawing(page).boundingBox())!;
	const y = box.y + box.height - 10;
	const drag = async (dx: number) => {
		await page.mouse.move(box.x + box.width / 2, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + dx, y, { steps: 5 });
		await page.mouse.up();
	};
	/** The range once the drag's last frame is drawn (gestures draw on the next frame). */
	const settled = async () => {
		await framesDrawn(page);
		return range(page).textContent();
	};
	for (let i = 0; i < 12; i++) await drag(box.width / 2);
	const stopped = await settled();
	await drag(box.width / 2);
	expect(await settled()).toBe(stopped);
	// Some event is still drawn: the edge of the data stands inside the view.
	const marks = drawing(page).getByRole('link');
	const inView = await marks.evaluateAll(
		(links, [left, right]) =>
			links.filter((a) => {
				const r = a.getBoundingClientRect();
				return r.right > left! && r.left < right!;
			}).length,
		[box.x, box.x + box.width]
	);
	expect(inView).toBeGreaterThan(0);
	// And back the other way.
	await drag(-box.width / 2);
	await expect(range(page)).not.toHaveText(stopped!);
});

test('a drag that starts on a mark pans and does not select it', async ({ page }) => {
	await open(page);
	const bridge = mark(page, /^Harbour bridge reopens/);
	const box = (await bridge.locator('circle').boundingBox())!;
	const before = await range(page).textContent();
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect(range(page)).not.toHaveText(before!);
	await expect(detailsHeading(page)).toHaveText('Choose an event');
	// A plain click still selects.
	await bridge.click();
	await expect(detailsHeading(page)).toHaveText(/^Harbour bridge reopens/);
});

test('a sideways wheel pans without zooming', async ({ page }) => {
	await open(page);
	const before = await visibleDays(page);
	const text = await range(page).textContent();
	const box = (await drawing(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(-200, 0);
	await expect(range(page)).not.toHaveText(text!);
	// The same stretch of time, give or take the rounding of its ends to whole days.
	expect(Math.abs((await visibleDays(page)) - before)).toBeLessThanOrEqual(1);
});

test('the + button works the moment the page is there, before d3-zoom has arrived', async ({
	page
}) => {
	// The chunk that holds d3-zoom (it names its state __zooming) is held back until the
	// button has been pressed.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('__zooming')) await held;
		await route.fulfill({ response, body });
	});
	await page.goto(`/?${src}`, { waitUntil: 'domcontentloaded' });
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	await expect(zoomIn).toBeVisible();
	const before = await visibleDays(page);
	await zoomIn.click();
	expect(await visibleDays(page)).toBe(before);
	release();
	await expect.poll(() => visibleDays(page)).toBeLessThan(before * 0.6);
});

test('an element drawn while its container is hidden opens on the selected event once shown', async ({
	page
}) => {
	const host = (hidden: boolean) =>
		`${FIXTURES}/host-element.html?${src}&event=cycle-lanes${hidden ? '&hidden' : ''}`;
	const element = page.locator('sourceline-timeline');
	const shape = element.locator('[data-event="cycle-lanes"] .shape');
	/** Where the mark comes to rest: the deep link's move may still be under way. */
	async function restingX(): Promise<number> {
		let last = NaN;
		await expect
			.poll(async () => {
				const x = (await shape.boundingBox())?.x ?? NaN;
				const still = Math.abs(x - last) < 0.5;
				last = x;
				if (!still) await framesDrawn(page);
				return still;
			})
			.toBe(true);
		return last;
	}
	await page.goto(host(false));
	await expect(shape).toBeVisible();
	const shown = await restingX();
	await page.goto(host(true));
	// Drawn, with d3-zoom attached, while not displayed: the deep link's move waits for a width.
	// (Not displayed, the drawing is out of the accessibility tree: found by its element.)
	await zoomReady(element.locator('.viewport svg'));
	await page.evaluate(() => (document.getElementById('slot')!.style.display = 'block'));
	await expect(shape).toBeVisible();
	expect(Math.abs((await restingX()) - shown)).toBeLessThan(1);
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 700 } });

	/** One finger from (x, y) by (dx, dy), in steps, as the browser's touch input. */
	async function swipe(page: Page, x: number, y: number, dx: number, dy: number) {
		const client = await page.context().newCDPSession(page);
		const point = (i: number) => [{ x: x + (dx * i) / 8, y: y + (dy * i) / 8, id: 1 }];
		await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
		for (let i = 1; i <= 8; i++)
			await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i) });
		await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	}

	test('a sideways swipe over the timeline pans; a vertical one scrolls the page', async ({
		page
	}) => {
		await open(page);
		const box = (await drawing(page).boundingBox())!;
		const text = await range(page).textContent();
		const x = box.x + box.width / 2;
		const y = box.y + box.height - 20;
		await swipe(page, x, y, 150, 10);
		await expect(range(page)).not.toHaveText(text!);
		expect(await page.evaluate(() => scrollY)).toBe(0);

		const panned = await range(page).textContent();
		await swipe(page, x, y, 0, -200);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(50);
		await expect(range(page)).toHaveText(panned!);
	});

	test('a touch that scrolled the page is never the second tap of a double tap', async ({
		page
	}) => {
		await open(page);
		const text = await range(page).textContent();
		// A tap, then at once a touch at the same place that scrolls the page and is reported
		// ending where it began: d3-zoom alone would take the pair for a double tap.
		await drawing(page).evaluate((svg) => {
			const box = svg.getBoundingClientRect();
			const at = (y: number) =>
				new Touch({
					identifier: 1,
					target: svg,
					clientX: box.left + box.width / 2,
					clientY: box.bottom - 20 + y
				});
			const send = (type: string, touch: Touch, down: boolean) =>
				svg.dispatchEvent(
					new TouchEvent(type, {
						bubbles: true,
						cancelable: true,
						touches: down ? [touch] : [],
						targetTouches: down ? [touch] : [],
						changedTouches: [touch]
					})
				);
			send('touchstart', at(0), true);
			send('touchend', at(0), false);
			send('touchstart', at(0), true);
			send('touchmove', at(-60), true);
			send('touchend', at(0), false);
		});
		// d3-zoom would take the pair for a double tap at once, and the zoom is drawn by the
		// next frame.
		await framesDrawn(page);
		await expect(range(page)).toHaveText(text!);
	});

	test('a pinch goes on when the mark it started on leaves the drawing', async ({ page }) => {
		await open(page);
		const bridge = mark(page, /^Harbour bridge reopens/);
		const box = (await bridge.locator('.hit').boundingBox())!;
		const link = (await bridge.elementHandle())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height / 2;
		const before = await visibleDays(page);
		const client = await page.context().newCDPSession(page);
		const fingers = (spread: number) => [
			{ x: x - spread, y, id: 1 },
			{ x: x + spread, y, id: 2 }
		];
		await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(10) });
		await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(20) });
		// As when a zoom culls the mark, or crowds it out of its lane.
		await link.evaluate((element) => element.remove());
		for (const spread of [40, 60, 80])
			await client.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: fingers(spread)
			});
		await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		// Spread from 10 to 80 px apart: eight times closer, not the two of the first move.
		await expect.poll(() => visibleDays(page)).toBeLessThan(before / 6);
	});
});
