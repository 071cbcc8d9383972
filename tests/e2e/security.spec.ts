import { expect, test } from '@playwright/test';

for (const path of ['/', '/embed'])
	test(`${path} forbids inline and foreign scripts through its Content-Security-Policy`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(policy).toContain("object-src 'none'");
		// The page's own scripts ran: the timeline is drawn.
		await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
		const blocked = await page.evaluate(async () => {
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(e.blockedURI || e.violatedDirective)
			);
			const inline = document.createElement('script');
			inline.textContent = 'window.__inline = 1';
			document.body.append(inline);
			const foreign = document.createElement('script');
			foreign.src = 'http://127.0.0.1:4174/valid.json';
			document.body.append(foreign);
			await new Promise((resolve) => setTimeout(resolve, 300));
			return { ran: (window as unknown as { __inline?: number }).__inline, violations };
		});
		expect(blocked.ran).toBeUndefined();
		expect(blocked.violations.length).toBeGreaterThanOrEqual(2);
		expect(errors).toEqual([]);
	});
