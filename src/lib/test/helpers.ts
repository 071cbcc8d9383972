/**
 * What the unit tests share: fixtures read from tests/fixtures (never the published
 * events.json, which an author replaces), frozen inputs, and UTC dates.
 */
import { parseEdtf } from '$lib/timeline/edtf';
import type { DatedEvent } from '$lib/timeline/order';
import type { Problem, Span, Timeline, TimelineEvent } from '$lib/timeline/types';
import { formatProblem, parseTimeline } from '$lib/timeline/validate';

// Bundled rather than read from disk, so the same helpers serve tests in node and in Chromium.
const FIXTURES: Record<string, string> = import.meta.glob('../../../tests/fixtures/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The text of a JSON file directly under tests/fixtures, e.g. `seed.json`. */
export function fixtureText(name: string): string {
	const text = FIXTURES[`../../../tests/fixtures/${name}`];
	if (text === undefined) throw new Error(`tests/fixtures/${name} is not a fixture`);
	return text;
}

/** A JSON document as tests build and break it: plain JSON, mutated freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any path may be set or deleted
export type Doc = any;

/** A fresh parse of a JSON fixture, to mutate freely. */
export function fixtureJson(name: string): Doc {
	return JSON.parse(fixtureText(name));
}

/** A valid fixture as a timeline; throws when the fixture has errors. */
export function fixtureTimeline(name = 'seed.json'): Timeline {
	const { timeline } = parseTimeline(fixtureJson(name));
	if (!timeline) throw new Error(`tests/fixtures/${name} is not a valid timeline`);
	return timeline;
}

/** Freezes a value and everything in it, to show a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
	// A frozen Date still changes through its setters, and freezing it only hides that.
	if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		for (const key of Reflect.ownKeys(value))
			deepFreeze((value as Record<PropertyKey, unknown>)[key]);
		Object.freeze(value);
	}
	return value;
}

/** Midnight UTC of a YYYY-MM-DD day. */
export const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** A date as an ISO string, null for none: what the tables below compare. */
export const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** The span of an EDTF string; throws on an invalid one, so a table's typo fails loudly. */
export function span(edtf: string): Span {
	const result = parseEdtf(edtf);
	if (result.error !== undefined) throw new Error(result.error);
	return result.span;
}

/** An event with no quotes, dated by an EDTF string or undated (null). */
export const event = (id: string, date: string | null, title = id): TimelineEvent => ({
	id,
	title,
	span: date === null ? null : span(date),
	tags: [],
	evidence: []
});

/** A dated event, as the drawing takes it. */
export const dated = (id: string, date: string, title = id) => event(id, date, title) as DatedEvent;

/** A problem as `npm run validate` prints it, warnings marked. */
export const problemLine = (problem: Problem) =>
	`${problem.severity === 'warning' ? 'warning: ' : ''}${formatProblem(problem)}`;
