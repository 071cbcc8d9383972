import type { Page } from '@playwright/test';
import { details, detailsHeading, drawing, mark, range, timeline } from './locators';
import { framesDrawn, open, scrollSettled, zoomReady } from './ready';
import { expect, test } from './test';

/**
 * Stops the page's clock (timers, frames, performance.now) until `page.clock.runFor`, a
 * few seconds ahead: the page's time runs on while this is asked, and cannot go back.
 */
async function pause(page: Page) {
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 5_000));
}

test.describe('the explorer', () => {
	test('draws every dated event as a named control in a labelled region', async ({ page }) => {
		await page.goto('/');
		await expect(timeline(page)).toBeVisible();
		await expect(
			mark(
				page,
				/^Russia puts forward its own draft UN resolution on Gaza, Thursday 13 November 2025, 4 of 9$/
			)
		).toBeVisible();
		await expect(
			mark(page, /^Putin and Netanyahu speak by phone, Saturday 15 November 2025, 5 of 9$/)
		).toBeVisible();
		await expect(mark(page, /last spoke by phone, September 2025/)).toBeVisible();
		await expect(mark(page, /first phase.*October 2025/)).toBeVisible();
		await expect(mark(page, /Two-year conflict.*about October 2023 to October 2025/)).toBeVisible();
		await expect(
			page.getByRole('complementary', { name: 'Not dated in the article' }).getByRole('link')
		).toHaveCount(4);
	});

	test('keeps the Thursday and Saturday events apart and readable in the home view', async ({
		page
	}) => {
		for (const [width, apart] of [
			[360, 7],
			[1440, 16]
		] as const) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			const thursday = mark(page, /Thursday 13 November/);
			const saturday = mark(page, /Saturday 15 November/);
			const centre = async (m: typeof thursday) => {
				const box = (await m.locator('circle').boundingBox())!;
				return box.x + box.width / 2;
			};
			// Their points stand apart in time, not just in different lanes.
			expect((await centre(saturday)) - (await centre(thursday))).toBeGreaterThanOrEqual(apart);
			const [a, b] = [(await thursday.boundingBox())!, (await saturday.boundingBox())!];
			const overlap =
				a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width && b.x < a.x + a.width;
			expect(overlap, `labels overlap at ${width}px`).toBe(false);
			for (const box of [a, b]) {
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
			}
			// The two-year conflict is still drawn, running off the left edge.
			await expect(mark(page, /Two-year conflict/)).toBeVisible();
		}
	});

	test('a selected event stays selected while zooming, even after a deep link', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?event=previous-call');
		await expect(detailsHeading(page)).toHaveText(/last spoke by phone/);
		await mark(page, /Thursday 13 November/).click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect(detailsHeading(page)).toHaveText(/Russia puts forward/);
		await expect(page).toHaveURL(/event=russia-draft/);
	});

	test('zooming in keeps the selected event in view, and events out of view are counted', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?event=putin-netanyahu-call');
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		for (let i = 0; i < 4; i++) await zoomIn.click();
		const saturday = (await mark(page, /Saturday 15 November/)
			.locator('circle')
			.boundingBox())!;
		const svg = (await drawing(page).boundingBox())!;
		expect(saturday.x).toBeGreaterThan(svg.x);
		expect(saturday.x + saturday.width).toBeLessThan(svg.x + svg.width);
		// September and the conflict are now before the view; a button goes back to them.
		const earlier = page.getByRole('button', { name: /earlier/ });
		await expect(earlier).toContainText('← 3 earlier');
		await earlier.click();
		await expect(detailsHeading(page)).toHaveText(/first phase/);
	});

	test('selecting an event by click shows its details, marks its quote and updates the URL', async ({
		page
	}) => {
		// Before the page has come to life a click follows the mark's link (the deep link,
		// with its #fragment), as it does without JavaScript.
		await open(page, '/');
		await mark(page, /Thursday 13 November/).click();
		const panel = details(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			'Russia puts forward its own draft UN resolution on Gaza'
		);
		await expect(panel.getByText('Thursday 13 November 2025')).toBeVisible();
		await expect(panel.getByText('Dated by the words')).toContainText('on Thursday');
		await expect(panel.locator('blockquote mark').first()).toContainText(
			'Meanwhile, Russia on Thursday put forward'
		);
		await expect(page).toHaveURL(/\?event=russia-draft$/);
		const highlighted = page.locator('[data-source="article"] mark');
		await expect(highlighted.first()).toContainText('Meanwhile, Russia on Thursday');
		await expect(highlighted).toHaveCount(2);
	});

	test('the keyboard moves between events in time and selects them', async ({ page }) => {
		// Before the page comes to life, Enter follows the mark's link and loads the page anew.
		await open(page, '/');
		const first = mark(page, /Two-year conflict/);
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(detailsHeading(page)).toHaveText(/Two-year conflict/);
		// Arrows move the focus through time; Enter or Space selects.
		await page.keyboard.press('ArrowRight');
		await expect(mark(page, /September 2025/)).toBeFocused();
		await expect(detailsHeading(page)).toHaveText(/Two-year conflict/);
		await page.keyboard.press('Enter');
		await expect(detailsHeading(page)).toHaveText(/last spoke by phone/);
		await page.keyboard.press('End');
		await expect(mark(page, /Saturday 15 November/)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await expect(mark(page, /Thursday 13 November/)).toBeFocused();
		await page.keyboard.press(' ');
		await expect(page).toHaveURL(/event=russia-draft/);
		await page.keyboard.press('Home');
		await page.keyboard.press(' ');
		await expect(page).toHaveURL(/event=two-year-conflict/);
		// The timeline holds one tab stop: Tab leaves it.
		await page.keyboard.press('Tab');
		await expect(page.locator('[data-event]:focus')).toHaveCount(0);
	});

	test('selecting a sentence in the article selects its event', async ({ page }) => {
		await open(page, '/');
		// A click selects the event of the words under the pointer.
		await page
			.getByRole('article')
			.getByText(/^The US mission to the UN called on the Security Council/)
			.click();
		await expect(detailsHeading(page)).toHaveText(
			'US mission urges Security Council to proceed with US draft'
		);
		await expect(details(page).getByText('Undated', { exact: true })).toBeVisible();
		await expect(page).toHaveURL(/event=us-mission-urges-council/);
		// Words quoted by two events offer a choice between them.
		await page.getByRole('button', { name: '2 events quote these words' }).click();
		await page
			.getByRole('link', { name: 'Two-year conflict between Israel and Hamas' })
			.last()
			.click();
		await expect(detailsHeading(page)).toHaveText('Two-year conflict between Israel and Hamas');
		await expect(details(page).getByText('about October 2023 to October 2025')).toBeVisible();
	});

	test('an article sentence is reachable and selected by keyboard', async ({ page }) => {
		await open(page, '/');
		// Its passage quotes several events: Enter lists them.
		const sentence = page.getByRole('link', { name: /Israel and Hamas agreed in October/ });
		await sentence.focus();
		await page.keyboard.press('Enter');
		await page
			.locator('.choices')
			.getByRole('link', { name: /first phase/ })
			.press('Enter');
		await expect(detailsHeading(page)).toHaveText(/first phase/);
		await expect(details(page).getByText('October 2025', { exact: true })).toBeVisible();
	});

	test('a deep link selects its event', async ({ page }) => {
		await page.goto('/?event=previous-call');
		await expect(detailsHeading(page)).toHaveText('Putin and Netanyahu last spoke by phone');
		await expect(details(page).getByText('September 2025', { exact: true })).toBeVisible();
		await expect(details(page).getByText('Dated by the words')).toContainText('in September');
		await expect(page.locator('[data-source="article"] mark')).toContainText(
			'The two leaders had last spoken in September'
		);
	});

	test('a deep link to an unknown event says so', async ({ page }) => {
		await page.goto('/?event=no-such-event');
		await expect(page.getByRole('status').filter({ hasText: 'no-such-event' })).toBeVisible();
		await expect(detailsHeading(page)).toHaveText('Choose an event');
	});

	test('zooming changes the visible time range, by buttons, keys, wheel and drag', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, '/');
		await zoomReady(drawing(page));
		const shown = range(page);
		const initial = await shown.textContent();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(shown).not.toHaveText(initial!);
		const zoomed = await shown.textContent();
		await page.getByRole('button', { name: 'Fit the events' }).click();
		await expect(shown).toHaveText(initial!);

		const svg = drawing(page);
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
		await page.mouse.wheel(0, -400);
		await expect(shown).not.toHaveText(initial!);
		const afterWheel = await shown.textContent();
		await page.mouse.move(box.x + 30, box.y + 10);
		await page.mouse.down();
		await page.mouse.move(box.x + 230, box.y + 10, { steps: 5 });
		await page.mouse.up();
		await expect(shown).not.toHaveText(afterWheel!);

		// The timeline's one tab stop takes the keys, wherever the view has gone.
		await timeline(page).locator('a[data-event][tabindex="0"]').focus();
		await page.keyboard.press('0');
		await expect(shown).toHaveText(initial!);
		await page.keyboard.press('+');
		await expect(shown).toHaveText(zoomed!);
	});

	test('quick zoom presses during an animation add up', async ({ page }) => {
		// The page's clock stands still between presses, so the second lands mid-animation
		// however slow the machine.
		await page.clock.install();
		await open(page, '/');
		await zoomReady(drawing(page));
		const shown = range(page);
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		const initial = await shown.textContent();
		await pause(page);
		await zoomIn.click();
		await page.clock.runFor(100);
		const midway = await shown.textContent();
		await zoomIn.click();
		await page.clock.runFor(1000);
		const animated = await shown.textContent();
		expect(midway).not.toBe(initial);
		expect(midway).not.toBe(animated);
		// Two presses with reduced motion, which jump: the same place.
		await page.clock.resume();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.getByRole('button', { name: 'Fit the events' }).click();
		await expect(shown).toHaveText(initial!);
		await zoomIn.click();
		await zoomIn.click();
		await expect(shown).toHaveText(animated!);
	});

	test('fits a narrow phone screen without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 780 });
		await page.goto('/?event=russia-draft');
		await expect(detailsHeading(page)).toHaveText(/Russia puts forward/);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(timeline(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
	});

	test('the way back from another file leaves ?src= behind', async ({ page }) => {
		await page.goto('/?src=events.json&event=russia-draft');
		await expect(page.getByText('Data from 127.0.0.1:4173')).toBeVisible();
		await page.getByRole('link', { name: 'Back to the default timeline' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByText(/Data from/)).toHaveCount(0);
	});

	test('follows the dark colour scheme', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto('/');
		const background = await page
			.locator('.sourceline')
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).toBe('rgb(17, 19, 24)');
		await context.close();
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

	test('a tap selects an event and a two-finger pinch zooms', async ({ page }) => {
		await page.goto('/');
		await zoomReady(drawing(page));
		await mark(page, /Thursday 13 November/).tap();
		await expect(detailsHeading(page)).toHaveText(/Russia puts forward/);
		// The page scrolls the details into view; the pinch aims at where the drawing ends up.
		await scrollSettled(page);

		const shown = range(page);
		const before = await shown.textContent();
		const box = (await drawing(page).boundingBox())!;
		const y = box.y + box.height - 40;
		const middle = box.x + box.width / 2;
		const client = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
			client.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: middle - spread, y, id: 1 },
								{ x: middle + spread, y, id: 2 }
							]
			});
		await touch('touchStart', 20);
		for (const spread of [40, 60, 80, 100]) await touch('touchMove', spread);
		await touch('touchEnd', 0);
		await expect(shown).not.toHaveText(before!);
		// Spreading the fingers zooms in: the visible span shrinks.
		const days = (text: string) => {
			const [a, b] = text
				.replace('Showing', '')
				.split(' – ')
				.map((d) => Date.parse(d));
			return (b! - a!) / 86_400_000;
		};
		expect(days((await shown.textContent())!)).toBeLessThan(days(before!) / 2);
	});
});

test('with reduced motion, zooming jumps straight to its end instead of animating', async ({
	page
}) => {
	// The page's clock runs only when told: two frames after the press an animation is on
	// its way, however slow the machine.
	await page.clock.install();
	const shown = range(page);
	const zoomOnce = async () => {
		await page.clock.resume();
		// d3-zoom arrives after the first paint; a press before it waits for it, which
		// would read here as an animation.
		await open(page, '/');
		await zoomReady(drawing(page));
		const before = await shown.textContent();
		await pause(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.clock.runFor(32);
		const immediately = await shown.textContent();
		await page.clock.runFor(1000);
		return { before, immediately, after: await shown.textContent() };
	};
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const reduced = await zoomOnce();
	expect(reduced.immediately).toBe(reduced.after);
	expect(reduced.after).not.toBe(reduced.before);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const animated = await zoomOnce();
	expect(animated.immediately).not.toBe(animated.after);
	expect(animated.after).toBe(reduced.after);
});

test('selecting an event is said once, politely: the route announcer stays quiet', async ({
	page
}) => {
	await open(page, '/');
	await mark(page, /Thursday 13 November/).click();
	await expect(page).toHaveURL(/event=russia-draft/);
	await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Russia puts forward/);
	// A navigation would have spoken by now: SvelteKit sets its announcer once the URL has
	// changed, and Svelte draws it before the next frame.
	await framesDrawn(page);
	await expect(page.locator('#svelte-announcer')).toHaveText('');
});

test('an animated zoom keeps the selected event still, without swinging sideways', async ({
	page
}) => {
	// Frames come from the page's clock, told to run: as many as the animation takes,
	// however slow the machine.
	await page.clock.install();
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/?event=previous-call');
	await expect(detailsHeading(page)).toHaveText(/last spoke by phone/);
	// With d3-zoom in, so the press starts the animation at once.
	await zoomReady(drawing(page));
	await pause(page);
	// Each frame, the centre of the selected mark and the visible range.
	await page.evaluate(() => {
		const seen: [number, string][] = [];
		Object.assign(window, { seen });
		const frame = () => {
			const box = document.querySelector('[data-event="previous-call"] .shape')!;
			const { left, width } = box.getBoundingClientRect();
			seen.push([left + width / 2, document.querySelector('.range')!.textContent!]);
			requestAnimationFrame(frame);
		};
		frame();
	});
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.clock.runFor(400);
	const seen = await page.evaluate(() => (window as unknown as { seen: [number, string][] }).seen);
	// The zoom was drawn in steps, not in one jump...
	expect(new Set(seen.map(([, shown]) => shown)).size).toBeGreaterThan(5);
	// ...while the selected mark stood still.
	for (const [x] of seen) expect(Math.abs(x - seen[0]![0])).toBeLessThan(2);
});
