/**
 * The published events.json, whatever it holds: the only spec that reads it. The site is
 * built with a fixture (npm test sets SOURCELINE_EVENTS), so this file is loaded through
 * ?src= from the fixtures server, which reads it afresh; `npm run validate` has checked it.
 */
import { join } from 'node:path';
import { FIXTURES } from '../../playwright.config';
import { readJsonFile } from '../../scripts/json-file';
import { axeViolations } from './axe';
import { detailsHeading, drawing, list, timeline } from './locators';
import { expect, test } from './test';

// Read as `npm run validate` reads it (a byte order mark is allowed), which has passed it.
const read = readJsonFile(join(import.meta.dirname, '../../events.json'));
if (!read.ok) throw new Error(read.message);
const file = read.document as {
	title: string;
	events: { id: string; title: string; date?: unknown }[];
};
const events = file.events;
const dated = events.filter((e) => typeof e.date === 'string').length;
const undated = events.length - dated;
const first = events[0];
const count = (n: number) => n.toLocaleString('en-US');
// axe is injected as a script; the page's Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const address = (query = '') =>
	`/?src=${encodeURIComponent(`${FIXTURES}/published/events.json`)}${query}`;

test.describe(`the published events.json (${events.length} events, ${undated} undated)`, () => {
	test('renders every event: the dated ones in the drawing, all of them in the list', async ({
		page: tab
	}) => {
		// The list is read a page of 50 at a time.
		test.setTimeout(30_000 + events.length * 100);
		await tab.goto(address());
		await expect(tab.getByRole('heading', { level: 1 })).toHaveText(file.title);
		await expect(tab.getByRole('alert')).toHaveCount(0);
		if (events.length === 0) {
			await expect(tab.getByText('This timeline has no events yet.')).toBeVisible();
			return;
		}

		if (dated === 0)
			await expect(timeline(tab).getByText('No event in this timeline has a date.')).toBeVisible();
		else {
			// The drawing says how many dated events it holds, and its marks count every event:
			// the last in time is the last dated one.
			await expect(drawing(tab)).toHaveAccessibleName(
				`${count(dated)} dated ${dated === 1 ? 'event' : 'events'}`
			);
			const tabStop = drawing(tab).locator('a[tabindex="0"]');
			await tabStop.focus();
			await tab.keyboard.press('End');
			await expect(drawing(tab).locator('a:focus')).toHaveAccessibleName(
				new RegExp(`, ${count(dated)} of ${count(events.length)}$`)
			);
			await tab.keyboard.press('Home');
			await expect(drawing(tab).locator('a:focus')).toHaveAccessibleName(
				new RegExp(`, 1 of ${count(events.length)}$`)
			);
		}
		const aside = tab.getByRole('complementary', { name: 'Not dated in the article' });
		await expect(aside).toHaveCount(undated > 0 ? 1 : 0);

		// Every event is in the list once, across its pages.
		const all = list(tab);
		const pager = all.getByRole('navigation', { name: 'Pages of events', exact: true });
		const seen: string[] = [];
		for (;;) {
			const ids = await all
				.getByRole('listitem')
				.evaluateAll((items) => items.map((item) => item.id.replace(/^event-/, '')));
			const from = seen.length + 1;
			seen.push(...ids);
			if (events.length <= 50) break;
			await expect(pager).toContainText(
				`Events ${count(from)}–${count(seen.length)} of ${count(events.length)}`
			);
			const next = pager.getByRole('button', { name: 'Next' });
			if ((await next.getAttribute('aria-disabled')) === 'true') break;
			await next.click();
			await expect(pager).toContainText(`Events ${count(seen.length + 1)}–`);
		}
		expect(seen.toSorted()).toEqual(events.map((e) => e.id).toSorted());
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`axe finds no violation with its first event selected, ${colorScheme}`, async ({
			page: tab
		}) => {
			await tab.emulateMedia({ colorScheme });
			if (first) {
				await tab.goto(address(`&event=${encodeURIComponent(first.id)}`));
				await expect(detailsHeading(tab)).toHaveText(first.title);
			} else {
				await tab.goto(address());
				await expect(tab.getByText('This timeline has no events yet.')).toBeVisible();
			}
			expect(await axeViolations(tab)).toEqual([]);
		});
});
