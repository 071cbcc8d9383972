import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds <sourceline-timeline> as one ES module, build/sourceline.js, from the same
 * components as the site. Styles are injected into each element's shadow root; the
 * article and the list are chunks beside it, fetched when first opened (element/panels.ts).
 */
export default defineConfig({
	plugins: [
		svelte({
			compilerOptions: {
				customElement: true,
				discloseVersion: false,
				// Short scoping classes, from the component's file name: they repeat in every
				// selector and element, and a shadow root needs them only to tell components apart.
				cssHash: ({ hash, filename }) => `s${hash(filename ?? '')}`
			},
			emitCss: false
		})
	],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	build: {
		outDir: 'build',
		emptyOutDir: false,
		target: 'es2022',
		copyPublicDir: false,
		// Library builds keep ES output unminified by default; this module is for browsers.
		rolldownOptions: {
			output: {
				minify: true,
				// Named by kind, so `npm run size` can tell what a reader fetches when.
				chunkFileNames: ({ facadeModuleId }) =>
					facadeModuleId?.includes('/date-fns/locale/')
						? 'sourceline-locale-[name]-[hash].js'
						: facadeModuleId?.includes('/src/lib/i18n/')
							? 'sourceline-words-[name]-[hash].js'
							: 'sourceline-[name]-[hash].js'
			},
			// The lazy panels import the shared code from sourceline.js itself, so a host page
			// still loads one module to draw the timeline.
			preserveEntrySignatures: 'allow-extension',
			checks: { bundlerTimings: false }
		},
		lib: {
			entry: 'src/lib/element/index.ts',
			formats: ['es'],
			fileName: () => 'sourceline.js'
		}
	}
});
