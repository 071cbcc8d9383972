import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
				`${file}: events[1].id: duplicate of events[0]`,
				`warning: ${file}: events[2].importance: unknown field, ignored`,
				`${file}: events[3].date: "2025-02-30" is not a real day`,
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
			stderr: `warning: ${file}: events[0].evidence[0].note: unknown field, ignored\n`
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

	it('with --fix, leaves a file with errors byte for byte as it was', () => {
		const doc = withoutOffsets();
		doc.events[0].date = '2025-02-30';
		const text = JSON.stringify(doc, null, '\t');
		const file = write('loose-invalid.json', text);
		expect(validate(file, '--fix')).toEqual({
			status: 1,
			stdout: '',
			stderr: [
				`${file}: events[0].date: "2025-02-30" is not a real day`,
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
