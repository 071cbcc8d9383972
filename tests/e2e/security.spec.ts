import { timeline } from './locators';
import { expect, test } from './test';

for (const path of ['/', '/embed'])
	test(`${path} forbids inline and foreign scripts through its Content-Security-Policy`, async ({
		page
	}) => {
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(policy).toContain("object-src 'none'");
		// The page's own scripts ran: the timeline is drawn.
		await expect(timeline(page)).toBeVisible();
		// An inline script would run as it is appended; each refusal is reported as an event.
		await page.evaluate(() => {
			const violations: string[] = [];
			Object.assign(window, { violations });
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(e.violatedDirective)
			);
			const inline = document.createElement('script');
			inline.textContent = 'window.__inline = 1';
			document.body.append(inline);
			const foreign = document.createElement('script');
			foreign.src = 'http://127.0.0.1:4174/valid.json';
			document.body.append(foreign);
		});
		expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations))
			.toEqual(['script-src-elem', 'script-src-elem']);
	});
