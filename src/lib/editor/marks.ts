import { CodePoints } from '../timeline/code-points.ts';
import type { TextRange } from '../timeline/types.ts';
import { rangesIn, textOf, type Article, type WorkEvent } from './work.ts';

/** A stretch of the article's text: plain, or a date's words (emphasised). */
export interface Piece extends TextRange {
	date: boolean;
}

/** A run of the article quoted by the same events (none: plain text), in pieces. */
export interface ArticleRun extends TextRange {
	/** Keys of the events quoting the run, in the order of the list. */
	keys: string[];
	pieces: Piece[];
}

/**
 * The article cut where any event's quote or date words start or end: each run is quoted
 * by one set of events, and within it a date's words stand apart, to be emphasised.
 */
export function articleRuns(article: Article, events: readonly WorkEvent[]): ArticleRun[] {
	const { text } = article;
	const points = new CodePoints(text);
	const quoted: { range: TextRange; key: string }[] = [];
	const dates: TextRange[] = [];
	for (const { key, event } of events) {
		const ranges = rangesIn(article, event, points);
		const dateText = textOf(event, 'dateText');
		for (const range of ranges) {
			quoted.push({ range, key });
			if (!dateText) continue;
			const at = text.slice(range.from, range.to).indexOf(dateText);
			if (at !== -1) dates.push({ from: range.from + at, to: range.from + at + dateText.length });
		}
	}
	const cuts = new Set<number>([0, text.length]);
	for (const { range } of quoted) cuts.add(range.from).add(range.to);
	for (const range of dates) cuts.add(range.from).add(range.to);
	const sorted = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);

	// Sweep the cuts once, keeping the quotes and dates open at each point.
	const starts = new Map<number, string[]>();
	const ends = new Map<number, string[]>();
	for (const { range, key } of quoted) {
		if (range.to <= range.from) continue;
		(starts.get(range.from) ?? starts.set(range.from, []).get(range.from)!).push(key);
		(ends.get(range.to) ?? ends.set(range.to, []).get(range.to)!).push(key);
	}
	const dateDelta = new Map<number, number>();
	for (const { from, to } of dates) {
		dateDelta.set(from, (dateDelta.get(from) ?? 0) + 1);
		dateDelta.set(to, (dateDelta.get(to) ?? 0) - 1);
	}
	const order = new Map(events.map((e, i) => [e.key, i]));
	const open = new Map<string, number>();
	let openDates = 0;
	const runs: ArticleRun[] = [];
	for (let i = 0; i < sorted.length - 1; i++) {
		const at = sorted[i]!;
		for (const key of ends.get(at) ?? []) {
			const n = open.get(key)! - 1;
			if (n === 0) open.delete(key);
			else open.set(key, n);
		}
		for (const key of starts.get(at) ?? []) open.set(key, (open.get(key) ?? 0) + 1);
		openDates += dateDelta.get(at) ?? 0;
		const next = sorted[i + 1]!;
		if (next <= at) continue;
		const keys = [...open.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
		const piece: Piece = { from: at, to: next, date: keys.length > 0 && openDates > 0 };
		const last = runs.at(-1);
		if (last && last.keys.join(' ') === keys.join(' ')) {
			const lastPiece = last.pieces.at(-1)!;
			if (lastPiece.date === piece.date) lastPiece.to = next;
			else last.pieces.push(piece);
			last.to = next;
		} else runs.push({ from: at, to: next, keys, pieces: [piece] });
	}
	return runs;
}

/**
 * articleRuns, computed again only when a quote, a date's words or the list's order
 * changes: editing a title or a summary leaves the article's runs as they were (a long
 * article has thousands of them).
 */
export function memoRuns(): (article: Article, events: readonly WorkEvent[]) => ArticleRun[] {
	let last: { article: Article; inputs: unknown[]; runs: ArticleRun[] } | null = null;
	return (article, events) => {
		const inputs = events.flatMap((e) => [e.key, e.event.evidence, e.event.dateText]);
		if (
			last &&
			last.article.id === article.id &&
			last.article.text === article.text &&
			last.inputs.length === inputs.length &&
			last.inputs.every((input, i) => input === inputs[i])
		)
			return last.runs;
		last = { article, inputs, runs: articleRuns(article, events) };
		return last.runs;
	};
}
