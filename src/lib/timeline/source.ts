import { rangeAt } from './sentences.ts';
import type { Evidence, Source, TextRange, TimelineEvent } from './types.ts';

/** A run of source text covered by the same set of events' quotes. */
export interface Segment extends TextRange {
	text: string;
	/** Ids of the events whose evidence covers this run, in event order; empty for plain text. */
	events: string[];
	/**
	 * Whether a sentence starts here glued to the one before ("Middle East.According"):
	 * drawn with a gap, while its text stays the source's, character for character.
	 */
	glued?: true;
}

/**
 * A stretch of a paragraph: plain text, or quoted segments with no plain text between them,
 * read (and reached) as one passage so that no sliver of it stands alone.
 */
export interface Run extends TextRange {
	segments: Segment[];
	/** Ids of the events quoted anywhere in the run, in event order; empty for plain text. */
	events: string[];
}

/** A paragraph of the source: a line of the text, split into segments and grouped into runs. */
export interface Paragraph extends TextRange {
	segments: Segment[];
	runs: Run[];
}

/** A quote of an event into a source, as a UTF-16 range; `order` is the event's index. */
export interface Quote extends TextRange {
	event: string;
	order: number;
}

/** The quotes of all events that point into one source. */
export function quotesIn(source: Source, events: readonly TimelineEvent[]): Quote[] {
	const quotes: Quote[] = [];
	events.forEach((event, order) => {
		for (const e of event.evidence)
			if (e.source === source.id) quotes.push({ from: e.from, to: e.to, event: event.id, order });
	});
	return quotes;
}

/**
 * Every quote into one source sorted by start, as numbers, so a corpus of 100,000 quotes
 * is paged and searched without an object per quote. `order` is the event's index.
 */
export interface QuoteIndex {
	from: Float64Array;
	to: Float64Array;
	order: Int32Array;
}

export function quoteIndex(source: Source, events: readonly TimelineEvent[]): QuoteIndex {
	const from: number[] = [];
	const to: number[] = [];
	const order: number[] = [];
	events.forEach((event, i) => {
		for (const e of event.evidence)
			if (e.source === source.id) {
				from.push(e.from);
				to.push(e.to);
				order.push(i);
			}
	});
	// Sorted as numbers, start · 2^k + position, with no comparator to call.
	const n = from.length;
	const scale = 2 ** Math.ceil(Math.log2(n + 1));
	const keys = new Float64Array(n);
	for (let k = 0; k < n; k++) keys[k] = from[k]! * scale + k;
	keys.sort();
	const index = { from: new Float64Array(n), to: new Float64Array(n), order: new Int32Array(n) };
	keys.forEach((key, k) => {
		const q = key % scale;
		index.from[k] = from[q]!;
		index.to[k] = to[q]!;
		index.order[k] = order[q]!;
	});
	return index;
}

/** The quotes of a QuoteIndex that reach into a range of the text. */
function quotesInRange(
	index: QuoteIndex,
	events: readonly TimelineEvent[],
	{ from, to }: TextRange
): Quote[] {
	const quotes: Quote[] = [];
	for (let k = 0; k < index.from.length && index.from[k]! < to; k++)
		if (index.to[k]! > from) {
			const order = index.order[k]!;
			quotes.push({ from: index.from[k]!, to: index.to[k]!, event: events[order]!.id, order });
		}
	return quotes;
}

/**
 * Cuts a source text, or the part of it in `range`, into paragraphs (its lines) and each
 * paragraph into runs at every quote boundary, so overlapping quotes of different events
 * both stay selectable. One sweep over the sorted quote ends: O(q log q) for the q quotes
 * that reach into the range, plus the runs.
 */
export function segmentSource(
	source: Source,
	events: readonly TimelineEvent[],
	range: TextRange = { from: 0, to: source.text.length },
	/** quoteIndex(source, events), when the caller keeps it. */
	index?: QuoteIndex
): Paragraph[] {
	const { text } = source;
	const quotes = (index ? quotesInRange(index, events, range) : quotesIn(source, events)).filter(
		(q) => q.to > q.from && q.to > range.from && q.from < range.to
	);
	const order = new Map(quotes.map((q) => [q.event, q.order]));
	const byFrom = [...quotes].sort((a, b) => a.from - b.from);
	const byTo = [...quotes].sort((a, b) => a.to - b.to);
	const cuts = [...new Set(quotes.flatMap((q) => [q.from, q.to]))].sort((a, b) => a - b);
	/** Quotes covering the sweep's position, counted per event (one event may quote twice). */
	const active = new Map<string, number>();
	let nextFrom = 0;
	let nextTo = 0;
	let nextCut = 0;
	/** The events whose quotes cover [at, the next cut), in event order. */
	const coveringAt = (at: number): string[] => {
		for (; nextFrom < byFrom.length && byFrom[nextFrom]!.from <= at; nextFrom++) {
			const { event } = byFrom[nextFrom]!;
			active.set(event, (active.get(event) ?? 0) + 1);
		}
		for (; nextTo < byTo.length && byTo[nextTo]!.to <= at; nextTo++) {
			const { event } = byTo[nextTo]!;
			const left = active.get(event)! - 1;
			if (left === 0) active.delete(event);
			else active.set(event, left);
		}
		return [...active.keys()].sort((x, y) => order.get(x)! - order.get(y)!);
	};
	// Sentences glued to the one before start a segment of their own.
	const glued = new Set<number>();
	const { sentences } = source;
	for (
		let k = Math.max(0, rangeAt(sentences, range.from));
		k < sentences.length && sentences[k]!.from < range.to;
		k++
	) {
		const at = sentences[k]!.from;
		if (at > range.from && at > 0 && !/\s/.test(text[at - 1]!)) glued.add(at);
	}
	const gluedCuts = [...glued];
	const allCuts = [...new Set([...cuts, ...gluedCuts])].sort((a, b) => a - b);
	const paragraphs: Paragraph[] = [];
	const lines = /[^\r\n]+/g;
	lines.lastIndex = range.from;
	for (let line = lines.exec(text); line && line.index < range.to; line = lines.exec(text)) {
		const from = line.index;
		const to = Math.min(range.to, from + line[0].length);
		while (nextCut < allCuts.length && allCuts[nextCut]! <= from) nextCut++;
		const points = [from];
		for (; nextCut < allCuts.length && allCuts[nextCut]! < to; nextCut++)
			points.push(allCuts[nextCut]!);
		points.push(to);
		const segments: Segment[] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const a = points[i]!;
			const b = points[i + 1]!;
			const covering = coveringAt(a);
			const last = segments.at(-1);
			if (last && sameIds(last.events, covering) && !glued.has(a)) last.to = b;
			else if (glued.has(a))
				segments.push({ from: a, to: b, text: '', events: covering, glued: true });
			else segments.push({ from: a, to: b, text: '', events: covering });
		}
		for (const segment of segments) segment.text = text.slice(segment.from, segment.to);
		paragraphs.push({ from, to, segments, runs: runsOf(segments, order) });
	}
	return paragraphs;
}

/**
 * Cuts a source into pages, so that a corpus of thousands of quotes is read (and drawn)
 * a page at a time: a page holds at most `maxQuoted` quotes and about `maxChars`
 * characters. Pages cover the text from end to end. A page starts at a quote that no
 * other quote covers, or, in long unquoted text, after a line break, a space, or else
 * anywhere between two characters. O(q log q) in the quotes; no text is segmented.
 */
export function pageRanges(
	text: string,
	{ from: starts, to: ends }: QuoteIndex,
	{ maxQuoted = 150, maxChars = 20_000 } = {}
): TextRange[] {
	const pages: TextRange[] = [];
	let pageStart = 0;
	let count = 0;
	const breakAt = (at: number) => {
		pages.push({ from: pageStart, to: at });
		pageStart = at;
		count = 0;
	};
	/** Breaks the unquoted text [gap, until) so no page runs past maxChars where it can. */
	const breakPlain = (gap: number, until: number) => {
		while (until - pageStart > maxChars) {
			const limit = Math.max(pageStart + maxChars, gap + 1);
			if (limit >= until) return;
			const line = text.lastIndexOf('\n', limit - 1);
			const space = text.lastIndexOf(' ', limit - 1);
			let at = line >= gap ? line + 1 : space >= gap ? space + 1 : limit;
			// Never between the two halves of a surrogate pair.
			if (/[\uDC00-\uDFFF]/.test(text[at] ?? '')) at++;
			if (at <= pageStart || at >= until) return;
			breakAt(at);
			gap = at;
		}
	};
	let covered = 0;
	for (let i = 0; i < starts.length; i++) {
		const from = starts[i]!;
		if (from >= covered) {
			breakPlain(Math.max(covered, pageStart), from);
			if (from > pageStart && (count >= maxQuoted || from - pageStart > maxChars)) breakAt(from);
		}
		count++;
		covered = Math.max(covered, ends[i]!);
	}
	breakPlain(Math.max(covered, pageStart), text.length);
	pages.push({ from: pageStart, to: text.length });
	return pages;
}

/** Groups segments into runs: each plain segment alone, touching quoted segments together. */
function runsOf(segments: Segment[], order: Map<string, number>): Run[] {
	const runs: Run[] = [];
	for (const segment of segments) {
		const last = runs.at(-1);
		if (last && last.events.length > 0 && segment.events.length > 0) {
			last.to = segment.to;
			last.segments.push(segment);
			for (const id of segment.events) if (!last.events.includes(id)) last.events.push(id);
			last.events.sort((x, y) => order.get(x)! - order.get(y)!);
		} else
			runs.push({
				from: segment.from,
				to: segment.to,
				segments: [segment],
				events: [...segment.events]
			});
	}
	return runs;
}

function sameIds(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The sentence(s) around a quote, with the quote's place inside them, for reading in context. */
export function quoteInContext(
	source: Source,
	evidence: Evidence
): { before: string; quote: string; after: string } {
	const first = rangeAt(source.sentences, evidence.from);
	const last = rangeAt(source.sentences, Math.max(evidence.from, evidence.to - 1));
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
