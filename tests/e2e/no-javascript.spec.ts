import { drawing, list, timeline } from './locators';
import { expect, test } from './test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page still shows the drawing and every event with its quotes', async ({
	page
}) => {
	await page.goto('/');
	const marks = drawing(page).getByRole('link');
	await expect(marks).toHaveCount(5);
	await expect(timeline(page).locator('svg')).toBeVisible();
	const all = list(page);
	await expect(all.getByRole('listitem')).toHaveCount(9);
	await expect(all.locator('#event-russia-draft')).toContainText('Thursday 13 November 2025');
	await expect(all.locator('#event-russia-draft blockquote').first()).toContainText(
		'Meanwhile, Russia on Thursday put forward'
	);
	// Controls that need JavaScript are not offered.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	await expect(page.getByText('Choose an event on the timeline')).toHaveCount(0);
	// A mark's link leads to the event in that list.
	await expect(marks.first()).toHaveAttribute('href', /#event-two-year-conflict$/);
});
