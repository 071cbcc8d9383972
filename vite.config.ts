import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { eventsCheck } from './scripts/events-check.ts';

export default defineConfig({
	plugins: [eventsCheck(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/*.test.ts'],
		environment: 'node'
	}
});
