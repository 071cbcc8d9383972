import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Builds <sourceline-timeline> as one ES module, build/sourceline.js, from the same
 * components as the site. Styles are injected into each element's shadow root.
 */
/**
 * In the embed the article starts hidden and the list closed: the element fetches them
 * when the reader opens them (as chunks beside sourceline.js), not with the timeline.
 */
const lazy: Plugin = {
	name: 'sourceline-lazy-panels',
	enforce: 'pre',
	resolveId(id, importer) {
		if (!importer?.endsWith('/components/Explorer.svelte')) return null;
		const name = {
			'./SourcePanel.svelte': 'LazySourcePanel',
			'./EventList.svelte': 'LazyEventList'
		}[id];
		return name
			? fileURLToPath(new URL(`./src/lib/element/${name}.svelte`, import.meta.url))
			: null;
	}
};

export default defineConfig({
	plugins: [
		lazy,
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
