import { defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumArgs, executablePath } from './tests/chromium';

export const SITE = 'http://127.0.0.1:4173';
export const FIXTURES = 'http://127.0.0.1:4174';

// The specs know the seed timeline's ids and counts; tests/e2e/published.spec.ts checks
// events.json itself. A site built from another file would fail them all, obscurely.
const read = (file: string) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
if (
	existsSync('build/events.json') &&
	read('build/events.json') !== read('tests/fixtures/seed.json')
)
	throw new Error(
		'build/ holds another timeline than tests/fixtures/seed.json: build with ' +
			'SOURCELINE_EVENTS=tests/fixtures/seed.json npm run build (npm test does)'
	);

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
