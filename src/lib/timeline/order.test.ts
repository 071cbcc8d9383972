import { describe, expect, it } from 'vitest';
import { deepFreeze, event } from '$lib/test/helpers';
import { beyondRange, datedInOrder } from './order.ts';

describe('datedInOrder', () => {
	// [what, events as [id, date], ids in order]
	const table: [string, [string, string | null][], string[]][] = [
		['nothing', [], []],
		[
			'undated events are left out',
			[
				['a', null],
				['b', '2025-11-13'],
				['c', null]
			],
			['b']
		],
		[
			'dates no time scale reaches are left out; far years within reach are kept',
			[
				['far', 'Y170000002'],
				['ice-age', 'Y-12000'],
				['decade', '199X'],
				['winter', '2024-24']
			],
			['ice-age', 'decade', 'winter']
		],
		[
			'a season falls where its months fall',
			[
				['winter', '2024-24'],
				['december', '2024-12-15'],
				['november', '2024-11']
			],
			['november', 'winter', 'december']
		],
		[
			'earlier starts come first',
			[
				['b', '2025-11-13'],
				['a', '2025-09']
			],
			['a', 'b']
		],
		[
			'the same start puts the earlier end first',
			[
				['year', '2025'],
				['month', '2025-01'],
				['day', '2025-01-01']
			],
			['day', 'month', 'year']
		],
		[
			'the same span keeps the order of the file',
			[
				['meeting-2', '2025-10'],
				['meeting-10', '2025-10'],
				['meeting-1', '2025-10']
			],
			['meeting-2', 'meeting-10', 'meeting-1']
		],
		[
			'an unknown end sorts after a known one with the same start',
			[
				['unknown', '2025-10/'],
				['known', '2025-10']
			],
			['known', 'unknown']
		],
		[
			'an open or unknown start sorts by the known end',
			[
				['until', '../2025-10'],
				['sep', '2025-09'],
				['dec', '2025-12']
			],
			['sep', 'until', 'dec']
		],
		[
			'the repository’s events start with the two-year conflict',
			[
				['putin-netanyahu-call', '2025-11-15'],
				['russia-draft', '2025-11-13'],
				['previous-call', '2025-09'],
				['two-year-conflict', '2023-10~/2025-10'],
				['gaza-plan-first-phase', '2025-10']
			],
			[
				'two-year-conflict',
				'previous-call',
				'gaza-plan-first-phase',
				'russia-draft',
				'putin-netanyahu-call'
			]
		]
	];

	it.each(table)('orders events: %s', (_what, input, ids) => {
		const events = input.map(([id, date]) => event(id, date));
		expect(datedInOrder(events).map((e) => e.id)).toEqual(ids);
	});

	it('does not mutate its input', () => {
		const events = deepFreeze([event('b', '2025-11-13'), event('u', null), event('a', '2025-09')]);
		const ids = events.map((e) => e.id);
		expect(datedInOrder(events).map((e) => e.id)).toEqual(['a', 'b']);
		expect(events.map((e) => e.id)).toEqual(ids);
	});
});

describe('beyondRange', () => {
	it('lists only events dated beyond what a Date holds, by year', () => {
		const events = deepFreeze([
			event('near', '2025-21'),
			event('later', 'Y170000002'),
			event('undated', null),
			event('earlier', 'Y-170000002'),
			event('from-far', 'Y-300000/2025')
		]);
		expect(beyondRange(events).map((e) => e.id)).toEqual(['earlier', 'from-far', 'later']);
	});
});
