/**
 * Deterministic synthetic timelines for the benchmark:
 * `tsx bench/generate.ts <count> [file] [--undated 0.1] [--words 0] [--no-offsets]`.
 * A seeded mix of day points, months, uncertain and approximate dates and multi-year
 * intervals over thirty years, each event quoting one sentence of a generated source text.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** mulberry32: a small seeded generator, so every run makes the same file. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	'council harbour ministry ferry budget court strike treaty bridge election report vote talks summit mayor storm port rail school'.split(
		' '
	);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export interface GenerateOptions {
	seed?: number;
	/** Share of events with no date, 0 to 1. */
	undated?: number;
	/** Filler words after each sentence, unquoted, to make a longer article. */
	words?: number;
	/** Whether quotes give their start and end offsets; without them `validate --fix` fills them. */
	offsets?: boolean;
	/** Events quoting each source, in order; by default one source holds every sentence. */
	perSource?: number;
}

export function generate(
	count: number,
	{
		seed = 20251115,
		undated = 0,
		words = 0,
		offsets = true,
		perSource = count
	}: GenerateOptions = {}
) {
	const next = random(seed);
	// Their own sequences, so the dated events and their order stay those of the plain file.
	const nextUndated = random(seed ^ 0x5bd1e995);
	const nextWord = random(seed ^ 0x27d4eb2f);
	const pick = <T>(list: readonly T[], from = next) => list[Math.floor(from() * list.length)]!;
	if (!(perSource >= 1)) throw new RangeError(`perSource must be 1 or more: ${perSource}`);
	// A single source keeps the id it has always had.
	const sourceOf = (i: number) => Math.floor(i / perSource);
	const sourceId = (k: number) => (perSource >= count ? 'corpus' : `corpus-${k + 1}`);
	const sentences: string[] = [];
	const texts: string[] = [];
	const events = [];
	for (let i = 0; i < count; i++) {
		const year = 1996 + Math.floor(next() * 30);
		const month = 1 + Math.floor(next() * 12);
		const day = 1 + Math.floor(next() * 28);
		const kind = next();
		let date: string | undefined;
		if (kind < 0.55) date = `${year}-${pad(month)}-${pad(day)}`;
		else if (kind < 0.8) date = `${year}-${pad(month)}`;
		else if (kind < 0.9) date = `${year}-${pad(month)}${pick(['?', '~', '%'])}`;
		else
			date = `${year}-${pad(month)}/${Math.min(2026, year + 1 + Math.floor(next() * 4))}-${pad(month)}`;
		const subject = `${pick(WORDS)} ${pick(WORDS)}`;
		if (undated > 0 && nextUndated() < undated) date = undefined;
		const sentence = `Report ${i + 1}: the ${subject} was in the news (${date ?? 'undated'}).`;
		sentences.push(sentence);
		let text = sentence;
		if (words > 0) {
			const filler = Array.from({ length: words }, () => pick(WORDS, nextWord));
			text += ` More on the ${filler.join(' ')}.`;
		}
		texts.push(text);
		events.push({
			id: `event-${i + 1}`,
			title: `The ${subject}, report ${i + 1}`,
			...(date === undefined ? {} : { date }),
			evidence: [{ source: sourceId(sourceOf(i)), quote: sentence } as Record<string, unknown>]
		});
	}
	const sources = [];
	for (let k = 0; k * perSource < count; k++) {
		const from = k * perSource;
		const to = Math.min(count, from + perSource);
		if (offsets) {
			// The text is ASCII, so code points and UTF-16 units agree.
			let at = 0;
			for (let i = from; i < to; i++) {
				Object.assign(events[i]!.evidence[0]!, { start: at, end: at + sentences[i]!.length });
				at += texts[i]!.length + 1;
			}
		}
		const title = perSource >= count ? 'Generated corpus' : `Generated corpus ${k + 1}`;
		sources.push({ id: sourceId(k), title, text: texts.slice(from, to).join(' ') });
	}
	return {
		title: `Synthetic timeline of ${count.toLocaleString('en')} events`,
		sources,
		events
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const usage =
		'usage: tsx bench/generate.ts <count of events> [file to write] [--undated <share, 0 to 1>] [--words <filler words a sentence>] [--no-offsets]';
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				undated: { type: 'string', default: '0' },
				words: { type: 'string', default: '0' },
				'no-offsets': { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		process.exit(2);
	}
	const { values, positionals } = parsed;
	const count = Number(positionals[0] ?? 1000);
	const undated = Number(values.undated);
	const words = Number(values.words);
	if (
		!Number.isInteger(count) ||
		count < 1 ||
		!(undated >= 0 && undated <= 1) ||
		!Number.isInteger(words) ||
		words < 0
	) {
		console.error(usage);
		process.exit(2);
	}
	const file = positionals[1] ?? `bench/events-${count}.json`;
	writeFileSync(
		file,
		JSON.stringify(generate(count, { undated, words, offsets: !values['no-offsets'] }))
	);
	console.log(`${file}: ${count} events`);
}
