import { draftTitle } from '../draft/title.ts';
import { Ids } from '../draft/ids.ts';
import type { DraftDocument } from '../draft/draft.ts';
import { CodePoints } from '../timeline/code-points.ts';
import { parseEdtf } from '../timeline/edtf.ts';
import { spanInWords, type DateWords } from '../timeline/format.ts';
import { splitSentences, widenToSentences } from '../timeline/sentences.ts';
import type { Problem, TextRange, Timeline } from '../timeline/types.ts';
import { errorsOf, isObject, parseTimeline } from '../timeline/validate.ts';

/** A JSON object as read or drafted: fields the editor does not know are kept in it. */
export type Json = Record<string, unknown>;

/** What the form holds: the article and the facts about it the drafter needs. */
export interface ArticleForm {
	text: string;
	/** YYYY-MM-DD, as a date input gives it. */
	published: string;
	title: string;
	publisher: string;
	url: string;
}

/** One event under review: its JSON as it will be written, and whether it is written at all. */
export interface WorkEvent {
	/** Stable while the event is edited, unlike its id (a file may even repeat ids). */
	key: string;
	included: boolean;
	event: Json;
}

/** Everything the editor holds: what is saved in the browser and what is downloaded. */
export interface Work {
	form: ArticleForm;
	/** The document's fields other than its events (title, sources, unknown fields). */
	document: Json | null;
	events: WorkEvent[];
}

/** The source that "Add event from selection" quotes and the article panel shows. */
export interface Article {
	id: string;
	text: string;
}

export const EMPTY_FORM: ArticleForm = {
	text: '',
	published: '',
	title: '',
	publisher: '',
	url: ''
};

export const emptyWork = (): Work => ({ form: { ...EMPTY_FORM }, document: null, events: [] });

let keys = 0;
/** A key unique in this page: events from a file, a draft and a selection never share one. */
export const nextKey = (): string => `e${(++keys).toString(36)}-${Date.now().toString(36)}`;

/** A drafted document, every event included. */
export function fromDraft(form: ArticleForm, draft: DraftDocument): Work {
	const { events, ...document } = draft;
	return {
		form: { ...form },
		document: document as Json,
		events: events.map((event) => ({ key: nextKey(), included: true, event: { ...event } }))
	};
}

/** The document as downloaded: every field as read, but only the included events. */
export function documentOf(work: Work): Json {
	return {
		...(work.document ?? { title: 'Untitled timeline', sources: [] }),
		events: work.events.filter((e) => e.included).map((e) => e.event)
	};
}

/** The first source with a text: the article the form and the article panel show. */
export function articleOf(work: Work): Article | null {
	const sources = work.document?.sources;
	if (!Array.isArray(sources)) return null;
	for (const source of sources)
		if (isObject(source) && typeof source.id === 'string' && typeof source.text === 'string')
			return { id: source.id, text: source.text };
	return null;
}

/** A date field as typed: its meaning in words, or what is wrong with it. Empty is undated. */
export function dateStatus(
	date: string,
	words: DateWords
): { ok: true; words: string } | { ok: false; problem: string } {
	if (date === '') return { ok: true, words: 'Undated' };
	const parsed = parseEdtf(date);
	if (parsed.span) return { ok: true, words: spanInWords(parsed.span, words) };
	return { ok: false, problem: parsed.error };
}

/** Reading of the whole work by the validator `npm run validate` runs. */
export interface Check {
	/** The included events that validate, for the preview. */
	timeline: Timeline | null;
	/** Errors of the document as a whole (not of one event), by path. */
	errors: Problem[];
	/** Errors of each included event, by its key, paths relative to the event. */
	byEvent: Map<string, Problem[]>;
}

const EVENT_PATH = /^events\[(\d+)\](.*)$/;

/** Validates what would be downloaded, and files each error under the event it is about. */
export function checkWork(work: Work): Check {
	const included = work.events.filter((e) => e.included);
	const { timeline, problems } = parseTimeline(documentOf(work));
	const errors: Problem[] = [];
	const byEvent = new Map<string, Problem[]>();
	for (const problem of errorsOf(problems)) {
		const match = EVENT_PATH.exec(problem.path);
		const owner = match ? included[Number(match[1])] : undefined;
		if (!owner) {
			errors.push(problem);
			continue;
		}
		const list = byEvent.get(owner.key) ?? [];
		list.push({ ...problem, path: match![2]!.replace(/^\./, '') || '(event)' });
		byEvent.set(owner.key, list);
	}
	return { timeline, errors, byEvent };
}

/** A quote of an article, as the format writes evidence. */
export interface Quote {
	source: string;
	quote: string;
	start: number;
	end: number;
}

const SPACE = /\s/;

/**
 * The evidence for a range of an article's text (UTF-16, as a selection gives it): its
 * white space trimmed, widened to whole sentences if asked, with code-point offsets.
 * Null when nothing but white space is selected.
 */
export function quoteOf(
	article: Article,
	range: TextRange,
	{ widen = false }: { widen?: boolean } = {}
): Quote | null {
	const { text } = article;
	let from = Math.max(0, Math.min(range.from, range.to));
	let to = Math.min(text.length, Math.max(range.from, range.to));
	while (from < to && SPACE.test(text[from]!)) from++;
	while (to > from && SPACE.test(text[to - 1]!)) to--;
	if (to <= from) return null;
	if (widen) ({ from, to } = widenToSentences(splitSentences(text), { from, to }));
	const points = new CodePoints(text);
	return {
		source: article.id,
		quote: text.slice(from, to),
		start: points.toCodePoint(from),
		end: points.toCodePoint(to)
	};
}

/** An id for a new event, from its title, that no event of the work has. */
export function freshId(work: Work, title: string): string {
	const ids = new Ids();
	const used = new Set(work.events.map((e) => e.event.id));
	for (;;) {
		const id = ids.next(title);
		if (!used.has(id)) return id;
	}
}

/** A new, undated event quoting `quote`, titled from its words. */
export function eventFrom(work: Work, quote: Quote): WorkEvent {
	const title = draftTitle({ sentence: quote.quote, from: 0, to: 0 }) || 'New event';
	return {
		key: nextKey(),
		included: true,
		event: { id: freshId(work, title), title, evidence: [{ ...quote }] }
	};
}

/** The event's quotes, or none when its evidence is not a list. */
export function quotesOf(event: Json): Json[] {
	return isObject(event) && Array.isArray(event.evidence) ? event.evidence.filter(isObject) : [];
}

/** The UTF-16 range each quote of an event covers in the article, for marking it. */
export function rangesIn(article: Article, event: Json, points: CodePoints): TextRange[] {
	const ranges: TextRange[] = [];
	for (const quote of quotesOf(event)) {
		if (quote.source !== article.id) continue;
		const { start, end } = quote;
		if (typeof start === 'number' && typeof end === 'number' && end > start) {
			ranges.push({ from: points.toUtf16(start), to: points.toUtf16(end) });
			continue;
		}
		// A quote without offsets: its first occurrence, as the validator anchors it.
		if (typeof quote.quote !== 'string' || quote.quote === '') continue;
		const at = article.text.indexOf(quote.quote);
		if (at !== -1) ranges.push({ from: at, to: at + quote.quote.length });
	}
	return ranges;
}

/** The field's text, or '' when the event has none (or something other than text). */
export const textOf = (event: Json, key: string): string =>
	isObject(event) && typeof event[key] === 'string' ? (event[key] as string) : '';

/**
 * An event with a text field set: an empty optional field is removed rather than written
 * empty (the format refuses an empty date or summary); other fields keep their order.
 */
export function withField(event: Json, key: string, value: string): Json {
	const next = { ...event };
	if (value === '' && key !== 'title') delete next[key];
	else next[key] = value;
	return next;
}

/** The work with one event replaced by what `change` makes of it. */
export function updateEvent(
	work: Work,
	key: string,
	change: (event: WorkEvent) => WorkEvent
): Work {
	return { ...work, events: work.events.map((e) => (e.key === key ? change(e) : e)) };
}

/** The work with a quote added to an event's evidence. */
export function addQuote(work: Work, key: string, quote: Quote): Work {
	return updateEvent(work, key, (e) => ({
		...e,
		event: { ...e.event, evidence: [...quotesOf(e.event), { ...quote }] }
	}));
}

/**
 * Why the work cannot be written as it stands: its article text was edited after the events
 * were drafted, so they still quote the text as it was. Null when the two agree.
 */
export function staleText(work: Work): Problem | null {
	const article = articleOf(work);
	if (!article || article.text === work.form.text) return null;
	return {
		path: 'sources[0].text',
		message:
			'the article text was edited after the events were drafted, and they still quote the text as it was: press "Use the edited text" under Article text to keep the events, or undo the edit',
		severity: 'error'
	};
}

/**
 * The work with the article text as edited in the form, keeping every event: each quote is
 * found again in the new text (the place nearest where it stood) and given its new offsets.
 * A quote whose words are gone keeps its words without offsets, so the check names it; its
 * event's title is listed in `lost`.
 */
export function withEditedText(work: Work): { work: Work; lost: string[] } {
	const article = articleOf(work);
	if (!article || !Array.isArray(work.document?.sources)) return { work, lost: [] };
	const text = work.form.text;
	const before = new CodePoints(article.text);
	const after = new CodePoints(text);
	const lost: string[] = [];
	const events = work.events.map((entry) => {
		let gone = false;
		const evidence = quotesOf(entry.event).map((quote) => {
			if (quote.source !== article.id || typeof quote.quote !== 'string') return quote;
			const was = typeof quote.start === 'number' ? before.toUtf16(quote.start) : 0;
			const at = nearestIndex(text, quote.quote, was);
			const rest = { ...quote };
			delete rest.start;
			delete rest.end;
			if (at < 0) {
				gone = true;
				return rest;
			}
			return {
				...rest,
				start: after.toCodePoint(at),
				end: after.toCodePoint(at + quote.quote.length)
			};
		});
		if (gone) lost.push(textOf(entry.event, 'title') || textOf(entry.event, 'id') || 'an event');
		return Array.isArray(entry.event.evidence)
			? { ...entry, event: { ...entry.event, evidence } }
			: entry;
	});
	const sources = work.document.sources.map((source) =>
		isObject(source) && source.id === article.id ? { ...source, text } : source
	);
	return { work: { ...work, document: { ...work.document, sources }, events }, lost };
}

/** Where `words` occur in `text` nearest to `near` (UTF-16), or -1. */
function nearestIndex(text: string, words: string, near: number): number {
	if (words === '') return -1;
	let best = -1;
	for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
		if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
		if (at > near) break;
	}
	return best;
}
