/**
 * Drafting at scale: the drafter on 10 KB, 100 KB and 1 MB of news text (the seed article
 * repeated), timed in this process. Linear work costs the same per kilobyte at every size.
 */
import { readFileSync } from 'node:fs';
import { draftTimeline } from '../src/lib/draft/draft.ts';
import { number } from './format.ts';

const ARTICLE = readFileSync(
	new URL('../tests/fixtures/draft/seed-article.txt', import.meta.url),
	'utf8'
);
const PUBLISHED = '2025-11-15';

export interface DraftRun {
	/** Characters of text drafted (UTF-16 units, close to bytes for English). */
	size: number;
	/** The fastest of the rounds. */
	milliseconds: number;
	events: number;
}

/** About `size` characters: whole copies of the seed article and a cut one. */
export function newsText(size: number): string {
	return ARTICLE.repeat(Math.ceil(size / (ARTICLE.length + 1))).slice(0, size);
}

/** The fastest of `rounds` drafts at each size, after one of 100 KB to warm the engine up. */
export function draftScale({
	sizes = [10_000, 100_000, 1_000_000],
	rounds = 3
}: { sizes?: number[]; rounds?: number } = {}): DraftRun[] {
	draftTimeline({ text: newsText(100_000), published: PUBLISHED });
	return sizes.map((size) => {
		const text = newsText(size);
		let milliseconds = Infinity;
		let events = 0;
		for (let round = 0; round < rounds; round++) {
			const started = performance.now();
			events = draftTimeline({ text, published: PUBLISHED }).events.length;
			milliseconds = Math.min(milliseconds, performance.now() - started);
		}
		return { size, milliseconds, events };
	});
}

export function printDraft(runs: DraftRun[]): void {
	const perKB = (run: DraftRun) => run.milliseconds / (run.size / 1000);
	console.log(`\nnpm run draft's engine on news text (the seed article repeated), fastest of 3\n`);
	console.log('text        time (ms)    events     ms a KB');
	for (const run of runs)
		console.log(
			`${`${number(run.size / 1000)} KB`.padEnd(12)}${number(run.milliseconds).padEnd(13)}${String(run.events).padEnd(11)}${perKB(run).toFixed(2)}`
		);
	const first = runs[0];
	const last = runs.at(-1);
	if (first && last && last !== first)
		console.log(
			`\nratio of ms a KB, ${number(last.size / 1000)} KB ÷ ${number(first.size / 1000)} KB: ${(perKB(last) / perKB(first)).toFixed(1)} (about 1 is linear)`
		);
}
