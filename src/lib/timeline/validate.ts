import { parseEdtf } from './edtf.ts';
import { splitSentences, widenToSentences } from './sentences.ts';
import { anchorQuote } from './anchor.ts';
import { CodePoints } from './code-points.ts';
import type { nearMatch, Passage } from '../fix/near-match.ts';
import { shown } from './problem-text.ts';
import type {
	EventLabel,
	Evidence,
	Problem,
	Source,
	Span,
	Timeline,
	TimelineEvent
} from './types.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest strings, in UTF-16 units: generous for news, small enough that a hostile file
 * cannot make a title the size of a book. Source texts are bounded by the file size.
 */
export const MAX_LENGTH = { short: 1_000, long: 20_000, text: 20_000_000 } as const;
/** Most tags on one event. */
export const MAX_TAGS = 50;

export interface ParseResult {
	/** The usable part of the file, or null when nothing in it can be drawn. */
	timeline: Timeline | null;
	/** Every problem found, errors and warnings, in document order. */
	problems: Problem[];
	/** Offsets found by anchoring quotes that gave none, keyed by JSON path of the evidence. */
	anchors: Map<string, { start: number; end: number }>;
	/** Quotes that nearly match one passage, keyed by JSON path of the evidence. */
	repairs: Map<string, Repair>;
}

/** How parsing is done: see `parseTimeline`. */
export interface ParseOptions {
	/**
	 * Finds the passage a quote not in its source nearly matches, to say so and record the
	 * repair. Passed in rather than imported so a page that draws a published file, already
	 * checked, does not download it.
	 */
	nearMatch?: typeof nearMatch;
}

/** What parsing finds besides problems, the event being read, and how to read. */
type Found = Pick<ParseResult, 'anchors' | 'repairs'> & { label: EventLabel } & ParseOptions;

/** A quote repaired to the passage of its source it nearly matches. */
export interface Repair {
	/** The quote as the file gives it. */
	was: string;
	/** The source's characters, and their code-point offsets. */
	quote: string;
	start: number;
	end: number;
	/** What differed: 'letter case', 'quotation marks', … */
	differences: string[];
	/** The event the quote belongs to. */
	event?: EventLabel;
}

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return 'a string';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const quoted = (value: string) => shown(value, 60);

/** A passage of a source as messages show it: its code-point offsets and its text. */
const place = (passage: Passage) =>
	`at ${passage.start}–${passage.end}, ${shown(passage.text, 80)}`;

const list = (words: string[]) =>
	words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/**
 * Why a quote that is not in its source as written nearly matches a passage, recording the
 * repair when exactly one passage matches; null when none does.
 */
function nearMiss(
	entry: SourceEntry,
	selector: { quote: string; prefix?: string; suffix?: string; start?: number; end?: number },
	path: string,
	{ repairs, label, nearMatch }: Found
): string | null {
	const near = nearMatch?.(entry.points, selector);
	if (!near) return null;
	const source = `source ${quoted(entry.source.id)}`;
	if (near.kind === 'ambiguous') {
		const [first, second] = near.passages as [Passage, Passage];
		const more = near.passages.length > 2 ? ` and ${near.passages.length - 2} more` : '';
		return `not found in ${source} as written, and it nearly matches ${near.passages.length} passages equally, so it is ambiguous: ${place(first)}, and ${place(second)}${more}; quote the source's characters exactly, or add start and end`;
	}
	const { passage, differences } = near;
	repairs.set(path, {
		was: selector.quote,
		quote: passage.text,
		start: passage.start,
		end: passage.end,
		differences,
		event: label
	});
	return `not found in ${source} as written; it nearly matches the passage ${place(passage)}, which differs only in ${list(differences)}: quote the source's characters exactly (npm run validate -- --fix does)`;
}

/** A key that a JSON path can name after a dot. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Reads one JSON object's fields, recording each problem under its path. */
class Fields {
	constructor(
		readonly object: Json,
		readonly path: string,
		readonly problems: Problem[]
	) {}

	at(key: string): string {
		return IDENTIFIER.test(key)
			? this.path
				? `${this.path}.${key}`
				: key
			: `${this.path}[${JSON.stringify(key)}]`;
	}

	error(key: string | null, message: string): void {
		this.problems.push({
			path: key === null ? this.path : this.at(key),
			message,
			severity: 'error'
		});
	}

	has(key: string): boolean {
		return Object.hasOwn(this.object, key);
	}

	get(key: string): unknown {
		return this.has(key) ? this.object[key] : undefined;
	}

	string(
		key: string,
		{
			required = false,
			empty = false,
			max = MAX_LENGTH.short as number
		}: { required?: boolean; empty?: boolean; max?: number } = {}
	): string | undefined {
		if (!this.has(key)) {
			if (required) this.error(key, 'is required');
			return undefined;
		}
		const value = this.object[key];
		if (typeof value !== 'string') {
			this.error(key, `must be a string, not ${describe(value)}`);
			return undefined;
		}
		if (!empty && value.trim() === '') {
			this.error(key, 'must not be empty');
			return undefined;
		}
		if (value.length > max) {
			this.error(
				key,
				`is ${value.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are allowed`
			);
			return undefined;
		}
		return value;
	}

	offset(key: string): number | undefined {
		if (!this.has(key)) return undefined;
		const value = this.object[key];
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
			this.error(
				key,
				`must be a whole number of code points, 0 or more, not ${JSON.stringify(value) ?? describe(value)}`
			);
			return undefined;
		}
		return value;
	}

	array(key: string, { required = false } = {}): unknown[] | undefined {
		if (!this.has(key)) {
			if (required) this.error(key, 'is required');
			return undefined;
		}
		const value = this.object[key];
		if (!Array.isArray(value)) {
			this.error(key, `must be an array, not ${describe(value)}`);
			return undefined;
		}
		return value;
	}

	unknown(known: readonly string[]): void {
		for (const key of Object.keys(this.object))
			if (!known.includes(key))
				this.problems.push({
					path: this.at(key),
					message: 'unknown field, ignored',
					severity: 'warning'
				});
	}
}

const TOP_FIELDS = ['$schema', 'title', 'description', 'sources', 'events'] as const;
const SOURCE_FIELDS = ['id', 'title', 'publisher', 'url', 'published', 'text'] as const;
const EVENT_FIELDS = ['id', 'title', 'date', 'dateText', 'summary', 'tags', 'evidence'] as const;
const EVIDENCE_FIELDS = ['source', 'quote', 'start', 'end', 'prefix', 'suffix'] as const;

/** Only absolute http(s) URLs become links; anything else (javascript:, data:) is refused. */
export function safeHttpUrl(value: string): string | null {
	// As the schema says: the address itself starts with http:// or https://, so nothing
	// that a browser would read another way (spaces, control characters) slips through.
	if (!/^https?:\/\//.test(value)) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** Whether an error (not a mere warning, such as an unknown field) was recorded after `index`. */
function hasErrorSince(problems: Problem[], index: number): boolean {
	for (let i = index; i < problems.length; i++) if (problems[i]!.severity === 'error') return true;
	return false;
}

interface SourceEntry {
	source: Source;
	points: CodePoints;
}

function parseSource(raw: unknown, path: string, problems: Problem[]): SourceEntry | null {
	if (!isObject(raw)) {
		problems.push({ path, message: `must be an object, not ${describe(raw)}`, severity: 'error' });
		return null;
	}
	const fields = new Fields(raw, path, problems);
	fields.unknown(SOURCE_FIELDS);
	const id = fields.string('id', { required: true });
	if (id !== undefined && !ID_PATTERN.test(id))
		fields.error('id', `${quoted(id)} must be lowercase letters, digits and single hyphens`);
	const text = fields.string('text', { required: true, empty: true, max: MAX_LENGTH.text });
	const title = fields.string('title');
	const publisher = fields.string('publisher');
	let published = fields.string('published');
	if (published !== undefined) {
		const problem = !/^\d{4}-\d{2}-\d{2}$/.test(published)
			? `${quoted(published)} must be a day, YYYY-MM-DD`
			: parseEdtf(published).error;
		if (problem) {
			fields.error('published', problem);
			published = undefined;
		}
	}
	let url = fields.string('url', { max: MAX_LENGTH.long });
	if (url !== undefined && safeHttpUrl(url) === null) {
		fields.error('url', `${quoted(url)} is not an http or https URL`);
		url = undefined;
	}
	if (id === undefined || text === undefined || !ID_PATTERN.test(id)) return null;
	const source: Source = { id, text, sentences: splitSentences(text) };
	if (title !== undefined) source.title = title;
	if (publisher !== undefined) source.publisher = publisher;
	if (url !== undefined) source.url = safeHttpUrl(url)!;
	if (published !== undefined) source.published = published;
	return { source, points: new CodePoints(text) };
}

function parseEvidence(
	raw: unknown,
	path: string,
	problems: Problem[],
	sources: Map<string, SourceEntry>,
	found: Found
): Evidence | null {
	if (!isObject(raw)) {
		problems.push({ path, message: `must be an object, not ${describe(raw)}`, severity: 'error' });
		return null;
	}
	const fields = new Fields(raw, path, problems);
	fields.unknown(EVIDENCE_FIELDS);
	const before = problems.length;
	const sourceId = fields.string('source', { required: true });
	const quote = fields.string('quote', { required: true, empty: false, max: MAX_LENGTH.long });
	const prefix = fields.string('prefix', { empty: true });
	const suffix = fields.string('suffix', { empty: true });
	const start = fields.offset('start');
	const end = fields.offset('end');
	if (fields.has('start') !== fields.has('end'))
		fields.error(
			fields.has('start') ? 'end' : 'start',
			'is required when the other offset is given'
		);
	const entry = sourceId === undefined ? undefined : sources.get(sourceId);
	if (sourceId !== undefined && !entry)
		fields.error('source', `${quoted(sourceId)} is not the id of any source`);
	if (hasErrorSince(problems, before) || !entry || quote === undefined) return null;
	const anchored = anchorQuote(
		entry.points,
		{ quote, prefix, suffix, start, end },
		entry.source.id
	);
	if (anchored.range === undefined) {
		const near = nearMiss(entry, { quote, prefix, suffix, start, end }, path, found);
		if (near) fields.error('quote', near);
		else
			fields.error(
				start !== undefined && !anchored.error.startsWith('prefix') ? 'start' : 'quote',
				anchored.error
			);
		return null;
	}
	const { range } = anchored;
	if (start === undefined) found.anchors.set(path, { start: range.start, end: range.end });
	const evidence: Evidence = {
		source: entry.source.id,
		quote,
		from: range.from,
		to: range.to,
		start: range.start,
		end: range.end
	};
	if (prefix !== undefined) evidence.prefix = prefix;
	if (suffix !== undefined) evidence.suffix = suffix;
	return evidence;
}

function parseEvent(
	raw: unknown,
	path: string,
	problems: Problem[],
	sources: Map<string, SourceEntry>,
	found: Found
): TimelineEvent | null {
	if (!isObject(raw)) {
		problems.push({ path, message: `must be an object, not ${describe(raw)}`, severity: 'error' });
		return null;
	}
	const fields = new Fields(raw, path, problems);
	fields.unknown(EVENT_FIELDS);
	const before = problems.length;
	const id = fields.string('id', { required: true });
	if (id !== undefined && !ID_PATTERN.test(id))
		fields.error('id', `${quoted(id)} must be lowercase letters, digits and single hyphens`);
	const title = fields.string('title', { required: true });
	const date = fields.string('date');
	let span: Span | null = null;
	if (date !== undefined) {
		const parsed = parseEdtf(date);
		if (parsed.span) span = parsed.span;
		else fields.error('date', parsed.error);
	}
	const dateText = fields.string('dateText');
	const summary = fields.string('summary', { max: MAX_LENGTH.long });
	const tags: string[] = [];
	const rawTags = fields.array('tags');
	if (rawTags && rawTags.length > MAX_TAGS)
		fields.error('tags', `has ${rawTags.length} tags; at most ${MAX_TAGS} are allowed`);
	else if (rawTags) {
		/** Where each tag first occurs: a repeat is dropped (views key tags by their text). */
		const firstTag = new Map<string, number>();
		rawTags.forEach((tag, i) => {
			const message =
				typeof tag !== 'string'
					? `must be a string, not ${describe(tag)}`
					: tag.trim() === ''
						? 'must not be empty'
						: tag.length > 100
							? `is ${tag.length} characters long; at most 100 are allowed`
							: null;
			const path = `${fields.at('tags')}[${i}]`;
			const first = message === null ? firstTag.get(tag as string) : undefined;
			if (message !== null) problems.push({ path, message, severity: 'error' });
			else if (first !== undefined)
				problems.push({
					path,
					message: `duplicate of ${fields.at('tags')}[${first}], ignored`,
					severity: 'warning'
				});
			else {
				firstTag.set(tag as string, i);
				tags.push(tag as string);
			}
		});
	}
	const rawEvidence = fields.array('evidence', { required: true });
	if (rawEvidence?.length === 0) fields.error('evidence', 'needs at least one quote');
	const evidence: Evidence[] = [];
	rawEvidence?.forEach((item, i) => {
		const parsed = parseEvidence(item, `${fields.at('evidence')}[${i}]`, problems, sources, found);
		if (parsed) evidence.push(parsed);
	});
	// Only when every quote was found: one not found may hold the words, and its error says why.
	if (dateText !== undefined && evidence.length > 0 && evidence.length === rawEvidence?.length) {
		const context = evidence.some((e) => {
			const { text, sentences } = sources.get(e.source)!.source;
			const { from, to } = widenToSentences(sentences, e);
			return text.slice(from, to).includes(dateText);
		});
		if (!context)
			fields.error(
				'dateText',
				`${quoted(dateText)} does not occur in the sentences quoted as evidence`
			);
	}
	if (hasErrorSince(problems, before) || id === undefined || title === undefined) return null;
	// Copies sized to fit: arrays grown by push keep spare room, at 100,000 events a lot.
	const event: TimelineEvent = { id, title, span, tags: tags.slice(), evidence: evidence.slice() };
	if (date !== undefined) event.date = date;
	if (dateText !== undefined) event.dateText = dateText;
	if (summary !== undefined) event.summary = summary;
	return event;
}

/**
 * Validates an events.json document and builds the timeline from it. Never throws:
 * every problem is reported by JSON path, and events with errors are left out so the
 * rest can still be drawn. A file is valid when no problem is an error.
 */
export function parseTimeline(input: unknown, options: ParseOptions = {}): ParseResult {
	const problems: Problem[] = [];
	const anchors: ParseResult['anchors'] = new Map();
	const repairs: ParseResult['repairs'] = new Map();
	if (!isObject(input)) {
		problems.push({
			path: '(root)',
			message: `must be an object with "title" and "events", not ${describe(input)}`,
			severity: 'error'
		});
		return { timeline: null, problems, anchors, repairs };
	}
	const top = new Fields(input, '', problems);
	top.unknown(TOP_FIELDS);
	const title = top.string('title', { required: true });
	const description = top.string('description', { empty: true, max: MAX_LENGTH.long });

	const sources = new Map<string, SourceEntry>();
	const sourcePaths = new Map<string, string>();
	top.array('sources', { required: true })?.forEach((raw, i) => {
		const path = `sources[${i}]`;
		const entry = parseSource(raw, path, problems);
		if (!entry) return;
		const earlier = sourcePaths.get(entry.source.id);
		if (earlier) {
			problems.push({ path: `${path}.id`, message: `duplicate of ${earlier}`, severity: 'error' });
			return;
		}
		sourcePaths.set(entry.source.id, path);
		sources.set(entry.source.id, entry);
	});

	const events: TimelineEvent[] = [];
	/** The index of the event where each id first occurs. */
	const firstEvent = new Map<string, number>();
	const rawEvents = top.array('events', { required: true });
	rawEvents?.forEach((raw, i) => {
		const path = `events[${i}]`;
		const before = problems.length;
		const id =
			isObject(raw) && typeof raw.id === 'string' && Object.hasOwn(raw, 'id') ? raw.id : undefined;
		const earlier = id === undefined ? undefined : firstEvent.get(id);
		if (earlier !== undefined)
			problems.push({
				path: `${path}.id`,
				message: `duplicate of events[${earlier}]`,
				severity: 'error'
			});
		else if (id !== undefined) firstEvent.set(id, i);
		const label = eventLabel(raw, path);
		const event = parseEvent(raw, path, problems, sources, {
			anchors,
			repairs,
			label,
			nearMatch: options.nearMatch
		});
		if (event && earlier === undefined) events.push(event);
		for (let p = before; p < problems.length; p++) problems[p]!.event = label;
	});

	const usable = rawEvents !== undefined && (events.length > 0 || rawEvents.length === 0);
	if (!usable) return { timeline: null, problems, anchors, repairs };
	const timeline: Timeline = {
		title: title ?? 'Untitled timeline',
		sources: [...sources.values()].map((entry) => entry.source),
		events
	};
	if (description !== undefined) timeline.description = description;
	return { timeline, problems, anchors, repairs };
}

/** An event as problems name it: its path, and its id and title when they are strings. */
function eventLabel(raw: unknown, path: string): EventLabel {
	const label: EventLabel = { path };
	if (isObject(raw)) {
		if (typeof raw.id === 'string' && Object.hasOwn(raw, 'id')) label.id = raw.id;
		if (typeof raw.title === 'string' && Object.hasOwn(raw, 'title')) label.title = raw.title;
	}
	return label;
}

/** The problems that make a file invalid. */
export function errorsOf(problems: Problem[]): Problem[] {
	return problems.filter((p) => p.severity === 'error');
}

/** A problem by its bare path: `events[6].date: message` (describeProblem names the event too). */
export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}
