import { describe, expect, it } from 'vitest';
import { fixtureJson } from '$lib/test/helpers';
import {
	describeEvent,
	describeProblem,
	omittedEvents,
	omittedName,
	shown
} from './problem-text.ts';
import type { EventLabel } from './types.ts';
import { parseTimeline } from './validate.ts';

describe('shown', () => {
	const table: [string, string][] = [
		['Bridge opens', '"Bridge opens"'],
		['line\nbreak\ttab', '"line\\nbreak\\ttab"'],
		['say "hi"', '"say \\"hi\\""'],
		// A right-to-left override would turn what follows around; zero-width and C1 controls hide.
		['abc\u202Edef', '"abc\\u202edef"'],
		['a\u200Bb\u0085c\u2028d', '"a\\u200bb\\u0085c\\u2028d"'],
		['tag\u{E0041}', '"tag\\u{e0041}"'],
		['<img src=x onerror=alert(1)>', '"<img src=x onerror=alert(1)>"']
	];
	it.each(table)('shows %j as %s', (value, text) => {
		expect(shown(value)).toBe(text);
	});

	it('shortens long values to the characters asked for, ending in an ellipsis', () => {
		expect(shown('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…"`);
		expect(shown('🙂'.repeat(20), 5)).toBe(`"${'🙂'.repeat(4)}…"`);
	});
});

describe('describeProblem', () => {
	const problem = { path: 'events[6].date', message: 'is wrong', severity: 'error' as const };
	const table: [EventLabel | undefined, string][] = [
		[undefined, 'events[6].date: is wrong'],
		[{ path: 'events[6]' }, 'events[6].date: is wrong'],
		[{ path: 'events[6]', id: 'bridge-opens' }, 'events[6].date (id "bridge-opens"): is wrong'],
		[{ path: 'events[6]', title: 'Bridge opens' }, 'events[6].date ("Bridge opens"): is wrong'],
		[
			{ path: 'events[6]', id: 'bridge-opens', title: 'Bridge opens' },
			'events[6].date (id "bridge-opens", "Bridge opens"): is wrong'
		],
		[
			{ path: 'events[6]', id: 'x', title: 'Line\nbreak\u202E' + 'y'.repeat(80) },
			`events[6].date (id "x", "Line\\nbreak\\u202e${'y'.repeat(48)}…"): is wrong`
		]
	];
	it.each(table)('with the event %j reads %j', (event, text) => {
		expect(describeProblem({ ...problem, ...(event ? { event } : {}) })).toBe(text);
	});

	it('names the event of every problem inside events, and of none outside', () => {
		const { problems } = parseTimeline(fixtureJson('partial.json'));
		expect(problems.map(describeProblem)).toEqual([
			'events[1].date (id "repair-work", "Repair work on the bridge deck"): "2025-02-30" is not a real day',
			'events[3].evidence[0].quote (id "contractor-dispute", "Dispute with the contractor over steel prices"): not found in source "bridge"'
		]);
		const doc = fixtureJson('partial.json');
		doc.sources[0].junk = 1;
		doc.events[0] = 'not an event';
		expect(parseTimeline(doc).problems.slice(0, 2).map(describeProblem)).toEqual([
			'sources[0].junk: unknown field, ignored',
			'events[0]: must be an object, not a string'
		]);
	});
});

describe('omittedEvents', () => {
	it('lists exactly the events the drawing leaves out, by title', () => {
		const doc = fixtureJson('partial.json');
		doc.events.push({ ...doc.events[0], title: 'A second bridge event' });
		doc.events.push(7);
		doc.events[2].importance = 3;
		const { timeline, problems } = parseTimeline(doc);
		const omitted = omittedEvents(problems);
		const drawn = new Set(timeline!.events.map((e) => e.title));
		expect(omitted.map(describeEvent)).toEqual([
			'events[1] (id "repair-work", "Repair work on the bridge deck")',
			'events[3] (id "contractor-dispute", "Dispute with the contractor over steel prices")',
			'events[4] (id "bridge-reopens", "A second bridge event")',
			'events[5]'
		]);
		expect(omitted.map(omittedName)).toEqual([
			'"Repair work on the bridge deck" (events[1], id "repair-work")',
			'"Dispute with the contractor over steel prices" (events[3], id "contractor-dispute")',
			'"A second bridge event" (events[4], id "bridge-reopens")',
			'events[5]'
		]);
		// Every raw event is either drawn or left out, never both.
		expect(omitted.length + timeline!.events.length).toBe(doc.events.length);
		for (const label of omitted) expect(drawn.has(label.title ?? '')).toBe(false);
	});
});
