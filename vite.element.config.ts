import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds <sourceline-timeline> as one ES module, build/sourceline.js, from the same
 * components as the site. Styles are injected into each element's shadow root.
 */
export default defineConfig({
	plugins: [
		svelte({ compilerOptions: { customElement: true, discloseVersion: false }, emitCss: false })
	],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	build: {
		outDir: 'build',
		emptyOutDir: false,
		target: 'es2022',
		copyPublicDir: false,
		// Library builds keep ES output unminified by default; this module is for browsers.
		rolldownOptions: { output: { minify: true }, checks: { bundlerTimings: false } },
		lib: {
			entry: 'src/lib/element/index.ts',
			formats: ['es'],
			fileName: () => 'sourceline.js'
		}
	}
});
