/**
 * Hostile and broken files loaded with ?src= (tests/fixtures/hostile/, and the large ones
 * the fixtures server generates under /generated/): nothing in them runs, no bad link is
 * made, and the page always ends in either a timeline or a clear message.
 */
import type { Page } from '@playwright/test';
import { FIXTURES } from '../../playwright.config';
import { details, detailsHeading, drawing, list, timeline } from './locators';
import { expect, test } from './test';

const src = (path: string, event?: string) =>
	`/?src=${encodeURIComponent(`${FIXTURES}/${path}`)}${event ? `&event=${event}` : ''}`;

/** Dialogs a page opened, collected from before it loads (uncaught errors fail the test). */
function watch(page: Page) {
	const seen = { dialogs: [] as string[] };
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return seen;
}

/**
 * Nothing from the file ran or became an element or a link, and the page is still usable.
 * Call once the page shows its timeline or its message.
 */
async function expectUnharmed(page: Page, seen: ReturnType<typeof watch>) {
	const found = await page.evaluate(() => ({
		pwned: (window as { __pwned?: unknown }).__pwned ?? null,
		// The payloads' own elements: the page itself has none of these.
		injected: document.querySelectorAll(
			'img[src="x"], iframe, [srcdoc], [onerror], [onload], main b, header b'
		).length,
		scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
		// Every link, as the browser resolves it.
		schemes: [
			...new Set(
				[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol)
			)
		],
		polluted: ({} as Record<string, unknown>).polluted ?? null
	}));
	expect({
		...found,
		schemes: found.schemes.filter((s) => s !== 'http:' && s !== 'https:')
	}).toEqual({
		pwned: null,
		injected: 0,
		scripts: 0,
		schemes: [],
		polluted: null
	});
	expect(seen.dialogs).toEqual([]);
	await expect(page.getByRole('link', { name: 'Back to the default timeline' })).toBeVisible();
	await expect(
		timeline(page)
			.or(page.getByRole('alert'))
			.or(page.getByText('This timeline has no events yet.'))
			.first()
	).toBeVisible();
}

test.describe('hostile files through ?src=', () => {
	test('markup.json: every payload is shown as text, none runs', async ({ page }) => {
		const seen = watch(page);
		await page.goto(src('hostile/markup.json', 'note-published'));
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(
			'<img src=x onerror="window.__pwned=1"> Council notes <script>window.__pwned=1</script>'
		);
		await expect(page).toHaveTitle(/^<img src=x onerror="window.__pwned=1"> Council notes/);
		await expect(page.getByText(`{@html '<b>x</b>'} javascript:window.__pwned=1`)).toBeVisible();
		// The ids made of markup are listed, as text.
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('in this file: what each one touches is left out');
		await expect(alert).toContainText(
			'events[3].id (id "<img src=x onerror=alert(1)>", "An event whose id is markup"): "<img src=x onerror=alert(1)>" must be lowercase letters'
		);
		await expect(alert).toContainText(
			'sources[1].id: "\\"><script>alert(1)</script>" must be lowercase letters'
		);
		// The event's own fields, in the details.
		const chosen = details(page);
		await expect(detailsHeading(page)).toHaveText('<img src=x onerror="window.__pwned=1">');
		await expect(chosen).toContainText('<script>window.__pwned=1</script>');
		await expect(chosen.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
			'<svg onload=window.__pwned=1>',
			'javascript:window.__pwned=1'
		]);
		await expect(chosen.locator('blockquote mark')).toHaveText(
			'On Thursday the council published a note reading <script>window.__pwned=1</script> in full.'
		);
		await expect(chosen).toContainText(
			'<script>window.__pwned=1</script>Council notes, in full, <img src=x onerror="window.__pwned=1">The Markup Gazette'
		);
		// The source text is shown verbatim.
		await expect(
			page.getByText('Council notes <img src=x onerror="window.__pwned=1">', { exact: true })
		).toBeVisible();
		// The one http(s) address is a link, its markup percent-encoded.
		await expect(page.getByRole('link', { name: /Original page/ })).toHaveAttribute(
			'href',
			'https://news.example/notes?q=%22%3E%3Cimg%20src=x%20onerror=window.__pwned=1%3E'
		);
		await expectUnharmed(page, seen);

		// The other events' payloads, selected in turn.
		await timeline(page)
			.getByRole('link', { name: /^"><iframe srcdoc=/ })
			.click();
		await expect(detailsHeading(page)).toHaveText(
			'"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'
		);
		await expect(chosen).toContainText(`{@html '<b>x</b>'}`);
		await expect(chosen).toContainText('Dated by the words <b>on Friday</b>');
		await page
			.getByRole('link', { name: /^javascript:window\.__pwned=1/ })
			.first()
			.click();
		await expect(detailsHeading(page)).toHaveText('javascript:window.__pwned=1');
		await expectUnharmed(page, seen);
	});

	test('urls.json: only http and https addresses become links', async ({ page }) => {
		const seen = watch(page);
		await page.goto(src('hostile/urls.json'));
		const alert = page.getByRole('alert');
		for (const url of [
			'"javascript:window.__pwned=1"',
			'"JaVaScRiPt:window.__pwned=1"',
			'"java\\nscript:window.__pwned=1"',
			'"\\u0001javascript:window.__pwned=1"',
			'"data:text/html,<script>window.__pwned=1</script>"',
			'"vbscript:msgbox(1)"',
			'"ftp://example.org/x"',
			'"//evil.example/x"',
			'"  https://ok.example/a"'
		])
			await expect(alert).toContainText(`${url} is not an http or https URL`);
		await expect(drawing(page).getByRole('link')).toHaveCount(10);
		await expect(page.getByRole('link', { name: /Original page/ })).toHaveCount(1);
		// Select every event, so each quote's "Open at the original" link is drawn too.
		const all = list(page);
		const titles = await all.getByRole('link').allInnerTexts();
		expect(titles).toHaveLength(10);
		for (const [i] of titles.entries()) {
			await all.getByRole('link').nth(i).click();
			await expect(details(page).locator('blockquote')).toHaveCount(1);
			const hrefs = await page
				.locator('a[href]')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
			for (const href of hrefs)
				expect(href).toMatch(/^(https?:\/\/|\?|#|\.\/|events\.schema\.json$)/);
		}
		await page
			.getByRole('link', { name: /Ferry plain on time/ })
			.first()
			.click();
		await expect(page.getByRole('link', { name: /Open at the original/ })).toHaveAttribute(
			'href',
			/^https:\/\/ok\.example\/b#:~:text=/
		);
		// The address written with spaces before it is refused, so its quote has no link.
		await page
			.getByRole('link', { name: /Ferry spaces on time/ })
			.first()
			.click();
		await expect(page.getByRole('link', { name: /Open at the original/ })).toHaveCount(0);
		await expectUnharmed(page, seen);
	});

	test('types.json: wrong types are listed, the good event is drawn, nothing is polluted', async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(src('hostile/types.json', 'constructor'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled timeline');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'32 problems in this file: what each one touches is left out'
		);
		await expect(alert).toContainText('title: must be a string, not a number');
		await expect(alert).toContainText(
			'events[3].tags (id "tags-object", "Tags are an object"): must be an array, not an object'
		);
		await expect(alert).toContainText(
			'events[5].evidence[0].start (id "start-string", "Offsets as strings"): must be a whole number of code points, 0 or more, not "3"'
		);
		await expect(alert).toContainText('events[15]: must be an object, not a string');
		await expect(
			page.getByRole('status').filter({ hasText: 'these parts of the file were ignored' })
		).toContainText('__proto__: unknown field, ignored');
		await expect(drawing(page).getByRole('link')).toHaveCount(1);
		await expect(detailsHeading(page)).toHaveText('The ferry ran on time');
		await expect(
			details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem')
		).toHaveText(['constructor', '__proto__']);
		await expectUnharmed(page, seen);
	});

	test('references.json: broken references are listed, the two good events are drawn', async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(src('hostile/references.json', 'ferry'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'11 problems in this file: what each one touches is left out'
		);
		for (const line of [
			'sources[1].id: duplicate of sources[0]',
			'events[1].id (id "ferry", "The ferry again, under the same id"): duplicate of events[0]',
			'events[2].evidence[0].source (id "missing-source", "Evidence from a source that is not there"): "elsewhere" is not the id of any source',
			'events[3].evidence[0].start (id "outside", "Offsets past the end of the text"): offsets 5000–5024 lie outside source "harbour" (196 code points)',
			'events[5].evidence[0].quote (id "twice", "A quote that occurs twice"): occurs 2 times in source "harbour"',
			'events[6].evidence[0].end (id "start-only", "A start without an end"): is required when the other offset is given'
		])
			await expect(alert).toContainText(line);
		await expect(drawing(page).getByRole('link')).toHaveCount(2);
		// A repeated tag is shown once (and does not break the details).
		await expect(
			details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem')
		).toHaveText(['ferry', 'harbour']);
		await expectUnharmed(page, seen);
	});

	test('dates.json: bad dates are listed; 9999, 45 BC and a leap day are drawn', async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(src('hostile/dates.json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'16 problems in this file: what each one touches is left out'
		);
		await expect(alert).toContainText(
			'events[1].date (id "entry-2", "Log entry 2"): "2025-13": month 13 does not exist'
		);
		await expect(alert).toContainText(
			'events[8].date (id "entry-9", "Log entry 9"): "2025-11-13T10:00": times of day are not supported'
		);
		await expect(alert).toContainText(
			'events[16].date (id "entry-17", "Log entry 17"): "2025-11-13\\n" is not an EDTF date'
		);
		const marks = drawing(page).getByRole('link');
		await expect(marks).toHaveCount(4);
		await expect(timeline(page).getByRole('link', { name: /^Log entry 7, 9999/ })).toBeVisible();
		await expect(timeline(page).getByRole('link', { name: /^Log entry 8, 45 BC/ })).toBeVisible();
		await expectUnharmed(page, seen);
	});

	test('encoding.json: offsets in code points past 𝔸 and 🙂, CRLF and a BOM in the text', async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(src('hostile/encoding.json', 'team-met'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			`events[3].evidence[0].quote (id "decomposed", "A quote typed in NFD"): not found in source "cafe" (it matches only after Unicode normalization: quote the source's characters exactly)`
		);
		await expect(alert).toContainText(
			'offsets 28–42 hold "t on Monday.\\r\\n", not the quote (the quote is at 26–40)'
		);
		await expect(details(page).locator('blockquote mark')).toHaveText('met on Monday.');
		await expect(details(page).locator('blockquote')).toHaveText('The 𝔸 team 🙂 met on Monday.');
		await page.goto(src('hostile/encoding.json', 'notes-title'));
		await expect(details(page).locator('blockquote mark')).toHaveText('Café notes');
		await expectUnharmed(page, seen);
	});

	test('empty.json: a timeline with no events says so', async ({ page }) => {
		const seen = watch(page);
		await page.goto(src('hostile/empty.json'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour news: nothing yet');
		await expect(page.getByText('This timeline has no events yet.')).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expectUnharmed(page, seen);
	});

	test('bom-file.json: a file that starts with a byte order mark loads', async ({ page }) => {
		const seen = watch(page);
		await page.goto(src('hostile/bom-file.json'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Harbour week, saved with a byte order mark'
		);
		await expect(drawing(page).getByRole('link')).toHaveCount(2);
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expectUnharmed(page, seen);
	});

	for (const [path, message] of [
		['hostile/not-json.json', 'the file is not JSON (Unterminated string in JSON at position 290'],
		['hostile/missing.json', '127.0.0.1:4174 answered 404 Not Found'],
		['generated/big.json', 'the file is 70 MB, larger than the 60 MB Sourceline reads']
	] as const)
		test(`${path}: says why nothing loaded`, async ({ page }) => {
			const seen = watch(page);
			await page.goto(src(path));
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('This timeline could not be loaded', { timeout: 15_000 });
			await expect(alert).toContainText(message);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
			await expectUnharmed(page, seen);
		});

	test('/hang: gives up after 15 seconds and says so', async ({ page }) => {
		test.setTimeout(40_000);
		const seen = watch(page);
		await page.goto(src('hang'));
		await expect(
			page.getByRole('status').filter({ hasText: 'Loading the timeline' })
		).toBeVisible();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('no answer from 127.0.0.1:4174 within 15 seconds', {
			timeout: 30_000
		});
		await expectUnharmed(page, seen);
	});
});

test.describe('the problem list', () => {
	test('near-miss.json: each problem names its event, near misses show their passage, and the events left out are listed by title', async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(src('near-miss.json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('3 problems in this file: what each one touches is left out');
		// Titles and passages come from the file: escaped and shortened, never markup.
		await expect(
			alert
				.getByRole('list', { name: 'Problems, by where they are in the file' })
				.getByRole('listitem')
		).toHaveText([
			`events[0].evidence[0].quote (id "bridge-opens", "Bridge opens"): not found in source "bridge" as written; it nearly matches the passage at 48–96, "the city’s transport office said.\\nThe mayor said", which differs only in letter case, apostrophes and spaces or line breaks: quote the source's characters exactly (npm run validate -- --fix does)`,
			`events[1].date (id "hidden-title", "Ferry\\u202e notes\\nsecond line, and a title far longer than any l…"): "2025-02-30" is not a real day`,
			`events[2].evidence[0].quote (id "open-at-last", "Open at last"): not found in source "bridge" as written, and it nearly matches 2 passages equally, so it is ambiguous: at 97–119, "“it is open — at last”", and at 136–158, "“it is open — at last”"; quote the source's characters exactly, or add start and end`
		]);
		await expect(
			alert.getByRole('list', { name: 'Left out of the timeline: 3 events' }).getByRole('listitem')
		).toHaveText([
			'"Bridge opens" (events[0], id "bridge-opens")',
			'"Ferry\\u202e notes\\nsecond line, and a title far longer than any l…" (events[1], id "hidden-title")',
			'"Open at last" (events[2], id "open-at-last")'
		]);
		await expect(drawing(page).getByRole('link')).toHaveCount(1);
		await expect(
			timeline(page).getByRole('link', { name: /^Harbour bridge reopened/ })
		).toBeVisible();
		await expectUnharmed(page, seen);
	});
});

test.describe('large generated files through ?src=', () => {
	test('deep.json: 100,000 nested arrays are ignored or refused, not a crash', async ({ page }) => {
		const seen = watch(page);
		await page.goto(src('generated/deep.json'));
		await expect(page.getByRole('alert')).toContainText(
			'events[1].tags[0] (id "pier", "The pier closed"): must be a string, not an array',
			{ timeout: 15_000 }
		);
		await expect(
			page.getByRole('status').filter({ hasText: 'these parts of the file were ignored' })
		).toContainText('junk: unknown field, ignored');
		await expect(drawing(page).getByRole('link')).toHaveCount(1);
		await expectUnharmed(page, seen);
	});

	test('long-string.json: a 10 MB summary is refused by its length', async ({ page }) => {
		const seen = watch(page);
		await page.goto(src('generated/long-string.json'));
		await expect(page.getByRole('alert')).toContainText(
			'events[1].summary (id "pier", "The pier closed"): is 10,485,760 characters long; at most 20,000 are allowed',
			{ timeout: 15_000 }
		);
		await expect(
			timeline(page).getByRole('link', { name: /^The ferry ran on time/ })
		).toBeVisible();
		await expectUnharmed(page, seen);
	});

	test('long-text.json: a valid 10 MB source text is drawn', async ({ page }) => {
		test.setTimeout(90_000);
		const seen = watch(page);
		await page.goto(src('generated/long-text.json', 'pier'));
		await expect(drawing(page).getByRole('link')).toHaveCount(2, { timeout: 60_000 });
		await expect(details(page).locator('blockquote mark')).toHaveText(
			'The pier closed on Thursday.'
		);
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expectUnharmed(page, seen);
	});

	test('many-evidence.json: one event with 5,000 quotes is drawn', async ({ page }) => {
		test.setTimeout(90_000);
		const seen = watch(page);
		await page.goto(src('generated/many-evidence.json'));
		await expect(drawing(page).getByRole('link')).toHaveCount(1, { timeout: 60_000 });
		// Drawn after the mark, as slowly as the machine makes it.
		await expect(list(page).locator('blockquote')).toHaveCount(5_000, { timeout: 60_000 });
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expectUnharmed(page, seen);
	});
});

test.describe('hostile files in the embed and the web component', () => {
	for (const file of ['markup.json', 'urls.json'])
		test(`${file} through /embed?src=: shown as text inside the shadow root, nothing runs`, async ({
			page
		}) => {
			const seen = watch(page);
			await page.goto(
				`/embed?article=show&src=${encodeURIComponent(`${FIXTURES}/hostile/${file}`)}`
			);
			const element = page.locator('sourceline-timeline');
			await expect(element.getByRole('region', { name: 'Timeline' })).toBeVisible();
			await expect(element.getByRole('alert')).toBeVisible();
			// Select every event in turn, so each quote and its links are drawn.
			const links = element.locator('.list-area a');
			const count = await links.count();
			for (let i = 0; i < count; i++)
				await links.nth(i).evaluate((a) => (a as HTMLElement).click());
			const found = await element.evaluate((host) => {
				const root = host.shadowRoot!;
				return {
					pwned: (window as { __pwned?: unknown }).__pwned ?? null,
					injected: root.querySelectorAll('img, iframe, [srcdoc], [onerror], [onload], script')
						.length,
					schemes: [
						...new Set(
							[...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol)
						)
					]
				};
			});
			expect(found.pwned).toBeNull();
			expect(found.injected).toBe(0);
			expect(found.schemes.filter((s) => s !== 'http:' && s !== 'https:')).toEqual([]);
			expect(seen.dialogs).toEqual([]);
			if (file === 'markup.json')
				await expect(element.getByRole('heading', { level: 2 }).first()).toContainText(
					'<img src=x'
				);
		});
});
