import { nearMatch } from '../src/lib/fix/near-match.ts';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { describeProblem } from '../src/lib/timeline/problem-text.ts';
import { errorsOf, parseTimeline } from '../src/lib/timeline/validate.ts';
import { readJsonFile } from './json-file.ts';

/**
 * Fails the build on an invalid events.json (or the file SOURCELINE_EVENTS names, which the
 * build embeds instead), with the same messages as `npm run validate`.
 */
export function eventsCheck(file = process.env.SOURCELINE_EVENTS || 'events.json'): Plugin {
	return {
		name: 'sourceline-events-check',
		apply: 'build',
		buildStart() {
			const read = readJsonFile(file);
			if (!read.ok) this.error(read.message);
			const errors = errorsOf(parseTimeline(read.document, { nearMatch }).problems);
			if (errors.length > 0)
				this.error(
					`${file} is invalid:\n${errors.map((p) => `  ${file}: ${describeProblem(p)}`).join('\n')}`
				);
		}
	};
}

/**
 * In `npm run dev`, reloads the page when the events file is saved. The page reads the file
 * in a server load, and Vite by itself refreshes only the server's copy: the open page would
 * show the old timeline until reloaded by hand.
 */
export function eventsReload(file = process.env.SOURCELINE_EVENTS || 'events.json'): Plugin {
	const path = resolve(file);
	return {
		name: 'sourceline-events-reload',
		apply: 'serve',
		hotUpdate({ file: changed, server }) {
			// Once, from the server side that imports the file, after it has dropped the old copy.
			if (this.environment.name !== 'ssr' || resolve(changed) !== path) return;
			server.environments.client.hot.send({ type: 'full-reload', path: '*' });
		}
	};
}
