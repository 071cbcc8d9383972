import { describe, expect, it } from 'vitest';
import { scaleFormats } from '../scripts/scale-formats.ts';
import { timeFormat, utcFormat } from '../src/lib/timeline/scale-formats.ts';

describe('the stand-in for d3-time-format', () => {
	const resolve = scaleFormats().resolveId as (source: string, importer?: string) => unknown;

	it('is given to d3-scale alone', () => {
		expect(resolve('d3-time-format', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toMatch(
			/src[\\/]lib[\\/]timeline[\\/]scale-formats\.ts$/
		);
		expect(resolve('d3-time-format', '/app/src/lib/timeline/ticks.ts')).toBeUndefined();
		expect(resolve('d3-time-format')).toBeUndefined();
		expect(resolve('d3-format', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toBeUndefined();
	});

	it('makes formats freely, and says where ticks are labelled when one is used', () => {
		for (const make of [timeFormat, utcFormat]) {
			const format = make('%B');
			expect(() => format(new Date(0))).toThrow(/tickFormat \("%B"\).*tickLabel\(\)/);
		}
	});
});
