import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorsOf, ID_PATTERN, parseTimeline } from '../timeline/validate.ts';
import { draftTimeline } from './draft.ts';
import { edtfDay } from './resolve.ts';

// A fixed seed keeps CI deterministic; change it locally to explore further.
const SEED = 20251115;
const run = (numRuns: number) => ({ seed: SEED, numRuns });

/** Words that the drafter reads, so generated texts hold dates and near-dates. */
const WORDS = [
	'on Thursday',
	'next Friday',
	'last Sunday',
	'in September',
	'early December',
	'March 12, 2009',
	'11 December',
	'7/8/07',
	'2009',
	'in 1991',
	'from 2009 to 2011',
	'2009-10',
	'between 2014 and 2016',
	'about two years ago',
	'a week ago',
	'last year',
	'next month',
	'yesterday',
	'today',
	'the same day',
	'ended the day',
	'for two years',
	'every year',
	'at 5 pm',
	'16:00 UTC',
	'$2009',
	'737',
	'2,009',
	'the 1990s',
	'last spring',
	'in the summer of 2024',
	'winter',
	'fall 2026',
	'the ’20s',
	'the nineties',
	'the 1800s',
	'the 19th century',
	'the third century BC',
	'the 99th century',
	'will',
	'said',
	'Mr.',
	'U.S.',
	'.',
	'. ',
	'!',
	'?',
	',',
	'\n',
	'\r\n',
	'“',
	'”',
	'🌉',
	'𝔸',
	'\uD800',
	'\uDC00',
	'\u0000',
	' ',
	'\t'
];

const text = fc
	.array(
		fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...WORDS) },
			{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
			{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
			{ weight: 1, arbitrary: fc.constantFrom('The', 'council', 'met', 'and', 'it', 'rained') }
		),
		{ maxLength: 60 }
	)
	.map((parts) => parts.join(' '));

const published = fc
	.date({
		min: new Date(Date.UTC(1000, 0, 1)),
		max: new Date(Date.UTC(2999, 11, 31)),
		noInvalidDate: true
	})
	.map((date) => edtfDay(date));

describe('draftTimeline on generated texts', { timeout: 120_000 }, () => {
	it('never throws, and every draft validates with no error', () => {
		fc.assert(
			fc.property(text, published, (text, published) => {
				const draft = draftTimeline({ text, published });
				const errors = errorsOf(parseTimeline(draft).problems);
				if (errors.length > 0) throw new Error(JSON.stringify({ text, published, errors }));
			}),
			run(600)
		);
	});

	it('quotes slice out of the text at their code-point offsets and hold their dateText', () => {
		fc.assert(
			fc.property(text, published, (text, published) => {
				const points = [...text];
				const draft = draftTimeline({ text, published });
				const ids = new Set<string>();
				for (const event of draft.events) {
					const [evidence] = event.evidence;
					expect(points.slice(evidence!.start, evidence!.end).join('')).toBe(evidence!.quote);
					expect(evidence!.quote).toContain(event.dateText);
					expect(event.id).toMatch(ID_PATTERN);
					expect(ids.has(event.id)).toBe(false);
					ids.add(event.id);
				}
			}),
			run(400)
		);
	});

	it('never throws on any string at all', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), published, (text, published) => {
				draftTimeline({ text, published });
			}),
			run(600)
		);
	});
});
