/**
 * Problems as people read them: the JSON path, the event it falls in (by id and title),
 * and the message. Ids, titles and quoted passages come from the file, so they are shown
 * as escaped, shortened text that cannot break a line or turn the reading direction.
 */
import { cut } from './cut.ts';
import type { EventLabel, Problem } from './types.ts';

/**
 * Characters that would hide or reorder what follows when printed: controls JSON.stringify
 * leaves alone (U+007F–U+009F), format characters (bidi overrides, zero-width ones) and
 * the line and paragraph separators.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

const escapeHidden = (char: string) => {
	const code = char.codePointAt(0)!;
	return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** A value from the file as a quoted string of at most `max` characters, every control escaped. */
export function shown(value: string, max = 60): string {
	return JSON.stringify(cut(value, max)).replace(HIDDEN, escapeHidden);
}

/** `id "bridge-opens", "Bridge opens"`: what names an event beside its path; '' for neither. */
export function eventName({ id, title }: Pick<EventLabel, 'id' | 'title'>): string {
	const parts: string[] = [];
	if (id !== undefined) parts.push(`id ${shown(id, 40)}`);
	if (title !== undefined) parts.push(shown(title, 60));
	return parts.join(', ');
}

/** `events[6] (id "bridge-opens", "Bridge opens")`: an event by its path, id and title. */
export function describeEvent(label: EventLabel): string {
	const name = eventName(label);
	return name ? `${label.path} (${name})` : label.path;
}

/**
 * A problem on one line: `events[6].date (id "bridge-opens", "Bridge opens"): message`.
 * Problems outside any event keep their bare path.
 */
export function describeProblem(problem: Problem): string {
	const name = problem.event ? eventName(problem.event) : '';
	return `${problem.path}${name ? ` (${name})` : ''}: ${problem.message}`;
}

/**
 * The events a file's errors leave out of the drawing, in file order: an event is drawn
 * only when nothing in it is an error, so these are exactly the events with an error.
 */
export function omittedEvents(problems: Problem[]): EventLabel[] {
	const omitted = new Map<string, EventLabel>();
	for (const problem of problems)
		if (problem.severity === 'error' && problem.event && !omitted.has(problem.event.path))
			omitted.set(problem.event.path, problem.event);
	return [...omitted.values()];
}

/** `"Bridge opens" (events[6], id "bridge-opens")`: an event left out, by its title first. */
export function omittedName({ path, id, title }: EventLabel): string {
	const where = id === undefined ? path : `${path}, id ${shown(id, 40)}`;
	return title === undefined ? where : `${shown(title, 60)} (${where})`;
}
