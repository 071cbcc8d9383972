import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../src/lib/timeline/scale-formats.ts', import.meta.url));

/**
 * Gives d3-scale, and only d3-scale, a stand-in for d3-time-format: the time scale's default
 * tick formats are never used (date-fns labels the ticks), and the real module is about a
 * tenth of what a host page downloads to draw the timeline.
 */
export function scaleFormats(): Plugin {
	return {
		name: 'sourceline-scale-formats',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === 'd3-time-format' && importer && /[\\/]d3-scale[\\/]/.test(importer))
				return STAND_IN;
		}
	};
}
