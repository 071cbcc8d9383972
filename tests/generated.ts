/**
 * Hostile events.json files too large to commit, built on demand and the same every time:
 * served under /generated/ by tests/fixtures-server.ts and parsed in-process by
 * tests/hostile.test.ts.
 */

export const MB = 1024 * 1024;

/** A harbour sentence numbered `n`: distinct for every n, so each one is quoted exactly once. */
const entry = (n: number) => `Entry ${n} in the harbour log was written that day.`;

/** A small valid event, so a file with one broken part still has something to draw. */
const FERRY = {
	id: 'ferry',
	title: 'The ferry ran on time',
	date: '2025-03-03',
	dateText: 'on Monday',
	evidence: [
		{ source: 'harbour', quote: 'The ferry ran on time on Monday, the harbour office said.' }
	]
};
const FERRY_TEXT = 'The ferry ran on time on Monday, the harbour office said.';

/** One event quoting each of `count` sentences of its source: every item valid. */
export function manyEvidence(count = 5_000) {
	const sentences = Array.from({ length: count }, (_, i) => entry(i + 1));
	return {
		title: `One event, ${count.toLocaleString('en')} quotes`,
		sources: [{ id: 'log', title: 'The harbour log', text: sentences.join(' ') }],
		events: [
			{
				id: 'every-entry',
				title: 'Every entry in the harbour log',
				date: '2025-03',
				evidence: sentences.map((quote) => ({ source: 'log', quote }))
			}
		]
	};
}

/** A file with one good event and one whose summary is a single string of `length` characters. */
export function longSummary(length = 10 * MB) {
	return {
		title: 'A summary the size of a book',
		sources: [{ id: 'harbour', text: `${FERRY_TEXT} The pier closed on Thursday.` }],
		events: [
			FERRY,
			{
				id: 'pier',
				title: 'The pier closed',
				date: '2025-03-06',
				summary: 'x'.repeat(length),
				evidence: [{ source: 'harbour', quote: 'The pier closed on Thursday.' }]
			}
		]
	};
}

/** A valid file whose one source text is `length` characters of filler around two quoted sentences. */
export function longText(length = 10 * MB) {
	const filler = 'All quiet at the harbour. ';
	const tail = ' The pier closed on Thursday.';
	const text =
		`${FERRY_TEXT} ${filler.repeat(Math.ceil(length / filler.length))}`.slice(
			0,
			length - tail.length
		) + tail;
	return {
		title: 'A source text the size of a book',
		sources: [{ id: 'harbour', title: 'The long harbour log', text }],
		events: [
			FERRY,
			{
				id: 'pier',
				title: 'The pier closed',
				date: '2025-03-06',
				dateText: 'on Thursday',
				evidence: [{ source: 'harbour', quote: 'The pier closed on Thursday.' }]
			}
		]
	};
}

/**
 * JSON text with `depth` nested arrays twice: as an unknown top-level field (a warning)
 * and as the tags of one event (an error). Written as text: JSON.stringify of so deep a
 * value would overflow the stack.
 */
export function deepJson(depth = 100_000): string {
	const deep = '['.repeat(depth) + ']'.repeat(depth);
	const head = JSON.stringify({
		title: 'Deeply nested junk',
		sources: [{ id: 'harbour', text: `${FERRY_TEXT} The pier closed on Thursday.` }]
	}).slice(0, -1);
	const pier = JSON.stringify({
		id: 'pier',
		title: 'The pier closed',
		date: '2025-03-06',
		evidence: [{ source: 'harbour', quote: 'The pier closed on Thursday.' }]
	}).slice(0, -1);
	return `${head},"junk":${deep},"events":[${JSON.stringify(FERRY)},${pier},"tags":${deep}}]}`;
}

/** The pieces of a JSON document `total` bytes long (a source text of filler), `chunk` at a time. */
export function* bigJson(total = 70 * MB, chunk = MB): Generator<string> {
	const head = '{"title":"A very large timeline","sources":[{"id":"big","text":"';
	const tail = '"}],"events":[]}';
	const filler = 'All quiet at the harbour. '.repeat(Math.ceil(chunk / 26)).slice(0, chunk);
	yield head;
	let left = total - head.length - tail.length;
	for (; left >= chunk; left -= chunk) yield filler;
	yield filler.slice(0, left);
	yield tail;
}
