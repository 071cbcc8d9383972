import { splitSentences } from '../timeline/sentences.ts';
import { CodePoints } from '../timeline/code-points.ts';
import type { TextRange } from '../timeline/types.ts';
import { MAX_LENGTH, safeHttpUrl } from '../timeline/validate.ts';
import { findDates } from './find.ts';
import { Ids } from './ids.ts';
import { edtfYear, publicationDay } from './resolve.ts';
import { draftTitle } from './title.ts';

export interface DraftInput {
	/** The article's text, as it will stand in the source. */
	text: string;
	/** Its publication date, YYYY-MM-DD: the reference for every relative date. */
	published: string;
	title?: string;
	publisher?: string;
	/** An http or https address. */
	url?: string;
}

/** A drafted events.json document, as the format writes it. */
export interface DraftDocument {
	title: string;
	sources: {
		id: string;
		title?: string;
		publisher?: string;
		url?: string;
		published: string;
		text: string;
	}[];
	events: {
		id: string;
		title: string;
		date: string;
		dateText: string;
		evidence: { source: string; quote: string; start: number; end: number }[];
	}[];
}

const SOURCE = 'article';
/**
 * Room on each side of the date when a sentence is longer than a quote may be (a text
 * without full stops): enough to read, without copying the text into every event.
 */
const REACH = 500;
/** Code units between two reports of progress: a few dozen for a megabyte, none for a page. */
const PROGRESS_STEP = 65_536;

/** A year, month or day one year earlier; 29 February becomes February. */
function yearEarlier(edtf: string): string {
	const [year, month, day] = edtf.split('-');
	const earlier = edtfYear(Number(year) - 1);
	if (month === undefined) return earlier;
	if (day === undefined || (month === '02' && day === '29')) return `${earlier}-${month}`;
	return `${earlier}-${month}-${day}`;
}

/** What is wrong with an input, or null: the CLI says it before drafting. */
export function inputProblem(input: DraftInput): string | null {
	if (publicationDay(input.published) === null)
		return `publication date ${JSON.stringify(input.published)} is not a real day written YYYY-MM-DD`;
	if (input.url !== undefined && safeHttpUrl(input.url) === null)
		return `url ${JSON.stringify(input.url)} is not an http or https address`;
	for (const key of ['title', 'publisher'] as const) {
		const value = input[key];
		if (value !== undefined && (value.trim() === '' || value.length > MAX_LENGTH.short))
			return `${key} must be 1 to ${MAX_LENGTH.short} characters long`;
	}
	if (input.text.length > MAX_LENGTH.text)
		return `the text is ${input.text.length.toLocaleString('en')} characters long; at most ${MAX_LENGTH.text.toLocaleString('en')} are allowed`;
	return null;
}

const SPACE = /\s/;

/** Moves an index off a low surrogate, so a quote never splits a character in two. */
function whole(text: string, at: number): number {
	const code = text.charCodeAt(at);
	return code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
}

/**
 * The span quoted for a date in a sentence too long to quote whole (a text without full
 * stops): REACH characters either side, moved a little to start and end at white space.
 */
function quoteWindow(text: string, sentence: TextRange, date: TextRange): TextRange {
	let from = Math.max(sentence.from, date.from - REACH);
	for (let step = 0; step < 40 && from > sentence.from && !SPACE.test(text[from - 1]!); step++)
		from++;
	if (from > date.from) from = Math.max(sentence.from, date.from - REACH);
	let to = Math.min(sentence.to, date.to + REACH);
	for (let step = 0; step < 40 && to < sentence.to && !SPACE.test(text[to]!); step++) to--;
	if (to < date.to) to = Math.min(sentence.to, date.to + REACH);
	return { from: whole(text, from), to: whole(text, to) };
}

/**
 * Drafts a timeline from an article: one event per dated expression (the same date twice in
 * one sentence is one event), dated as precisely as its words allow against the publication
 * date, quoting its sentence with code-point offsets. Throws a RangeError for an input that
 * `inputProblem` refuses.
 */
export function draftTimeline(
	input: DraftInput,
	/** Told the share of the text drafted, from 0 to 1, every 64 KB or so and at the end. */
	onProgress?: (done: number) => void
): DraftDocument {
	const problem = inputProblem(input);
	if (problem) throw new RangeError(problem);
	const published = publicationDay(input.published)!;
	const { text } = input;
	const points = new CodePoints(text);
	const ids = new Ids();
	const source: DraftDocument['sources'][number] = { id: SOURCE, published: input.published, text };
	if (input.title !== undefined) source.title = input.title;
	if (input.publisher !== undefined) source.publisher = input.publisher;
	if (input.url !== undefined) source.url = input.url;

	const events: DraftDocument['events'] = [];
	/** The day the text last named, which "the same day" refers to. */
	let lastDay = input.published;
	/** The last year, month or day the text named: "the previous year" refers to it. */
	let lastDate: string | null = null;
	/**
	 * The last one not after publication: "the same period last year" looks back from a
	 * period that has begun, never from a plan ("delivered by 2027").
	 */
	let lastPastDate: string | null = null;
	let told = 0;
	for (const range of splitSentences(text)) {
		if (onProgress && range.from - told >= PROGRESS_STEP) {
			told = range.from;
			onProgress(told / text.length);
		}
		const sentence = text.slice(range.from, range.to);
		const seen = new Set<string>();
		for (const found of findDates(sentence, published)) {
			const date: string | null =
				found.anaphor === 'day'
					? lastDay
					: found.anaphor === 'year-earlier'
						? lastPastDate && yearEarlier(lastPastDate)
						: found.anaphor === 'year-before'
							? edtfYear(Number((lastDate ?? input.published).slice(0, 4)) - 1)
							: found.edtf!;
			if (!date) continue;
			if (/^\d{4}-\d{2}-\d{2}$/.test(date)) lastDay = date;
			if (/^\d{4}(?:-\d{2}){0,2}$/.test(date)) {
				lastDate = date;
				if (date <= input.published.slice(0, date.length)) lastPastDate = date;
			}
			if (seen.has(date)) continue;
			seen.add(date);
			const dateText = sentence.slice(found.from, found.to);
			// A quote is at most MAX_LENGTH.long units: a longer sentence is quoted around its date.
			const { from, to } =
				range.to - range.from > MAX_LENGTH.long
					? quoteWindow(text, range, { from: range.from + found.from, to: range.from + found.to })
					: range;
			const quote = text.slice(from, to);
			const title =
				draftTitle({
					sentence: quote,
					from: range.from + found.from - from,
					to: range.from + found.to - from
				}) || `Event of ${dateText}`.slice(0, MAX_LENGTH.short);
			events.push({
				id: ids.next(title),
				title,
				date,
				dateText,
				evidence: [
					{ source: SOURCE, quote, start: points.toCodePoint(from), end: points.toCodePoint(to) }
				]
			});
		}
	}
	onProgress?.(1);
	return { title: input.title ?? 'Draft timeline', sources: [source], events };
}
