import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { eventsCheck, eventsReload } from './scripts/events-check.ts';
import { scaleFormats } from './scripts/scale-formats.ts';
import { chromiumArgs, executablePath } from './tests/chromium.ts';

// Unit tests run in a time zone that is not UTC, so any local-time slip shows up.
process.env.TZ ??= 'America/Los_Angeles';

/** Runes compiled for the client, as a reader's browser runs them. */
const BROWSER_TESTS = ['src/**/*.svelte.test.ts', 'tests/**/*.svelte.test.ts'];

export default defineConfig({
	plugins: [scaleFormats(), eventsCheck(), eventsReload(), sveltekit()],
	// The bundler's timing report says nothing a reader of the build output can act on.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		// A guard against a hung test, not a measure of speed: on a busy machine a property
		// test or a first browser import may take many times its usual second.
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// UPDATE_SNAPSHOTS=1 rewrites the drawing's snapshots, as `vitest -u` does.
		...(process.env.UPDATE_SNAPSHOTS === '1' ? { update: 'all' as const } : {}),
		// The timeline's height follows its measured width, which Chromium reports as a window
		// error (logged by the browser project) though every size arrives in the next frame.
		onConsoleLog: (log) => !log.includes('ResizeObserver loop completed'),
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts', 'tests/*.test.ts'],
					exclude: [...configDefaults.exclude, ...BROWSER_TESTS],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: BROWSER_TESTS,
					browser: {
						enabled: true,
						headless: true,
						// Off the ports the end-to-end servers use; the next free one if taken.
						api: { host: '127.0.0.1', port: 63315 },
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath, args: chromiumArgs },
							contextOptions: { timezoneId: process.env.TZ, locale: 'en-GB' }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
