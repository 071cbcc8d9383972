import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsReload } from '../scripts/events-check.ts';

/** Calls the plugin's hotUpdate hook as Vite would, and returns what it sent to the page. */
function update(environment: string, file: string): unknown[] {
	const sent: unknown[] = [];
	const plugin = eventsReload('tests/fixtures/seed.json');
	const server = { environments: { client: { hot: { send: (p: unknown) => sent.push(p) } } } };
	const hook = plugin.hotUpdate as (this: unknown, options: unknown) => unknown;
	hook.call({ environment: { name: environment } }, { file, server, type: 'update', modules: [] });
	return sent;
}

describe('eventsReload', () => {
	it('reloads the page when the events file changes, once, from the server side', () => {
		expect(update('ssr', resolve('tests/fixtures/seed.json'))).toEqual([
			{ type: 'full-reload', path: '*' }
		]);
		expect(update('client', resolve('tests/fixtures/seed.json'))).toEqual([]);
	});

	it('leaves any other file to Vite', () => {
		expect(update('ssr', resolve('tests/fixtures/partial.json'))).toEqual([]);
		expect(update('ssr', resolve('src/routes/+page.svelte'))).toEqual([]);
	});

	it('applies only to the dev server', () => {
		expect(eventsReload().apply).toBe('serve');
	});
});
