import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { errorsOf, formatProblem, parseTimeline } from '../src/lib/timeline/validate.ts';

/** Fails the build on an invalid events.json, with the same messages as `npm run validate`. */
export function eventsCheck(file = 'events.json'): Plugin {
	return {
		name: 'sourceline-events-check',
		apply: 'build',
		buildStart() {
			let json: unknown;
			try {
				json = JSON.parse(readFileSync(file, 'utf8'));
			} catch (error) {
				this.error(`${file}: not valid JSON: ${(error as Error).message}`);
			}
			const errors = errorsOf(parseTimeline(json).problems);
			if (errors.length > 0)
				this.error(`${file} is invalid:\n${errors.map((p) => `  ${file}: ${formatProblem(p)}`).join('\n')}`);
		}
	};
}
