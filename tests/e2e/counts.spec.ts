import { expect, test } from './test';
import { FIXTURES } from '../../playwright.config';

// Counts are written as the reader's language writes them, thousands separator and all.

const src = encodeURIComponent(`${FIXTURES}/generated/timeline-10000.json`);

for (const [lang, summary] of [
	['en', 'All 10,000 events as a list'],
	['de', 'Alle 10.000 Ereignisse als Liste']
] as const)
	test(`the embed's closed list counts 10,000 events in ${lang}`, async ({ page }) => {
		await page.goto(`/embed?src=${src}&lang=${lang}`);
		await expect(page.locator('sourceline-timeline summary')).toHaveText(summary);
	});
