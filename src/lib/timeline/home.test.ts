import { describe, expect, it } from 'vitest';
import { spanBounds } from './edtf.ts';
import { scaleUtc } from 'd3-scale';
import { homeDomain } from './home.ts';
import { timeExtent } from './extent.ts';
import { datedInOrder } from './order.ts';
import { fixtureTimeline } from '$lib/test/helpers';
import type { DatedEvent } from './order.ts';

const events = datedInOrder(fixtureTimeline('seed.json').events);
const byId = (id: string) => events.find((e) => e.id === id)!;

/** The base scale fits every event, as the view's does. */
function baseFor(list: readonly DatedEvent[], width: number) {
	const [a, b] = timeExtent(list)!;
	return scaleUtc().domain([a, b]).range([0, width]);
}

/** The scale of the home view. */
const homeScale = (list: readonly DatedEvent[], width: number) => {
	const base = baseFor(list, width);
	return base.copy().domain(homeDomain({ events: list, base }));
};

describe('homeDomain', () => {
	it('keeps Thursday and Saturday at least 24 px apart on a wide screen', () => {
		const scale = homeScale(events, 1400);
		const [thursday] = spanBounds(byId('russia-draft').span);
		const [saturday] = spanBounds(byId('putin-netanyahu-call').span);
		expect(scale(saturday) - scale(thursday)).toBeGreaterThanOrEqual(24 - 1e-9);
	});

	it.each([320, 360, 768, 1400])('fits every event but the long interval at %d px', (width) => {
		const scale = homeScale(events, width);
		for (const event of events.filter((e) => e.id !== 'two-year-conflict')) {
			const [start, end] = spanBounds(event.span);
			expect(scale(start)).toBeGreaterThanOrEqual(0);
			expect(scale(end)).toBeLessThanOrEqual(width);
		}
		// The conflict runs off the left edge and still reaches into the view.
		const [start, end] = spanBounds(byId('two-year-conflict').span);
		expect(scale(start)).toBeLessThan(0);
		expect(scale(end)).toBeGreaterThan(0);
	});

	it('leaves the view whole when nothing needs more room', () => {
		const only = [byId('previous-call'), byId('gaza-plan-first-phase')];
		const base = baseFor(only, 1000);
		expect(homeDomain({ events: only, base })).toEqual(base.domain());
		const full = baseFor(events, 1000);
		expect(homeDomain({ events: [], base: full })).toEqual(full.domain());
	});
});
