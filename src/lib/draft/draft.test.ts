import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, errorsOf, parseTimeline } from '../timeline/validate.ts';
import { draftTimeline } from './draft.ts';

/** The dated words of a text and their dates, in order. */
const dates = (text: string, published = '2025-11-15') =>
	draftTimeline({ text, published }).events.map((event) => [event.dateText, event.date]);

describe('draftTimeline reads dates as news writes them', () => {
	// Published Saturday 15 November 2025 unless the case says otherwise.
	it.each([
		['The ministers met on Thursday.', [['on Thursday', '2025-11-13']]],
		['The two leaders spoke on Saturday.', [['on Saturday', '2025-11-15']]],
		['They met last Thursday.', [['last Thursday', '2025-11-13']]],
		['The council will vote on Thursday.', [['on Thursday', '2025-11-20']]],
		['They will meet again next Saturday.', [['next Saturday', '2025-11-22']]],
		['Talks began in September.', [['September', '2025-09']]],
		['Talks are expected to resume in December.', [['December', '2025-12']]],
		['Sales fell in December.', [['December', '2024-12']]],
		['The plant opened in 2009.', [['2009', '2009']]],
		['The company grew from 2009 to 2011.', [['from 2009 to 2011', '2009/2011']]],
		['Sales in 2009-2010 were weak.', [['2009-2010', '2009/2010']]],
		['Deliveries are planned between 2014 and 2016.', [['between 2014 and 2016', '2014/2016']]],
		[
			'Rates rose between March 2022 and July 2023.',
			[['between March 2022 and July 2023', '2022-03/2023-07']]
		],
		['The fair ran from May to June.', [['May to June', '2025-05/2025-06']]],
		['The Fed signaled it could cut rates in March.', [['March', '2026-03']]],
		['The project began about two years ago.', [['about two years ago', '2023~']]],
		['The firm opened a week ago.', [['a week ago', '2025-11-08']]],
		['The firm lost money last year.', [['last year', '2024']]],
		['Prices rose last month.', [['last month', '2025-10']]],
		['The plan will be ready next year.', [['next year', '2026']]],
		[
			'It rained yesterday and the sun came out today.',
			[
				['yesterday', '2025-11-14'],
				['today', '2025-11-15']
			]
		],
		['The deal was signed on March 12, 2009.', [['March 12, 2009', '2009-03-12']]],
		['The event took place on 7/8/07.', [['7/8/07', '2007-07-08']]],
		['The talks ended in October 2023.', [['October 2023', '2023-10']]],
		['The dealers were renewed in October of next year.', [['October of next year', '2026-10']]]
	])('%s', (text, expected) => {
		expect(dates(text)).toEqual(expected);
	});

	it.each([
		// [text, published, expected]
		['The harvest came in last spring.', '2025-11-15', [['last spring', '2025-21']]],
		// During spring, "last spring" is the one before.
		['The harvest came in last spring.', '2025-04-10', [['last spring', '2024-21']]],
		// Winter runs from December into the next year: EDTF 2024-24 is December 2024 to February 2025.
		['It snowed last winter.', '2025-12-10', [['last winter', '2024-24']]],
		['It snowed last winter.', '2025-03-02', [['last winter', '2024-24']]],
		['Sales rose this summer.', '2025-11-15', [['this summer', '2025-22']]],
		['Sales should rise this summer.', '2025-04-01', [['this summer', '2025-22']]],
		['Next winter will be cold.', '2025-11-15', [['Next winter', '2025-24']]],
		['The plan will be ready in the spring.', '2025-11-15', [['in the spring', '2026-21']]],
		['It snowed heavily during the winter.', '2025-11-15', [['during the winter', '2024-24']]],
		['They met in the summer of 2024.', '2025-11-15', [['the summer of 2024', '2024-22']]],
		['The vote is set for fall 2026.', '2025-11-15', [['fall 2026', '2026-23']]],
		['Autumn 2023 was dry.', '2025-11-15', [['Autumn 2023', '2023-23']]]
	])('reads seasons: %j published %s', (text, published, expected) => {
		expect(dates(text, published)).toEqual(expected);
	});

	it.each([
		['Music of the 1990s is back.', '2025-11-15', [['the 1990s', '199X']]],
		['Prices soared in the 2000s.', '2025-11-15', [['the 2000s', '200X']]],
		['The mid-1990s were calm.', '2025-11-15', [['The mid-1990s', '199X']]],
		['Back in the nineties, it was different.', '2025-11-15', [['the nineties', '199X']]],
		// Two digits name the latest such decade that has ended: in 2025 the '20s are the 1920s.
		['Jazz of the ’20s was loud.', '2025-11-15', [['the ’20s', '192X']]],
		['Jazz of the ’20s was loud.', '2035-06-01', [['the ’20s', '202X']]],
		['The town grew in the 1800s.', '2025-11-15', [['the 1800s', '18XX']]],
		['The church dates from the 19th century.', '2025-11-15', [['the 19th century', '18XX']]],
		['The 21st century began.', '2025-11-15', [['The 21st century', '20XX']]],
		[
			'Rome fought Carthage in the third century BC.',
			'2025-11-15',
			[['the third century BC', '-02XX']]
		]
	])('reads decades and centuries: %j published %s', (text, published, expected) => {
		expect(dates(text, published)).toEqual(expected);
	});

	it.each([
		['The firm was founded 10 years ago.', '2026-01-03', [['10 years ago', '2016']]],
		['Sales fell last month.', '2026-01-03', [['last month', '2025-12']]],
		['Sales fell last year.', '2026-01-03', [['last year', '2025']]],
		['The office opens next month.', '2025-12-20', [['next month', '2026-01']]],
		['Talks resume next Monday.', '2025-12-30', [['next Monday', '2026-01-05']]],
		['They met on New Year’s Eve, December 31.', '2026-01-02', [['December 31', '2025-12-31']]]
	])('reads across year boundaries: %j published %s', (text, published, expected) => {
		expect(dates(text, published)).toEqual(expected);
	});

	it('reads a month without a year back across the new year', () => {
		expect(dates('Talks broke down in December.', '2026-01-03')).toEqual([['December', '2025-12']]);
		expect(dates('Output fell in early December.', '2026-01-03')).toEqual([
			['early December', '2025-12']
		]);
		expect(dates('The bank closed on Wednesday.', '2026-01-02')).toEqual([
			['on Wednesday', '2025-12-31']
		]);
	});

	it('reads the end or start of a month as the month', () => {
		expect(dates('Clinics will run until the end of December.', '2019-10-30')).toEqual([
			['end of December', '2019-12']
		]);
		expect(dates('The plant closed at the start of March.', '2019-10-30')).toEqual([
			['the start of March', '2019-03']
		]);
		expect(dates('The plant closed on 31 March.', '2019-10-30')).toEqual([
			['on 31 March', '2019-03-31']
		]);
	});

	it('keeps a date the parser joins to a relative phrase', () => {
		expect(
			dates('The plane flew on 11 December -- four years behind schedule.', '2010-01-25')
		).toEqual([['on 11 December', '2009-12-11']]);
	});

	it('dates "the same day" by the day named before it', () => {
		expect(dates('Shares fell on Monday. The index closed lower the same day.')).toEqual([
			['on Monday', '2025-11-10'],
			['the same day', '2025-11-10']
		]);
	});

	it('dates "the previous year" by the date named before it, else by publication', () => {
		expect(dates('Revenue rose last year, more than the year previous.', '2010-01-28')).toEqual([
			['last year', '2009'],
			['the year previous', '2008']
		]);
		expect(dates('Sales fell from the previous year.', '2010-01-28')).toEqual([
			['the previous year', '2009']
		]);
	});

	it('dates "a second straight day" as the day reported', () => {
		expect(dates('Trading was halted for a second straight day.')).toEqual([
			['a second straight day', '2025-11-15']
		]);
	});

	it('dates "the same period last year" a year before the date named before it', () => {
		expect(
			dates('Sales rose 43% in February compared to the same period last year.', '2010-03-03')
		).toEqual([
			['February', '2010-02'],
			['the same period last year', '2009-02']
		]);
		expect(dates('Sales rose compared to the same month a year ago.', '2010-03-03')).toEqual([]);
		// A plan named before is not the period compared: "last year" stays behind publication.
		expect(
			dates(
				'The rest will be delivered by 2027. Profit rose from the same period last year.',
				'2022-11-05'
			)
		).toEqual([['2027', '2027']]);
	});

	it.each([
		'The Boeing 737 has been grounded.',
		'The painting sold for $2009.',
		'The march drew 2,009 people.',
		'The firm sold 2000 cars and hired 1500 workers.',
		'The Russell 2000 Index fell.',
		'The market opened at 16:00 UTC.',
		'The meeting starts at 5 pm.',
		'The war lasted for two years.',
		'Prices have risen over the past decade.',
		'The festival is held every year.',
		'They meet every Monday.',
		'Shops close on Sundays.',
		'The two-year conflict goes on.',
		'It is a 20-point plan.',
		'Stocks crashed on what is known as Black Monday.',
		'Profit rose in the fourth quarter.',
		'Traffic was heavy this week.',
		'The summer months were hot.',
		'A 19th-century church burned.',
		'She is in her twenties.',
		'Prices fall 2000 points.',
		'They travel every summer.',
		'Prices are high now.'
	])('finds no date in %j', (text) => {
		expect(dates(text)).toEqual([]);
	});

	it('makes one event of the same date twice in one sentence, two in two sentences', () => {
		expect(dates('On Thursday the bill passed, and on Thursday the senate voted.')).toEqual([
			['On Thursday', '2025-11-13']
		]);
		expect(dates('The bill passed on Thursday. The senate voted on Thursday.')).toEqual([
			['on Thursday', '2025-11-13'],
			['on Thursday', '2025-11-13']
		]);
	});
});

describe('draftTimeline on the seed article', () => {
	const text = readFileSync(
		new URL('../../../tests/fixtures/draft/seed-article.txt', import.meta.url),
		'utf8'
	);
	const draft = draftTimeline({ text, published: '2025-11-15', title: 'Putin and Netanyahu' });

	it('finds the call, the September call, the draft and the October agreement on their sentences', () => {
		expect(
			draft.events.map((event) => [
				event.date,
				event.dateText,
				event.evidence[0]!.quote.slice(0, 40)
			])
		).toEqual([
			['2025-11-15', 'on Saturday', 'Russian President Vladimir Putin and Isr'],
			['2025-09', 'September', 'The two leaders had last spoken in Septe'],
			['2025-11-13', 'on Thursday', 'Meanwhile, Russia on Thursday put forwar'],
			['2025-10', 'October', 'Israel and Hamas agreed in October to th']
		]);
	});

	it('validates with no error and no warning, offsets and all', () => {
		const { timeline, problems } = parseTimeline(draft);
		expect(problems).toEqual([]);
		expect(timeline?.events).toHaveLength(4);
	});

	it('quotes whole sentences by code-point offsets and fills the source', () => {
		const points = [...text];
		for (const event of draft.events) {
			const [evidence] = event.evidence;
			expect(points.slice(evidence!.start, evidence!.end).join('')).toBe(evidence!.quote);
			expect(evidence!.quote).toContain(event.dateText);
			expect(event.id).toMatch(ID_PATTERN);
			expect(event.title.length).toBeGreaterThan(0);
			expect(event.title.length).toBeLessThanOrEqual(81);
		}
		expect(new Set(draft.events.map((event) => event.id)).size).toBe(4);
		expect(draft.sources).toEqual([
			{ id: 'article', title: 'Putin and Netanyahu', published: '2025-11-15', text }
		]);
		expect(draft.title).toBe('Putin and Netanyahu');
	});
});

describe('draftTimeline edges', { timeout: 60_000 }, () => {
	it('counts offsets in code points after characters outside the BMP', () => {
		const text = '🌉 𝔸 bridge. It reopened on Monday 🎉 after repairs.';
		const [event] = draftTimeline({ text, published: '2025-03-10' }).events;
		expect(event).toMatchObject({ date: '2025-03-10', dateText: 'on Monday' });
		expect([...text].slice(event!.evidence[0]!.start, event!.evidence[0]!.end).join('')).toBe(
			'It reopened on Monday 🎉 after repairs.'
		);
		expect(event!.evidence[0]!.start).toBe(12);
	});

	it('quotes around the date in a sentence longer than a quote may be', () => {
		const text = `${'word '.repeat(6000)}it closed on Monday ${'and more '.repeat(3000)}end.`;
		const draft = draftTimeline({ text, published: '2025-03-10' });
		expect(draft.events).toHaveLength(1);
		expect(draft.events[0]!.evidence[0]!.quote.length).toBeLessThanOrEqual(20_000);
		expect(draft.events[0]!.evidence[0]!.quote).toContain('it closed on Monday');
		expect(errorsOf(parseTimeline(draft).problems)).toEqual([]);
	});

	it('gives a valid, empty timeline for a text without dates', () => {
		const draft = draftTimeline({ text: '', published: '2025-03-10' });
		expect(draft.events).toEqual([]);
		expect(errorsOf(parseTimeline(draft).problems)).toEqual([]);
	});

	it('refuses an impossible publication date or a URL that is not http', () => {
		expect(() => draftTimeline({ text: 'x', published: '2025-02-30' })).toThrow(RangeError);
		expect(() => draftTimeline({ text: 'x', published: '15/11/2025' })).toThrow(/YYYY-MM-DD/);
		expect(() =>
			draftTimeline({ text: 'x', published: '2025-02-03', url: 'javascript:alert(1)' })
		).toThrow(/http/);
	});

	it('tells its progress through a long text, rising to 1', () => {
		const text = 'The council met on Thursday. '.repeat(10_000);
		const told: number[] = [];
		draftTimeline({ text, published: '2025-11-15' }, (done) => told.push(done));
		expect(told.length).toBeGreaterThan(3);
		expect(told.at(-1)).toBe(1);
		expect(told.every((done, i) => done > 0 && done <= 1 && (i === 0 || done > told[i - 1]!))).toBe(
			true
		);
	});

	it('does not change its input', () => {
		const input = { text: 'It rained on Monday.', published: '2025-03-10', title: 'Rain' };
		const copy = structuredClone(input);
		draftTimeline(input);
		expect(input).toEqual(copy);
	});
});
