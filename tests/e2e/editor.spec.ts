import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../../playwright.config';
import { errorsOf, parseTimeline } from '../../src/lib/timeline/validate.ts';
import {
	card,
	cards,
	downloaded,
	draftSeed,
	openEditor,
	selectInArticle,
	SEED_ARTICLE
} from './editor-steps';
import { detailsHeading, drawing, list, mark, timeline } from './locators';
import { expect, test } from './test';

test('the explorer links to the editor', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Draft a timeline' }).click();
	await expect(page).toHaveURL(/\/draft$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Draft a timeline from an article'
	);
});

test('drafts the seed article: its four dated events, each on its sentence', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await expect(cards(page)).toHaveCount(4);
	const dates = await cards(page)
		.getByLabel('Date')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	expect(dates.toSorted()).toEqual(['2025-09', '2025-10', '2025-11-13', '2025-11-15']);
	const thursday = cards(page).filter({ hasText: 'Thursday 13 November 2025' });
	await expect(thursday.getByLabel('Date')).toHaveValue('2025-11-13');
	await expect(thursday.locator('.dated-by q')).toHaveText('on Thursday');
	await expect(thursday.locator('blockquote')).toContainText(
		'Meanwhile, Russia on Thursday put forward its own draft UN resolution'
	);
	// The preview is the explorer's own timeline, one mark per event.
	await expect(timeline(page).locator('[data-event]')).toHaveCount(4);
	// The article marks each drafted sentence and emphasises its date's words.
	await expect(page.locator('.article-panel a.mark')).toHaveCount(4);
	await expect(page.locator('.article-panel strong')).toHaveText([
		'on Saturday',
		'September',
		'on Thursday',
		'October'
	]);
});

test('edits: the title and date are checked as typed and the preview follows', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	const first = card(page, 1);
	await first.getByLabel('Title').fill('Putin and Netanyahu speak by phone');
	await expect(detailsHeading(page)).toHaveText('Putin and Netanyahu speak by phone');
	await expect(mark(page, /^Putin and Netanyahu speak by phone/)).toBeVisible();

	const date = first.getByLabel('Date');
	await date.fill('2025-11-3');
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	// The problem is said beside the field and is its description.
	const problem = first.locator(`#${await date.getAttribute('aria-describedby')}`);
	await expect(problem).not.toHaveText('Saturday 15 November 2025');
	await expect(date).toHaveAccessibleDescription((await problem.textContent())!.trim());
	// An invalid event leaves the preview until it is fixed.
	// Counted by the drawing's name, not its marks: which marks get a lane depends on the view.
	await expect(drawing(page)).toHaveAccessibleName(/^3 dated events$/);
	await date.fill('2025-11-14');
	await expect(date).not.toHaveAttribute('aria-invalid');
	await expect(problem).toHaveText('Friday 14 November 2025');
	await expect(drawing(page)).toHaveAccessibleName(/^4 dated events$/);
	await expect(page.locator('.details .date')).toHaveText('Friday 14 November 2025');

	await first.getByLabel('Summary').fill('The two leaders spoke about the region.');
	await expect(page.locator('.details .summary')).toHaveText(
		'The two leaders spoke about the region.'
	);
});

test('excluding an event leaves it out of the preview and the file', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	const second = card(page, 2);
	const title = await second.getByLabel('Title').inputValue();
	await second.getByLabel('Include').uncheck();
	// Counted by the drawing's name, not its marks: which marks get a lane depends on the view.
	await expect(drawing(page)).toHaveAccessibleName(/^3 dated events$/);
	// Its sentence stays marked in the article, more faintly.
	await expect(page.locator('.article-panel a.mark.excluded')).toHaveText([
		/^The two leaders had last spoken in September/
	]);
	const text = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download events.json' }).click()
	);
	const file = JSON.parse(text);
	expect(file.events).toHaveLength(3);
	expect(file.events.map((e: { title: string }) => e.title)).not.toContain(title);
});

test('downloads an events.json that npm run validate accepts', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await card(page, 3).getByLabel('Title').fill('Russia puts forward its own draft');
	const text = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download events.json' }).click()
	);
	const path = join(mkdtempSync(join(tmpdir(), 'editor-')), 'events.json');
	writeFileSync(path, text);
	const report = execFileSync('npx', ['tsx', 'scripts/validate.ts', path], { encoding: 'utf8' });
	expect(report).toContain('valid — 4 events (4 dated), 4 quotes');
	const file = JSON.parse(text);
	expect(file.sources[0]).toMatchObject({
		title: 'Russia counters US draft',
		published: '2025-11-15',
		text: SEED_ARTICLE
	});
	expect(file.events.map((e: { title: string }) => e.title)).toContain(
		'Russia puts forward its own draft'
	);
});

test('an article text edited after drafting is never written under the old events', async ({
	page
}) => {
	await openEditor(page);
	await draftSeed(page);
	await card(page, 1).getByLabel('Title').fill('Putin and Netanyahu speak');
	const edited = `Updated: corrects the date of the draft. ${SEED_ARTICLE}`;
	await page.getByRole('textbox', { name: 'Article text' }).fill(edited);
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Download events.json' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'edited after the events were drafted' })
	).toBeVisible();
	expect(downloads).toBe(0);
	await page.getByRole('button', { name: 'Use the edited text' }).click();
	await expect(page.getByText('Every event now quotes the edited text.')).toBeVisible();
	const file = JSON.parse(
		await downloaded(page, () => page.getByRole('button', { name: 'Download events.json' }).click())
	);
	expect(file.sources[0].text).toBe(edited);
	expect(file.events[0].title).toBe('Putin and Netanyahu speak');
	const points = [...edited];
	for (const event of file.events)
		for (const quote of event.evidence)
			expect(points.slice(quote.start, quote.end).join('')).toBe(quote.quote);
});

test('with an invalid event left, says which and why instead of downloading', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await card(page, 2).getByLabel('Date').fill('2025-02-30');
	await card(page, 4).getByLabel('Title').fill('');
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Download events.json' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'The file was not downloaded' });
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('listitem')).toHaveCount(2);
	await expect(alert.getByRole('listitem').first()).toContainText(/Event 2 .*date/);
	await expect(alert.getByRole('listitem').nth(1)).toContainText(
		'Event 4: title must not be empty'
	);
	// The event's name leads to its faulty field.
	await alert.getByRole('button', { name: /^Event 2/ }).click();
	await expect(card(page, 2).getByLabel('Date')).toBeFocused();
	await page.getByRole('button', { name: 'Copy JSON' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'The file was not copied' })
	).toBeVisible();
	expect(downloads).toBe(0);
});

test('selecting in the list selects in the article and the preview, and back', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await card(page, 3).getByLabel('Title').focus();
	await expect(page.locator('li.card[aria-current="true"]')).toHaveCount(1);
	await expect(page.locator('li.card[aria-current="true"]')).toHaveAttribute(
		'id',
		(await page.locator('.article-panel a.mark.selected').getAttribute('href'))!.slice(1)
	);
	await expect(page.locator('.article-panel a.mark.selected')).toContainText('on Thursday');
	await expect(detailsHeading(page)).toHaveText(
		await card(page, 3).getByLabel('Title').inputValue()
	);

	await page.locator('.article-panel a.mark', { hasText: 'in October' }).click();
	const selected = page.locator('li.card[aria-current="true"]');
	await expect(selected.getByLabel('Date')).toHaveValue('2025-10');
	await expect(detailsHeading(page)).toHaveText(await selected.getByLabel('Title').inputValue());

	await mark(page, /^Meanwhile, Russia/).click();
	await expect(page.locator('li.card[aria-current="true"]').getByLabel('Date')).toHaveValue(
		'2025-11-13'
	);
});

test('adds an undated event from a selection, and a second quote to it', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await page.getByLabel('Widen to whole sentences').uncheck();
	await selectInArticle(page, 'the call was initiated by Putin');
	await page.getByRole('button', { name: 'Add event from selection' }).click();
	const added = card(page, 5);
	await expect(added.locator('blockquote')).toHaveText(['the call was initiated by Putin']);
	await expect(added.getByLabel('Date')).toHaveValue('');
	await expect(added.getByText('Undated')).toBeVisible();

	await page.getByLabel('Widen to whole sentences').check();
	await selectInArticle(page, 'Security Council to develop');
	await added.getByRole('button', { name: 'Add selection as a quote of event 5' }).click();
	await expect(added.locator('blockquote')).toHaveCount(2);
	await expect(added.locator('blockquote').nth(1)).toHaveText(
		/^The objective of our draft is to enable the Security Council .* as cited by Reuters\.$/
	);
	// A quote added by mistake is removed again; the last one stays.
	await selectInArticle(page, 'Board of Peace');
	await added.getByRole('button', { name: 'Add selection as a quote of event 5' }).click();
	await expect(added.locator('blockquote')).toHaveCount(3);
	await added.getByRole('button', { name: 'Remove quote 3 of event 5' }).click();
	await expect(added.locator('blockquote')).toHaveCount(2);

	const file = JSON.parse(
		await downloaded(page, () => page.getByRole('button', { name: 'Download events.json' }).click())
	);
	const { timeline: parsed, problems } = parseTimeline(file);
	expect(errorsOf(problems)).toEqual([]);
	const event = file.events[4];
	expect(event.date).toBeUndefined();
	expect(event.evidence).toHaveLength(2);
	for (const quote of event.evidence)
		expect([...SEED_ARTICLE].slice(quote.start, quote.end).join('')).toBe(quote.quote);
	expect(parsed!.events[4]!.span).toBeNull();
});

test('adds an event from words selected with the keyboard in the article text', async ({
	page
}) => {
	await openEditor(page);
	await draftSeed(page);
	const box = page.getByRole('textbox', { name: 'Article text' });
	const at = SEED_ARTICLE.indexOf('Hamas');
	await box.evaluate((area: HTMLTextAreaElement, at) => {
		area.focus();
		area.setSelectionRange(at, at);
	}, at);
	for (let i = 0; i < 'Hamas'.length; i++) await page.keyboard.press('Shift+ArrowRight');
	await page.getByLabel('Widen to whole sentences').uncheck();
	await page.getByRole('button', { name: 'Add event from selection' }).focus();
	await page.keyboard.press('Enter');
	await expect(card(page, 5).locator('blockquote')).toHaveText(['Hamas']);
	await expect(card(page, 5).getByLabel('Title')).toBeFocused();
});

test('without a selection, "Add event from selection" says what to do', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	await page.getByRole('button', { name: 'Add event from selection' }).click();
	await expect(page.getByRole('alert')).toContainText('Select some words of the article first');
	await expect(cards(page)).toHaveCount(4);
});

test('every step works from the keyboard', async ({ page }) => {
	await openEditor(page);
	await page.getByLabel('Article text').focus();
	await page.keyboard.insertText(SEED_ARTICLE);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Open a .txt file' })).toBeFocused();
	await page.getByLabel('Published').focus();
	await page.keyboard.type('11152025');
	await expect(page.getByLabel('Published')).toHaveValue('2025-11-15');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Drafted 4 events: review them below.')).toBeVisible();

	const include = card(page, 1).getByLabel('Include');
	await include.focus();
	await page.keyboard.press('Space');
	await expect(include).not.toBeChecked();
	await page.keyboard.press('Tab');
	await expect(card(page, 1).getByLabel('Title')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(card(page, 1).getByLabel('Date')).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2025');
	await expect(card(page, 1).getByText('2025', { exact: true })).toBeVisible();

	// A drafted sentence in the article is a link: Enter selects its event.
	await page.locator('.article-panel a.mark', { hasText: 'in October' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('li.card[aria-current="true"]').getByLabel('Date')).toHaveValue(
		'2025-10'
	);

	await page.getByRole('button', { name: 'Start over' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Start over?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(cards(page)).toHaveCount(4);
});

test('a newcomer’s run, as the README tells it, ends in a file the explorer shows', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Draft a timeline' }).click();
	await expect(page.getByText('Your work is saved in this browser as you go.')).toBeVisible();
	await page.getByRole('textbox', { name: 'Article text' }).fill(SEED_ARTICLE);
	await page.getByLabel('Published').fill('2025-11-15');
	await page.getByRole('button', { name: 'Draft events' }).click();
	await card(page, 1).getByLabel('Title').fill('Putin and Netanyahu speak by phone');
	await card(page, 4).getByLabel('Include').uncheck();
	await page.getByLabel('Timeline title').fill('Gaza diplomacy, November 2025');
	const text = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download events.json' }).click()
	);
	// Hosted, as the README says, by a server that sends CORS headers.
	const hosted = `${FIXTURES}/hosted/events.json`;
	await page.route(hosted, (route) =>
		route.fulfill({
			body: text,
			contentType: 'application/json',
			headers: { 'access-control-allow-origin': '*' }
		})
	);
	await page.getByLabel('Address of the hosted events.json').fill(hosted);
	await expect(page.getByLabel('An iframe, on any page')).toHaveValue(
		new RegExp(`embed\\?src=${encodeURIComponent(hosted).replace(/\./g, '\\.')}`)
	);
	await page.goto(`/?src=${encodeURIComponent(hosted)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gaza diplomacy, November 2025');
	await expect(mark(page, /^Putin and Netanyahu speak by phone/)).toBeVisible();
	// The excluded event is not in the file: the explorer's full list lacks it.
	await expect(list(page)).toContainText('Meanwhile, Russia put forward its own draft');
	await expect(list(page)).not.toContainText('Israel and Hamas agreed');
});

test('"Copy JSON" copies the file that "Download events.json" writes', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEditor(page);
	await draftSeed(page);
	await card(page, 2).getByLabel('Include').uncheck();
	await page.getByRole('button', { name: 'Copy JSON' }).click();
	await expect(page.getByText('The JSON was copied.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const text = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download events.json' }).click()
	);
	expect(copied).toBe(text);
	expect(JSON.parse(copied).events).toHaveLength(3);
});

test('the embed snippets name the hosted file', async ({ page }) => {
	await openEditor(page);
	await draftSeed(page);
	const address = page.getByLabel('Address of the hosted events.json');
	await address.fill('javascript:alert(1)');
	await expect(page.getByText('That is not an http or https address.')).toBeVisible();
	await expect(page.getByLabel('The <sourceline-timeline> element')).toHaveCount(0);
	await address.fill('https://news.example/timelines/gaza.json');
	await expect(page.getByLabel('The <sourceline-timeline> element')).toHaveValue(
		'<script type="module" src="http://127.0.0.1:4173/sourceline.js"></script>\n' +
			'<sourceline-timeline src="https://news.example/timelines/gaza.json"></sourceline-timeline>'
	);
	await expect(page.getByLabel('An iframe, on any page')).toHaveValue(
		/^<iframe data-sourceline src="http:\/\/127\.0\.0\.1:4173\/embed\?src=https%3A%2F%2Fnews\.example%2Ftimelines%2Fgaza\.json" title="Timeline: Russia counters US draft"/
	);
});
