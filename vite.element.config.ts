import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { scaleFormats } from './scripts/scale-formats.ts';

/**
 * Svelte gives each component's CSS to its custom element as a <style> element, which a
 * host page's Content-Security-Policy refuses unless it allows style-src 'unsafe-inline'.
 * This swaps Svelte's append_styles for one that adopts a constructed stylesheet (one per
 * component, shared by every element), which no such policy governs.
 */
function adoptedStyles(): Plugin {
	const file = /\/svelte\/src\/internal\/client\/dom\/css\.js$/;
	return {
		name: 'sourceline-adopted-styles',
		enforce: 'pre',
		transform(code, id) {
			if (!file.test(id)) return;
			// Svelte's own lines: if a new version changes them, review this replacement.
			const find = 'anchor = active_effect?.parent?.nodes?.start ?? anchor;';
			if (!code.includes('export function append_styles(anchor, css)') || !code.includes(find))
				this.error(`${id}: append_styles is not as expected; review adoptedStyles()`);
			return [
				"import { effect } from '../reactivity/effects.js';",
				"import { active_effect } from '../runtime.js';",
				'const sheets = new Map();',
				'export function append_styles(anchor, css) {',
				'	effect(() => {',
				`		${find}`,
				'		var root = anchor.getRootNode();',
				'		var target = root.host ? root : (root.ownerDocument ?? root);',
				'		var sheet = sheets.get(css.hash);',
				'		if (!sheet) {',
				'			sheet = new CSSStyleSheet();',
				'			sheet.replaceSync(css.code);',
				'			sheets.set(css.hash, sheet);',
				'		}',
				'		if (!target.adoptedStyleSheets.includes(sheet))',
				'			target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];',
				'	});',
				'}'
			].join('\n');
		}
	};
}

/**
 * Builds <sourceline-timeline> as one ES module, build/sourceline.js, from the same
 * components as the site. Styles are injected into each element's shadow root; the
 * article and the list are chunks beside it, fetched when first opened (element/panels.ts).
 */
export default defineConfig({
	plugins: [
		scaleFormats(),
		adoptedStyles(),
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
