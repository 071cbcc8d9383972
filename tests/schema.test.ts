import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Doc } from '../src/lib/test/helpers.ts';

const readJson = (path: string) => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));

const schema = readJson('static/events.schema.json');

function compile() {
	const ajv = new Ajv2020({ allErrors: true });
	// ajv-formats is not installed; register the two formats the schema uses.
	ajv.addFormat('uri', (s: string) => URL.canParse(s));
	ajv.addFormat('date', (s: string) => {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
		if (!m) return false;
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const dt = new Date(Date.UTC(y, mo - 1, d));
		return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
	});
	return ajv.compile(schema);
}

const minimal = (): Doc => ({
	title: 'A timeline',
	sources: [{ id: 'article', text: 'Something happened on Thursday.' }],
	events: [
		{
			id: 'something',
			title: 'Something happened',
			date: '2025-11-13',
			tags: ['news'],
			evidence: [{ source: 'article', quote: 'Something happened', start: 0, end: 18 }]
		}
	]
});

describe('events.schema.json', () => {
	it('compiles', () => {
		expect(() => compile()).not.toThrow();
	});

	it('accepts the seed timeline', () => {
		expect(compile()(readJson('tests/fixtures/seed.json'))).toBe(true);
	});

	it('accepts a minimal document', () => {
		expect(compile()(minimal())).toBe(true);
	});

	it('allows unknown properties so the format can grow', () => {
		const doc = minimal();
		doc.generator = 'test';
		doc.events[0].importance = 3;
		doc.events[0].evidence[0].note = 'extra';
		expect(compile()(doc)).toBe(true);
	});

	const invalid: [string, (doc: Doc) => void][] = [
		['missing title', (d) => delete d.title],
		['missing events', (d) => delete d.events],
		['bad event id pattern', (d) => (d.events[0].id = 'Bad_ID')],
		['event id with a trailing hyphen', (d) => (d.events[0].id = 'bad-')],
		['event without evidence', (d) => delete d.events[0].evidence],
		['empty evidence array', (d) => (d.events[0].evidence = [])],
		['non-string quote', (d) => (d.events[0].evidence[0].quote = 42)],
		['empty quote', (d) => (d.events[0].evidence[0].quote = '')],
		['negative start', (d) => (d.events[0].evidence[0].start = -1)],
		['non-integer end', (d) => (d.events[0].evidence[0].end = 1.5)],
		['evidence without source', (d) => delete d.events[0].evidence[0].source],
		['tags is a string, not an array', (d) => (d.events[0].tags = 'news')],
		['tag that is not a string', (d) => (d.events[0].tags = [1])],
		['source without text', (d) => delete d.sources[0].text],
		['source without id', (d) => delete d.sources[0].id],
		['source url that is not http(s)', (d) => (d.sources[0].url = 'ftp://example.com/a')],
		['published not YYYY-MM-DD', (d) => (d.sources[0].published = '15 November 2025')],
		['published not a calendar date', (d) => (d.sources[0].published = '2025-02-30')],
		['date that is not EDTF', (d) => (d.events[0].date = 'November 13, 2025')],
		['date with a bad month', (d) => (d.events[0].date = '2025-13')],
		['interval open at both ends', (d) => (d.events[0].date = '../..')]
	];

	it.each(invalid)('rejects: %s', (_name, mutate) => {
		const doc = minimal();
		mutate(doc);
		expect(compile()(doc)).toBe(false);
	});
	it.each([
		'2025',
		'2025-10',
		'2025-11-13',
		'2025-10?',
		'2025-10~',
		'2025-10%',
		'2023-10~/2025-10',
		'../2025-10',
		'2025-10/..',
		'2025-10/',
		'/2025-10',
		'2025-21',
		'2025-24?',
		'199X',
		'19XX~',
		'-199X',
		'2025-XX',
		'1985-04-XX',
		'1985-XX-XX%',
		'Y170000002',
		'Y-170000002?',
		'199X/2025-22',
		'Y-12000/..'
	])('accepts EDTF date %s', (date) => {
		const doc = minimal();
		doc.events[0].date = date;
		expect(compile()(doc)).toBe(true);
	});
});

describe('the schema and the validator', () => {
	const validate = compile();
	// [what, change to a minimal document] — shapes both can judge, so both must agree.
	const table: [string, (doc: Doc) => void][] = [
		['a minimal document', () => {}],
		['a negative (astronomical) year', (doc) => (doc.events[0].date = '-0043')],
		['an open-ended interval', (doc) => (doc.events[0].date = '2025-10/..')],
		['no sources', (doc) => delete doc.sources],
		['an id with capitals', (doc) => (doc.events[0].id = 'Bad_ID')],
		['a tag that is a number', (doc) => (doc.events[0].tags = [3])],
		['month 13', (doc) => (doc.events[0].date = '2025-13')],
		['a weekday for a date', (doc) => (doc.events[0].date = 'Thursday')],
		['a javascript: url', (doc) => (doc.sources[0].url = 'javascript:alert(1)')],
		['no evidence', (doc) => (doc.events[0].evidence = [])],
		['a negative offset', (doc) => (doc.events[0].evidence[0].start = -1)],
		['a season', (doc) => (doc.events[0].date = '2025-24~')],
		['season 25, which is level 2', (doc) => (doc.events[0].date = '2025-25')],
		['a season with a day', (doc) => (doc.events[0].date = '2025-21-05')],
		['a decade', (doc) => (doc.events[0].date = '199X')],
		['a century', (doc) => (doc.events[0].date = '19XX')],
		['three unspecified digits, level 2', (doc) => (doc.events[0].date = '2XXX')],
		['an unspecified month', (doc) => (doc.events[0].date = '2025-XX')],
		['an unspecified day', (doc) => (doc.events[0].date = '1985-04-XX')],
		['an unspecified month and day', (doc) => (doc.events[0].date = '1985-XX-XX')],
		['an unspecified month with a day', (doc) => (doc.events[0].date = '1985-XX-04')],
		['a decade with a month', (doc) => (doc.events[0].date = '201X-05')],
		['a lowercase x', (doc) => (doc.events[0].date = '201x')],
		['a long year after Y', (doc) => (doc.events[0].date = 'Y-170000002')],
		['a short year after Y', (doc) => (doc.events[0].date = 'Y2025')],
		['a long year without Y', (doc) => (doc.events[0].date = '170000002')],
		['a long year with a month', (doc) => (doc.events[0].date = 'Y12345-01')],
		['a year of 16 digits', (doc) => (doc.events[0].date = 'Y1234567890123456')],
		['a year of 15 digits', (doc) => (doc.events[0].date = 'Y123456789012345')],
		['an exponent year, level 2', (doc) => (doc.events[0].date = 'Y17E7')],
		['an interval from a decade to a season', (doc) => (doc.events[0].date = '199X/2025-21')]
	];

	it.each(table)('agree on %s', async (_what, change) => {
		const { parseTimeline, errorsOf } = await import('../src/lib/timeline/validate.ts');
		const doc = minimal();
		change(doc);
		const bySchema = validate(doc);
		const byCode = errorsOf(parseTimeline(doc).problems).length === 0;
		expect(bySchema).toBe(byCode);
	});
});
