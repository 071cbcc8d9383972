/**
 * Deterministic synthetic timelines for the benchmark: `tsx bench/generate.ts <count> [file]`.
 * A seeded mix of day points, months, uncertain and approximate dates and multi-year
 * intervals over thirty years, each event quoting one sentence of a generated source text.
 */
import { writeFileSync } from 'node:fs';

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

export function generate(count: number, seed = 20251115) {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const sentences: string[] = [];
	const events = [];
	for (let i = 0; i < count; i++) {
		const year = 1996 + Math.floor(next() * 30);
		const month = 1 + Math.floor(next() * 12);
		const day = 1 + Math.floor(next() * 28);
		const kind = next();
		let date: string;
		if (kind < 0.55) date = `${year}-${pad(month)}-${pad(day)}`;
		else if (kind < 0.8) date = `${year}-${pad(month)}`;
		else if (kind < 0.9) date = `${year}-${pad(month)}${pick(['?', '~', '%'])}`;
		else
			date = `${year}-${pad(month)}/${Math.min(2026, year + 1 + Math.floor(next() * 4))}-${pad(month)}`;
		const subject = `${pick(WORDS)} ${pick(WORDS)}`;
		const sentence = `Report ${i + 1}: the ${subject} was in the news (${date}).`;
		sentences.push(sentence);
		events.push({
			id: `event-${i + 1}`,
			title: `The ${subject}, report ${i + 1}`,
			date,
			evidence: [{ source: 'corpus', quote: sentence }]
		});
	}
	const text = sentences.join(' ');
	// Offsets: the text is ASCII, so code points and UTF-16 units agree.
	let at = 0;
	for (const [i, event] of events.entries()) {
		const quote = sentences[i]!;
		Object.assign(event.evidence[0]!, { start: at, end: at + quote.length });
		at += quote.length + 1;
	}
	return {
		title: `Synthetic timeline of ${count.toLocaleString('en')} events`,
		sources: [{ id: 'corpus', title: 'Generated corpus', text }],
		events
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const count = Number(process.argv[2] ?? 1000);
	if (!Number.isInteger(count) || count < 1) {
		console.error('usage: tsx bench/generate.ts <count of events> [file to write]');
		process.exit(2);
	}
	const file = process.argv[3] ?? `bench/events-${count}.json`;
	writeFileSync(file, JSON.stringify(generate(count)));
	console.log(`${file}: ${count} events`);
}
