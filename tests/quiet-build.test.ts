import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isNoise, NoiseFilter } from '../scripts/build-noise.ts';

/** SvelteKit's and adapter-static's lines after `vite build --logLevel error`, as they come. */
const KIT = [
	'',
	'Run npm run preview to preview your production build locally.',
	'',
	'> Using @sveltejs/adapter-static',
	'  Wrote site to "build"',
	'  \u2714 done',
	''
].join('\n');

function filtered(chunks: string[]): string {
	let out = '';
	const filter = new NoiseFilter((text) => (out += text));
	for (const chunk of chunks) filter.push(chunk);
	filter.end();
	return out;
}

describe('NoiseFilter', () => {
	it('drops every line SvelteKit prints on a build, and the blank lines around them', () => {
		expect(filtered([KIT])).toBe('');
	});

	it('drops them however the output is cut into chunks', () => {
		expect(filtered([...KIT])).toBe('');
		expect(filtered([KIT.slice(0, 7), KIT.slice(7, 40), KIT.slice(40)])).toBe('');
	});

	it('drops them in colour, as kleur writes them to a terminal', () => {
		const coloured =
			'\nRun \x1b[1m\x1b[36mnpm run preview\x1b[39m\x1b[22m to preview your production build locally.\n\x1b[1m\x1b[36m\n> Using @sveltejs/adapter-static\x1b[39m\x1b[22m\n';
		expect(filtered([coloured])).toBe('');
	});

	it('passes warnings and every other line as they came, blank lines included', () => {
		const warning =
			'\nsrc/routes/+page.svelte\n`prerender` will be ignored — move it to +page(.server).js/ts instead.\n';
		expect(filtered([KIT, warning])).toBe(warning);
		expect(filtered(['one\n\ntwo', '\n'])).toBe('one\n\ntwo\n');
		expect(filtered(['last line without a break'])).toBe('last line without a break');
	});

	it('tells the noise from lines that only resemble it', () => {
		expect(isNoise('  Wrote site to "build"')).toBe(true);
		expect(isNoise('Wrote site to "build" but 3 pages failed')).toBe(false);
		expect(isNoise('Run npm run preview to preview your production build locally. Error')).toBe(
			false
		);
	});
});

describe('scripts/quiet-build.ts', { timeout: 60_000 }, () => {
	const run = (script: string) =>
		spawnSync('npx', ['tsx', 'scripts/quiet-build.ts', process.execPath, '-e', script], {
			encoding: 'utf8'
		});

	it('prints the command’s output without the noise, and its errors untouched', () => {
		const result = run(
			`process.stdout.write(${JSON.stringify(KIT)} + 'Built.\\n'); console.error('real error'); process.exitCode = 3`
		);
		expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
			status: 3,
			stdout: 'Built.\n',
			stderr: 'real error\n'
		});
	});

	it('exits 0 when the command does', () => {
		expect(run(`process.stdout.write(${JSON.stringify(KIT)})`)).toMatchObject({
			status: 0,
			stdout: '',
			stderr: ''
		});
	});
});
