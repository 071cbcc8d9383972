import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			// Where the site will be served: the oEmbed response needs absolute addresses.
			origin: process.env.SOURCELINE_ORIGIN ?? 'http://127.0.0.1:5173'
		}
	}
};

export default config;
