import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { eventsCheck } from './scripts/events-check.ts';

// Unit tests run in a time zone that is not UTC, so any local-time slip shows up.
process.env.TZ ??= 'America/Los_Angeles';

export default defineConfig({
	plugins: [eventsCheck(), sveltekit()],
	// The bundler's timing report says nothing a reader of the build output can act on.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'tests/*.test.ts'],
		environment: 'node'
	}
});
