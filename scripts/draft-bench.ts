/**
 * Times the drafter on 10 KB, 100 KB and 1 MB of news text (the seed article repeated):
 * `tsx scripts/draft-bench.ts`. `timeDrafts` is exported for a larger bench to call.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftTimeline } from '../src/lib/draft/draft.ts';

const ARTICLE = readFileSync(
	new URL('../tests/fixtures/draft/seed-article.txt', import.meta.url),
	'utf8'
);

export interface DraftTiming {
	/** Characters of text drafted (UTF-16 units, close to bytes for English). */
	size: number;
	milliseconds: number;
	events: number;
}

/** A text of about `size` characters made of whole copies of the seed article and a cut one. */
export function newsText(size: number): string {
	const copies = ARTICLE.repeat(Math.ceil(size / (ARTICLE.length + 1)));
	return copies.slice(0, size);
}

/** The best of `rounds` timed drafts at each size, after a run of 100 KB to warm the engine up. */
export function timeDrafts({
	sizes = [10_000, 100_000, 1_000_000],
	rounds = 3
}: { sizes?: number[]; rounds?: number } = {}): DraftTiming[] {
	draftTimeline({ text: newsText(100_000), published: '2025-11-15' });
	return sizes.map((size) => {
		const text = newsText(size);
		let best = Infinity;
		let events = 0;
		for (let round = 0; round < rounds; round++) {
			const started = performance.now();
			events = draftTimeline({ text, published: '2025-11-15' }).events.length;
			best = Math.min(best, performance.now() - started);
		}
		return { size, milliseconds: best, events };
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const timings = timeDrafts();
	for (const [i, timing] of timings.entries()) {
		const ratio =
			i === 0 ? '' : `  ×${(timing.milliseconds / timings[i - 1]!.milliseconds).toFixed(1)}`;
		console.log(
			`draft ${`${timing.size / 1000} KB`.padStart(8)}  ${timing.milliseconds.toFixed(0).padStart(6)} ms  ${String(timing.events).padStart(5)} events${ratio}`
		);
	}
}
