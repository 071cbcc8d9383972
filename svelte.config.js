import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The hash of app.html's one inline script, which starts fetching ?src= early. */
const appScript = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(
	/<script>([\s\S]*?)<\/script>/
)?.[1];
if (!appScript) throw new Error('src/app.html: the inline script that fetches ?src= is missing');
const appScriptHash = `sha256-${createHash('sha256').update(appScript).digest('base64')}`;

/**
 * The timeline the site is built with: events.json, or the file SOURCELINE_EVENTS names
 * (npm test builds with tests/fixtures/seed.json: the browser specs must not depend on the
 * published file, which authors replace).
 */
const events = process.env.SOURCELINE_EVENTS || 'events.json';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		alias: { $events: events },
		// Prerendered pages carry this policy in a <meta> tag: no inline script but
		// SvelteKit's own and app.html's (by hash), no script from elsewhere, no plugins. ?src= may fetch
		// any http(s) address; styles may be inline (Svelte sets style attributes).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', appScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self', 'http:', 'https:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			// Where the site will be served: the oEmbed response needs absolute addresses.
			origin: process.env.SOURCELINE_ORIGIN ?? 'http://127.0.0.1:5173'
		}
	}
};

export default config;
