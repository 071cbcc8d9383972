/**
 * Hostile and broken events.json files (tests/fixtures/hostile/, plus the large ones of
 * tests/generated.ts): each is refused, or read, with exactly the expected messages, and
 * none makes the validator throw or touch Object.prototype.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../scripts/json-file.ts';
import { runValidate as validate } from '../src/lib/test/cli.ts';
import { problemLine } from '../src/lib/test/helpers.ts';
import { describeProblem } from '../src/lib/timeline/problem-text.ts';
import { parseTimeline, type ParseResult } from '../src/lib/timeline/validate.ts';
import { deepJson, longSummary, longText, manyEvidence, MB } from './generated.ts';

const DIR = 'tests/fixtures/hostile';

/** The file read as the CLI and the build read it (a byte order mark allowed), then parsed. */
function parse(name: string): ParseResult {
	const read = readJsonFile(`${DIR}/${name}`);
	if (!read.ok) throw new Error(read.message);
	return parseTimeline(read.document);
}

const lines = (result: ParseResult) => result.problems.map(problemLine);
const ids = (result: ParseResult) => result.timeline?.events.map((e) => e.id);

describe('hostile files through the CLI', { timeout: 60_000 }, () => {
	it('markup.json: markup is data; only the two ids made of markup are refused, as text', () => {
		const file = `${DIR}/markup.json`;
		expect(validate(file)).toEqual({
			status: 1,
			stdout: '',
			stderr: [
				`${file}: sources[1].id: "\\"><script>alert(1)</script>" must be lowercase letters, digits and single hyphens`,
				`${file}: events[3].id (id "<img src=x onerror=alert(1)>", "An event whose id is markup"): "<img src=x onerror=alert(1)>" must be lowercase letters, digits and single hyphens`,
				`${file}: 2 errors`,
				''
			].join('\n')
		});
	});

	it('dates.json: every impossible or unsupported date is named; 9999, -0044 and a leap day pass', () => {
		const file = `${DIR}/dates.json`;
		const expected = [
			'events[1].date: "2025-13": month 13 does not exist',
			'events[2].date: "2025-02-30" is not a real day',
			'events[3].date: "2025-11-13/2025-11-01": the interval ends before it starts',
			'events[4].date: "Thursday" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or an interval A/B)',
			'events[5].date: "-10000": a year of more than four digits starts with Y (Y12345, Y-170000002)',
			'events[8].date: "2025-11-13T10:00": times of day are not supported (give the day, YYYY-MM-DD)',
			'events[10].date: "1900-02-29" is not a real day',
			'events[11].date: "-0000": -0000 is not a valid year',
			'events[12].date: "201X-05": unspecified digits in the year with a month or day are EDTF level 2, which is not supported (level 1 allows X only as in 201X, 20XX, 2004-XX, 1985-04-XX and 1985-XX-XX)',
			'events[13].date: "2025-33": seasons 25–41 (by hemisphere, quarters, quadrimesters, semesters) are EDTF level 2, which is not supported; level 1 has 21–24 (spring, summer, autumn, winter)',
			'events[14].date: "2025/2026/2027": an interval has exactly one "/"',
			'events[15].date: " 2025" is not an EDTF date',
			// A line break in a value is escaped, so each problem stays on one line.
			'events[16].date: "2025-11-13\\n" is not an EDTF date',
			'events[17].date: must not be empty',
			'events[18].date: "../..": an interval needs at least one known end',
			'events[19].date: "2025-11-13Z" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or an interval A/B)'
		];
		expect(validate(file)).toEqual({
			status: 1,
			stdout: '',
			// The CLI names each event beside its path: event k is "entry-k", "Log entry k".
			stderr: [
				...expected.map(
					(line) =>
						`${file}: ${line.replace(/^events\[(\d+)\]\.date/, (path, i) => `${path} (id "entry-${+i + 1}", "Log entry ${+i + 1}")`)}`
				),
				`${file}: 16 errors`,
				''
			].join('\n')
		});
		const { timeline } = parse('dates.json');
		expect(timeline?.events.map((e) => e.date)).toEqual([
			'2025-11-13',
			'9999',
			'-0044',
			'2024-02-29'
		]);
	});

	it('not-json.json: a truncated file is refused with where it stops', () => {
		const file = `${DIR}/not-json.json`;
		expect(validate(file)).toEqual({
			status: 1,
			stdout: '',
			stderr: `${file}: not valid JSON: Unterminated string in JSON at position 290 (line 13, column 63)\n`
		});
	});

	it('bom-file.json: a file that starts with a byte order mark is read', () => {
		const file = `${DIR}/bom-file.json`;
		expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(validate(file)).toEqual({
			status: 0,
			stdout: `${file}: valid — 2 events (2 dated), 2 quotes\n`,
			stderr: ''
		});
	});

	it('empty.json: a timeline with no events is valid', () => {
		const file = `${DIR}/empty.json`;
		expect(validate(file)).toEqual({
			status: 0,
			stdout: `${file}: valid — 0 events (0 dated), 0 quotes\n`,
			stderr: ''
		});
	});
});

describe('hostile files through parseTimeline', () => {
	it('markup.json: strings are kept verbatim, quotes of markup anchor in a text of markup', () => {
		const { timeline } = parse('markup.json');
		expect(timeline?.title).toBe(
			'<img src=x onerror="window.__pwned=1"> Council notes <script>window.__pwned=1</script>'
		);
		expect(ids({ timeline } as ParseResult)).toEqual([
			'note-published',
			'reader-replied',
			'javascript-link'
		]);
		const [first] = timeline!.events;
		expect(first!.summary).toBe('<script>window.__pwned=1</script>');
		expect(first!.tags).toEqual(['<svg onload=window.__pwned=1>', 'javascript:window.__pwned=1']);
		// A valid http(s) address is kept, percent-encoded by the URL parser.
		expect(timeline!.sources[0]!.url).toBe(
			'https://news.example/notes?q=%22%3E%3Cimg%20src=x%20onerror=window.__pwned=1%3E'
		);
	});

	it('urls.json: only http and https become links; every other scheme is refused by name', () => {
		const result = parse('urls.json');
		expect(lines(result)).toEqual([
			'sources[0].url: "javascript:window.__pwned=1" is not an http or https URL',
			'sources[1].url: "JaVaScRiPt:window.__pwned=1" is not an http or https URL',
			'sources[2].url: "java\\nscript:window.__pwned=1" is not an http or https URL',
			'sources[3].url: "\\u0001javascript:window.__pwned=1" is not an http or https URL',
			'sources[4].url: "data:text/html,<script>window.__pwned=1</script>" is not an http or https URL',
			'sources[5].url: "vbscript:msgbox(1)" is not an http or https URL',
			'sources[6].url: "ftp://example.org/x" is not an http or https URL',
			'sources[7].url: "//evil.example/x" is not an http or https URL',
			'sources[8].url: "  https://ok.example/a" is not an http or https URL'
		]);
		// The sources stay (without a link), so every event is still drawn.
		expect(result.timeline?.events).toHaveLength(10);
		// As the schema says, the address itself must start with http:// or https://:
		// spaces before it are refused rather than stripped.
		expect(result.timeline?.sources.map((s) => s.url ?? null)).toEqual([
			...Array(9).fill(null),
			'https://ok.example/b'
		]);
	});

	it('types.json: every wrong type and missing field by path; unknown fields only warn', () => {
		const result = parse('types.json');
		expect(lines(result)).toEqual([
			'warning: __proto__: unknown field, ignored',
			'warning: constructor: unknown field, ignored',
			'warning: importance: unknown field, ignored',
			'title: must be a string, not a number',
			'description: must be a string, not an array',
			'warning: sources[0].__proto__: unknown field, ignored',
			'sources[0].title: must be a string, not a number',
			'sources[0].publisher: must be a string, not null',
			'sources[0].published: must be a string, not a number',
			'sources[1].text: is required',
			'sources[2]: must be an object, not a string',
			'sources[3].id: must be a string, not a number',
			'sources[3].text: must be a string, not a number',
			'warning: events[0].__proto__: unknown field, ignored',
			'warning: events[0].constructor: unknown field, ignored',
			'warning: events[0].evidence[0].__proto__: unknown field, ignored',
			'events[1].title: must be a string, not a number',
			'events[2].evidence: must be an array, not a string',
			'events[3].tags: must be an array, not an object',
			'events[4].tags[0]: must be a string, not a number',
			'events[4].tags[1]: must be a string, not null',
			'events[4].tags[2]: must not be empty',
			'events[4].tags[4]: must be a string, not an array',
			'events[5].evidence[0].start: must be a whole number of code points, 0 or more, not "3"',
			'events[5].evidence[0].end: must be a whole number of code points, 0 or more, not 2.5',
			'events[6].date: must be a string, not a number',
			'events[7].id: is required',
			'events[8].id: must be a string, not a number',
			'events[9].title: is required',
			'events[10].evidence: is required',
			'events[11].evidence: needs at least one quote',
			'events[12].evidence[0]: must be an object, not a string',
			'events[12].evidence[1]: must be an object, not null',
			'events[12].evidence[2].source: is required',
			'events[12].evidence[3].quote: is required',
			'events[12].evidence[4].quote: must not be empty',
			'events[13]: must be an object, not null',
			'events[14]: must be an object, not an array',
			'events[15]: must be an object, not a string'
		]);
		// "constructor" is a good id for a source and an event; the one good event is drawn.
		expect(result.timeline?.title).toBe('Untitled timeline');
		expect(ids(result)).toEqual(['constructor']);
		expect(result.timeline?.events[0]?.tags).toEqual(['constructor', '__proto__']);
		expect(result.timeline?.events[0]?.evidence[0]?.source).toBe('constructor');
	});

	it('types.json: literal "__proto__" and "constructor" keys pollute nothing', () => {
		const text = readFileSync(`${DIR}/types.json`, 'utf8');
		expect(text).toContain('"__proto__": { "polluted": true }');
		const document = JSON.parse(text);
		// JSON.parse makes "__proto__" an own field, not the object's prototype.
		expect(Object.hasOwn(document, '__proto__')).toBe(true);
		const result = parseTimeline(document);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
		const event = result.timeline!.events[0]!;
		expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
		expect(Object.hasOwn(event, '__proto__')).toBe(false);
		expect(Object.hasOwn(event.evidence[0]!, '__proto__')).toBe(false);
		expect(Object.hasOwn(result.timeline!.sources[0]!, '__proto__')).toBe(false);
	});

	it('types.json with events as an object: nothing can be drawn, and it says why', () => {
		const document = JSON.parse(readFileSync(`${DIR}/types.json`, 'utf8'));
		document.events = { first: document.events[0] };
		const result = parseTimeline(document);
		expect(result.timeline).toBeNull();
		expect(lines(result)).toContain('events: must be an array, not an object');
	});

	it('references.json: duplicates, missing sources and offsets that miss are each named', () => {
		const result = parse('references.json');
		expect(lines(result)).toEqual([
			'sources[1].id: duplicate of sources[0]',
			// A repeated tag is dropped with a warning: views key tags by their text.
			'warning: events[0].tags[2]: duplicate of events[0].tags[0], ignored',
			'events[1].id: duplicate of events[0]',
			'events[2].evidence[0].source: "elsewhere" is not the id of any source',
			'events[3].evidence[0].start: offsets 5000–5024 lie outside source "harbour" (196 code points)',
			'events[4].evidence[0].start: offsets 0–24 hold "The ferry ran on time on", not the quote (the quote is at 86–110)',
			'events[5].evidence[0].quote: occurs 2 times in source "harbour": add start and end, or a prefix or suffix that singles one out',
			'events[6].evidence[0].end: is required when the other offset is given',
			'events[7].evidence[0].start: offsets 167–139 are reversed: start comes after end',
			'events[8].evidence[0].quote: found in source "harbour", but not with this prefix and suffix',
			'events[9].evidence[0].quote: not found in source "harbour"',
			'events[10].dateText: "on Saturday" does not occur in the sentences quoted as evidence'
		]);
		expect(ids(result)).toEqual(['ferry', 'pier']);
		expect(result.timeline?.events[0]?.tags).toEqual(['ferry', 'harbour']);
		// The first of two sources with one id is the one kept.
		expect(result.timeline?.sources.map((s) => s.title)).toEqual(['Harbour week']);
	});

	it('encoding.json: a BOM and CRLF in a text, code-point offsets past 𝔸 and 🙂, NFD refused', () => {
		const result = parse('encoding.json');
		expect(lines(result)).toEqual([
			`events[3].evidence[0].quote: not found in source "cafe" (it matches only after Unicode normalization: quote the source's characters exactly)`,
			// UTF-16 offsets are off by the two astral characters; the line end is escaped.
			'events[4].evidence[0].start: offsets 28–42 hold "t on Monday.\\r\\n", not the quote (the quote is at 26–40)'
		]);
		expect(ids(result)).toEqual(['team-met', 'across-lines', 'notes-title']);
		const text = result.timeline!.sources[0]!.text;
		expect(text.startsWith('\uFEFFCafé notes\r\n')).toBe(true);
		const [met, across, notes] = result.timeline!.events.map((e) => e.evidence[0]!);
		// Code points for the format, UTF-16 indices for the DOM.
		expect(met).toMatchObject({ start: 26, end: 40, from: 28, to: 42 });
		expect(text.slice(met!.from, met!.to)).toBe('met on Monday.');
		expect(text.slice(across!.from, across!.to)).toBe('on Monday.\r\nThe café reopened');
		// The BOM is a character of the text like any other: offsets count it.
		expect(notes).toMatchObject({ start: 1, end: 11, from: 1, to: 11 });
	});

	it('empty.json: no events is a usable timeline with no problems', () => {
		const result = parse('empty.json');
		expect(result.problems).toEqual([]);
		expect(result.timeline).toMatchObject({ title: 'Harbour news: nothing yet', events: [] });
	});

	it('bom-file.json: read past the BOM into a valid timeline', () => {
		const result = parse('bom-file.json');
		expect(result.problems).toEqual([]);
		expect(ids(result)).toEqual(['ferry', 'pier']);
	});
});

describe('large generated files, in process', { timeout: 60_000 }, () => {
	it('one event with 5,000 quotes: all anchored', () => {
		const result = parseTimeline(JSON.parse(JSON.stringify(manyEvidence())));
		expect(result.problems).toEqual([]);
		expect(result.timeline?.events[0]?.evidence).toHaveLength(5_000);
		expect(result.timeline?.events[0]?.evidence.at(-1)?.quote).toBe(
			'Entry 5000 in the harbour log was written that day.'
		);
	});

	it('a 10 MB summary: a length error for that event, the other still drawn', () => {
		const result = parseTimeline(JSON.parse(JSON.stringify(longSummary())));
		expect(lines(result)).toEqual([
			'events[1].summary: is 10,485,760 characters long; at most 20,000 are allowed'
		]);
		expect(ids(result)).toEqual(['ferry']);
	});

	it('a 10 MB source text: valid', () => {
		const document = longText();
		expect(document.sources[0]!.text).toHaveLength(10 * MB);
		const result = parseTimeline(JSON.parse(JSON.stringify(document)));
		expect(result.problems).toEqual([]);
		expect(ids(result)).toEqual(['ferry', 'pier']);
		expect(result.timeline?.events[1]?.evidence[0]?.end).toBe(10 * MB);
	});

	it('100,000 nested arrays: a warning as an unknown field, an error as tags; no stack overflow', () => {
		const text = deepJson();
		expect(text.startsWith('{"title":"Deeply nested junk"')).toBe(true);
		const result = parseTimeline(JSON.parse(text));
		expect(lines(result)).toEqual([
			'warning: junk: unknown field, ignored',
			'events[1].tags[0]: must be a string, not an array'
		]);
		expect(ids(result)).toEqual(['ferry']);
	});
});

describe('every hostile file through npm run validate', { timeout: 120_000 }, () => {
	const corpus = [
		'urls.json',
		'types.json',
		'references.json',
		'encoding.json',
		'bom-file.json',
		'empty.json'
	];

	it.each(corpus)(
		'%s: the CLI prints exactly the problems the validator finds, and exits by them',
		(name) => {
			const file = `${DIR}/${name}`;
			const result = parse(name);
			const errors = result.problems.filter((p) => p.severity === 'error').length;
			const run = validate(file);
			expect(run.status).toBe(errors > 0 ? 1 : 0);
			const printed = run.stderr.split('\n').filter((line) => line && !/: \d+ errors?$/.test(line));
			expect(printed).toEqual(
				result.problems.map(
					(p) => `${p.severity === 'warning' ? 'warning: ' : ''}${file}: ${describeProblem(p)}`
				)
			);
		}
	);

	it('the generated large files: each read by the CLI with the right verdict', async () => {
		const { mkdtempSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'sourceline-hostile-'));
		const write = (name: string, text: string) => {
			const path = join(dir, name);
			writeFileSync(path, text);
			return path;
		};
		const many = validate(write('many-evidence.json', JSON.stringify(manyEvidence())));
		expect(many.status).toBe(0);
		expect(many.stdout).toMatch(/valid — 1 event \(1 dated\), 5000 quotes/);
		const long = validate(write('long-string.json', JSON.stringify(longSummary())));
		expect(long.status).toBe(1);
		expect(long.stderr).toMatch(
			/events\[\d+\]\.summary \(id "[a-z]+", "[^"]+"\): is 10,485,760 characters long; at most 20,000 are allowed/
		);
		const text = validate(write('long-text.json', JSON.stringify(longText())));
		expect(text.status).toBe(0);
		const deep = validate(write('deep.json', deepJson()));
		expect([0, 1]).toContain(deep.status);
		expect(deep.stderr + deep.stdout).toMatch(/unknown field, ignored|not valid JSON/);
		expect(deep.stderr).not.toMatch(/at .*\.ts:\d+/);
	});
});
