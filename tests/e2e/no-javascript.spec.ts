import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page still shows the drawing and every event with its quotes', async ({
	page
}) => {
	await page.goto('/');
	const marks = page.getByRole('region', { name: 'Timeline' }).locator('svg a[data-event]');
	await expect(marks).toHaveCount(5);
	await expect(page.getByRole('region', { name: 'Timeline' }).locator('svg')).toBeVisible();
	const list = page.getByRole('region', { name: 'All events, in order' });
	await expect(list.getByRole('listitem')).toHaveCount(9);
	await expect(list.locator('#event-russia-draft')).toContainText('Thursday 13 November 2025');
	await expect(list.locator('#event-russia-draft blockquote').first()).toContainText(
		'Meanwhile, Russia on Thursday put forward'
	);
	// Controls that need JavaScript are not offered.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	await expect(page.getByText('Choose an event on the timeline')).toHaveCount(0);
	// A mark's link leads to the event in that list.
	await expect(marks.first()).toHaveAttribute('href', /#event-two-year-conflict$/);
});
