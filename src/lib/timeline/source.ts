import { sentenceAt } from './sentences.ts';
import type { Evidence, Source, TextRange, TimelineEvent } from './types.ts';

/** A run of source text covered by the same set of events' quotes. */
export interface Segment extends TextRange {
	text: string;
	/** Ids of the events whose evidence covers this run, in event order; empty for plain text. */
	events: string[];
}

/** A paragraph of the source: a line of the text, split into segments. */
export interface Paragraph extends TextRange {
	segments: Segment[];
}

/** The quotes of all events that point into one source, as UTF-16 ranges. */
export function quotesIn(
	source: Source,
	events: readonly TimelineEvent[]
): (TextRange & { event: string })[] {
	return events.flatMap((event) =>
		event.evidence
			.filter((e) => e.source === source.id)
			.map((e) => ({ from: e.from, to: e.to, event: event.id }))
	);
}

/**
 * Cuts a source text into paragraphs (its lines) and each paragraph into runs at every
 * quote boundary, so overlapping quotes of different events both stay choosable.
 */
export function segmentSource(source: Source, events: readonly TimelineEvent[]): Paragraph[] {
	const { text } = source;
	const quotes = quotesIn(source, events);
	const order = new Map(events.map((e, i) => [e.id, i]));
	const paragraphs: Paragraph[] = [];
	const lines = /[^\r\n]+/g;
	for (let line = lines.exec(text); line; line = lines.exec(text)) {
		const from = line.index;
		const to = from + line[0].length;
		const cuts = new Set([from, to]);
		for (const q of quotes) {
			if (q.from > from && q.from < to) cuts.add(q.from);
			if (q.to > from && q.to < to) cuts.add(q.to);
		}
		const points = [...cuts].sort((a, b) => a - b);
		const segments: Segment[] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const a = points[i]!;
			const b = points[i + 1]!;
			const covering = [
				...new Set(quotes.filter((q) => q.from <= a && q.to >= b).map((q) => q.event))
			];
			covering.sort((x, y) => order.get(x)! - order.get(y)!);
			const last = segments.at(-1);
			if (last && sameIds(last.events, covering)) {
				last.to = b;
				last.text = text.slice(last.from, b);
			} else segments.push({ from: a, to: b, text: text.slice(a, b), events: covering });
		}
		paragraphs.push({ from, to, segments });
	}
	return paragraphs;
}

function sameIds(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The sentence(s) around a quote, with the quote's place inside them, for reading in context. */
export function quoteInContext(
	source: Source,
	evidence: Evidence
): { before: string; quote: string; after: string } {
	const first = sentenceAt(source.sentences, evidence.from);
	const last = sentenceAt(source.sentences, Math.max(evidence.from, evidence.to - 1));
	const from = Math.min(
		evidence.from,
		first === -1 ? evidence.from : source.sentences[first]!.from
	);
	const to = Math.max(evidence.to, last === -1 ? evidence.to : source.sentences[last]!.to);
	return {
		before: source.text.slice(from, evidence.from),
		quote: source.text.slice(evidence.from, evidence.to),
		after: source.text.slice(evidence.to, to)
	};
}
