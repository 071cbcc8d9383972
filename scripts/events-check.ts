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
			const errors = errorsOf(parseTimeline(read.document).problems);
			if (errors.length > 0)
				this.error(
					`${file} is invalid:\n${errors.map((p) => `  ${file}: ${describeProblem(p)}`).join('\n')}`
				);
		}
	};
}
