import { parseEdtf } from './edtf.ts';
import { splitSentences, widenToSentences } from './sentences.ts';
import { anchorQuote } from './anchor.ts';
import { CodePoints } from './code-points.ts';
import { cut } from './cut.ts';
import type { Evidence, Problem, Source, Span, Timeline, TimelineEvent } from './types.ts';

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

const quoted = (value: string) => JSON.stringify(cut(value, 60));

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
	anchors: ParseResult['anchors']
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
		fields.error(
			start !== undefined && !anchored.error.startsWith('prefix') ? 'start' : 'quote',
			anchored.error
		);
		return null;
	}
	const { range } = anchored;
	if (start === undefined) anchors.set(path, { start: range.start, end: range.end });
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
	anchors: ParseResult['anchors']
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
		const parsed = parseEvidence(
			item,
			`${fields.at('evidence')}[${i}]`,
			problems,
			sources,
			anchors
		);
		if (parsed) evidence.push(parsed);
	});
	if (dateText !== undefined && evidence.length > 0) {
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
export function parseTimeline(input: unknown): ParseResult {
	const problems: Problem[] = [];
	const anchors: ParseResult['anchors'] = new Map();
	if (!isObject(input)) {
		problems.push({
			path: '(root)',
			message: `must be an object with "title" and "events", not ${describe(input)}`,
			severity: 'error'
		});
		return { timeline: null, problems, anchors };
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
		const event = parseEvent(raw, path, problems, sources, anchors);
		if (event && earlier === undefined) events.push(event);
	});

	const usable = rawEvents !== undefined && (events.length > 0 || rawEvents.length === 0);
	if (!usable) return { timeline: null, problems, anchors };
	const timeline: Timeline = {
		title: title ?? 'Untitled timeline',
		sources: [...sources.values()].map((entry) => entry.source),
		events
	};
	if (description !== undefined) timeline.description = description;
	return { timeline, problems, anchors };
}

/** The problems that make a file invalid. */
export function errorsOf(problems: Problem[]): Problem[] {
	return problems.filter((p) => p.severity === 'error');
}

export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}
