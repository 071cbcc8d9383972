import { defineConfig } from '@playwright/test';
import { chromiumArgs, executablePath } from './tests/chromium';

export const SITE = 'http://127.0.0.1:4173';
export const FIXTURES = 'http://127.0.0.1:4174';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	use: {
		baseURL: SITE,
		// The explorer follows the browser's language: the specs read English unless they ask.
		locale: 'en-US',
		browserName: 'chromium',
		launchOptions: { executablePath, args: chromiumArgs }
	},
	webServer: [
		{
			command: 'npx tsx scripts/serve.ts --port 4173',
			url: SITE,
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'npx tsx tests/fixtures-server.ts',
			url: `${FIXTURES}/valid.json`,
			reuseExistingServer: !process.env.CI
		}
	]
});
