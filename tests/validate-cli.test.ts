import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate as validate } from '../src/lib/test/cli.ts';
import { fixtureText, type Doc } from '../src/lib/test/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourceline-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EVENTS = fixtureText('seed.json');
const events = (): Doc => JSON.parse(EVENTS);

/** The same events without any start or end, as an author would first write them. */
function withoutOffsets(): Doc {
	const doc = events();
	for (const event of doc.events)
		for (const evidence of event.evidence) {
			delete evidence.start;
			delete evidence.end;
		}
	return doc;
}

function write(name: string, text: string): string {
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
}

describe('scripts/validate.ts', { timeout: 60_000 }, () => {
	it('accepts a valid file and sums it up', () => {
		const file = write('valid.json', EVENTS);
		expect(validate(file)).toEqual({
			status: 0,
			stdout: `${file}: valid — 9 events (5 dated), 14 quotes\n`,
			stderr: ''
		});
	});

	it('checks events.json when given no file', () => {
		const { status, stdout } = validate();
		expect(status).toBe(0);
		expect(stdout).toMatch(/^events\.json: valid — \d+ events? \(\d+ dated\), \d+ quotes?\n$/);
	});

	it('prints every problem by path, warnings marked, and exits 1 on an error', () => {
		const doc = events();
		doc.events[1].id = doc.events[0].id;
		doc.events[2].importance = 3;
		doc.events[3].date = '2025-02-30';
		const file = write('invalid.json', JSON.stringify(doc, null, '\t'));
		expect(validate(file)).toEqual({
			status: 1,
			stdout: '',
			stderr: [
				`${file}: events[1].id (id "two-year-conflict", "Putin and Netanyahu last spoke by phone"): duplicate of events[0]`,
				`warning: ${file}: events[2].importance (id "gaza-plan-first-phase", "Israel and Hamas agree to first phase of Trump’s Gaza plan"): unknown field, ignored`,
				`${file}: events[3].date (id "russia-draft", "Russia puts forward its own draft UN resolution on Gaza"): "2025-02-30" is not a real day`,
				`${file}: 2 errors`,
				''
			].join('\n')
		});
	});

	it('passes a file whose only problems are warnings', () => {
		const doc = events();
		doc.events[0].evidence[0].note = 'checked';
		const file = write('warning.json', JSON.stringify(doc));
		expect(validate(file)).toEqual({
			status: 0,
			stdout: `${file}: valid — 9 events (5 dated), 14 quotes\n`,
			stderr: `warning: ${file}: events[0].evidence[0].note (id "two-year-conflict", "Two-year conflict between Israel and Hamas"): unknown field, ignored\n`
		});
	});

	it('with --fix, fills in the missing offsets and keeps the file’s layout', () => {
		const file = write('loose.json', JSON.stringify(withoutOffsets(), null, 2) + '\n');
		expect(validate('--fix', file)).toEqual({
			status: 0,
			stdout: [
				`${file}: filled start and end offsets of 14 quotes`,
				`${file}: valid — 9 events (5 dated), 14 quotes`,
				''
			].join('\n'),
			stderr: ''
		});
		// The offsets found are the ones the seed was written with, in the same place.
		expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(events(), null, 2) + '\n');
		const fixed: Doc = JSON.parse(readFileSync(file, 'utf8'));
		for (const event of fixed.events)
			for (const evidence of event.evidence) expect(evidence).toHaveProperty('start');
		expect(validate(file)).toMatchObject({ status: 0, stderr: '' });
	});

	it('with --fix, says so when there is nothing to fix, and leaves the file alone', () => {
		const file = write('fixed.json', EVENTS);
		expect(validate('--fix', file)).toEqual({
			status: 0,
			stdout: `${file}: nothing to fix\n${file}: valid — 9 events (5 dated), 14 quotes\n`,
			stderr: ''
		});
		expect(readFileSync(file, 'utf8')).toBe(EVENTS);
	});

	it('with --fix, leaves a file with errors byte for byte as it was', () => {
		const doc = withoutOffsets();
		doc.events[0].date = '2025-02-30';
		const text = JSON.stringify(doc, null, '\t');
		const file = write('loose-invalid.json', text);
		expect(validate(file, '--fix')).toEqual({
			status: 1,
			stdout: '',
			stderr: [
				`${file}: events[0].date (id "two-year-conflict", "Two-year conflict between Israel and Hamas"): "2025-02-30" is not a real day`,
				`${file}: 1 error, nothing written`,
				''
			].join('\n')
		});
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	// [JSON text, line, column of the fault]
	const broken: [string, number, number][] = [
		['{\n\t"title": tru\n}\n', 2, 14],
		['{\n\t"title": "x",\n}\n', 3, 1],
		['', 1, 1]
	];

	it.each(broken)(
		'names the file, the JSON error and its line and column in %j',
		(text, line, column) => {
			const file = write('broken.json', text);
			const { status, stdout, stderr } = validate(file);
			expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
			expect(stderr.startsWith(`${file}: not valid JSON: `)).toBe(true);
			expect(stderr.endsWith(` (line ${line}, column ${column})\n`)).toBe(true);
			expect(stderr.split('\n')).toHaveLength(2);
		}
	);

	it('says so when the file cannot be read', () => {
		const file = join(dir, 'missing.json');
		const { status, stdout, stderr } = validate(file);
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr.startsWith(`${file}: cannot be read: ENOENT`)).toBe(true);
	});

	it('refuses an unknown option with its usage', () => {
		const { status, stderr } = validate('--frobnicate');
		expect(status).toBe(2);
		expect(stderr).toContain('usage: npm run validate -- [--fix] [file]');
	});
});

/** The seed with three quotes retyped as people do: other quotation marks, case, spaces. */
function retyped(): Doc {
	const doc = events();
	const note = doc.events[3].evidence[1];
	note.quote = note.quote.replace(/[“”]/g, '"').replace(/’/g, "'");
	delete note.start;
	delete note.end;
	// Offsets that hold the passage single it out, and stay as they are.
	const troops = doc.events[7].evidence[0];
	troops.quote = troops.quote.toLowerCase();
	const call = doc.events[4].evidence[0];
	call.quote = call.quote.replace('over the phone', 'over the\n  phone');
	delete call.start;
	delete call.end;
	return doc;
}

describe('scripts/validate.ts on quotes that nearly match', { timeout: 60_000 }, () => {
	const seed = events();
	const note = seed.events[3].evidence[1];
	const troops = seed.events[7].evidence[0];
	const call = seed.events[4].evidence[0];

	it('shows the passage each nearly matches, with its offsets, and exits 1', () => {
		const file = write('retyped.json', JSON.stringify(retyped(), null, '\t'));
		expect(validate(file)).toEqual({
			status: 1,
			stdout: '',
			stderr: [
				`${file}: events[3].evidence[1].quote (id "russia-draft", "Russia puts forward its own draft UN resolution on Gaza"): not found in source "article" as written; it nearly matches the passage at ${note.start}–${note.end}, "In a note to Council members, Russia’s UN mission said its “counter-proposal is…", which differs only in quotation marks and apostrophes: quote the source's characters exactly (npm run validate -- --fix does)`,
				`${file}: events[4].evidence[0].quote (id "putin-netanyahu-call", "Putin and Netanyahu speak by phone"): not found in source "article" as written; it nearly matches the passage at ${call.start}–${call.end}, "Russian President Vladimir Putin and Israeli Prime Minister Benjamin Netanyahu …", which differs only in spaces or line breaks: quote the source's characters exactly (npm run validate -- --fix does)`,
				`${file}: events[7].evidence[0].quote (id "trump-rules-out-troops", "Trump rules out sending US troops to Gaza"): not found in source "article" as written; it nearly matches the passage at ${troops.start}–${troops.end}, "While Trump has ruled out deploying US troops to Gaza", which differs only in letter case: quote the source's characters exactly (npm run validate -- --fix does)`,
				`${file}: 3 errors`,
				`${file}: --fix repairs 3 quotes that nearly match the source`,
				''
			].join('\n')
		});
	});

	it('with --fix, repairs each quote to the source’s characters and says what it changed', () => {
		const file = write('retyped-fix.json', JSON.stringify(retyped(), null, 2) + '\n');
		expect(validate('--fix', file)).toEqual({
			status: 0,
			stdout: [
				`${file}: events[3].evidence[1] (id "russia-draft", "Russia puts forward its own draft UN resolution on Gaza"): repaired the quote to the source's characters at ${note.start}–${note.end} (quotation marks, apostrophes): "…ote to Council members, Russia's UN mission said its \\"counter-propos…" → "…ote to Council members, Russia’s UN mission said its “counter-propos…"`,
				// From a little before the first change, so a change deep in a long quote shows.
				`${file}: events[4].evidence[0] (id "putin-netanyahu-call", "Putin and Netanyahu speak by phone"): repaired the quote to the source's characters at ${call.start}–${call.end} (spaces or line breaks): "…jamin Netanyahu spoke over the\\n  phone on Saturday to review key dev…" → "…jamin Netanyahu spoke over the phone on Saturday to review key devel…"`,
				`${file}: events[7].evidence[0] (id "trump-rules-out-troops", "Trump rules out sending US troops to Gaza"): repaired the quote to the source's characters at ${troops.start}–${troops.end} (letter case): "while trump has ruled out deploying us troops to gaza" → "While Trump has ruled out deploying US troops to Gaza"`,
				`${file}: valid — 9 events (5 dated), 14 quotes`,
				''
			].join('\n'),
			stderr: ''
		});
		// The seed again, byte for byte: quotes, offsets in their place, layout.
		expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(seed, null, 2) + '\n');
		// Written whole and renamed into place: nothing is left beside it.
		expect(readdirSync(dir).filter((name) => name.includes('retyped-fix'))).toEqual([
			'retyped-fix.json'
		]);
		expect(validate(file)).toMatchObject({ status: 0, stderr: '' });
	});

	it('never repairs a quote that two passages match equally, and names both', () => {
		const doc = {
			title: 'Two answers',
			sources: [{ id: 'minutes', text: 'The Mayor said “Yes”. Later the mayor said "yes" again.' }],
			events: [
				{
					id: 'answer',
					title: 'The mayor says yes',
					evidence: [{ source: 'minutes', quote: 'the mayor said “yes”' }]
				}
			]
		};
		const text = JSON.stringify(doc, null, '\t');
		const file = write('ambiguous.json', text);
		const expected = `${file}: events[0].evidence[0].quote (id "answer", "The mayor says yes"): not found in source "minutes" as written, and it nearly matches 2 passages equally, so it is ambiguous: at 0–20, "The Mayor said “Yes”", and at 28–48, "the mayor said \\"yes\\""; quote the source's characters exactly, or add start and end`;
		expect(validate(file)).toMatchObject({ status: 1, stdout: '' });
		expect(validate(file).stderr.split('\n')).toEqual([expected, `${file}: 1 error`, '']);
		expect(validate('--fix', file)).toEqual({
			status: 1,
			stdout: '',
			stderr: [expected, `${file}: 1 error, nothing written`, ''].join('\n')
		});
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	it('with --fix, writes nothing while an error it cannot repair remains', () => {
		const doc = retyped();
		doc.events[0].date = '2025-02-30';
		const text = JSON.stringify(doc, null, '\t');
		const file = write('retyped-invalid.json', text);
		const { status, stdout, stderr } = validate('--fix', file);
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr.split('\n').slice(-3)).toEqual([
			`${file}: 4 errors, nothing written`,
			`${file}: --fix repairs 3 quotes once the other errors are mended`,
			''
		]);
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	it('with --fix, writes nothing when a repaired quote would still not fit its prefix', () => {
		const doc = events();
		const evidence = doc.events[3].evidence[1];
		evidence.quote = evidence.quote.replace(/’/g, "'");
		delete evidence.start;
		delete evidence.end;
		// A prefix retyped the same way fits the passage loosely, but not as written.
		evidence.prefix = "Donald Trump's Gaza peace plan. ";
		const text = JSON.stringify(doc, null, '\t');
		const file = write('retyped-prefix.json', text);
		const { status, stdout, stderr } = validate('--fix', file);
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr.split('\n').slice(-2)).toEqual([
			`${file}: the repairs leave 1 error, nothing written`,
			''
		]);
		expect(readFileSync(file, 'utf8')).toBe(text);
	});
});
