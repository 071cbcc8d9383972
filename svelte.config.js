import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Prerendered pages carry this policy in a <meta> tag: no inline script but
		// SvelteKit's own (by hash), no script from elsewhere, no plugins. ?src= may fetch
		// any http(s) address; styles may be inline (Svelte sets style attributes).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
