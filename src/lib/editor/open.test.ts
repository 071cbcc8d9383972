import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '$lib/test/helpers';
import { decodeText, MAX_FILE_BYTES, openDocument, textProblem } from './open';
import { documentOf } from './work';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it('reads UTF-8 and drops a byte-order mark', () => {
		expect(decodeText(bytes('\uFEFFCafé “quoted”'), 'a.txt')).toEqual({
			ok: true,
			value: 'Café “quoted”'
		});
	});

	it('refuses a binary file, naming it', () => {
		const result = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'photo.png');
		expect(result).toEqual({
			ok: false,
			message: expect.stringMatching(/^photo\.png is a binary/)
		});
	});

	it('refuses text that is not UTF-8', () => {
		const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
		expect(decodeText(latin1, 'old.txt')).toEqual({
			ok: false,
			message: expect.stringMatching(/^old\.txt is not UTF-8/)
		});
	});

	it('refuses a file over the limit, naming its size', () => {
		const big = { byteLength: MAX_FILE_BYTES + 1 } as Uint8Array;
		expect(decodeText(big, 'big.txt')).toEqual({
			ok: false,
			message: expect.stringMatching(/^big\.txt is 60\.1 MB/)
		});
	});
});

describe('textProblem', () => {
	it('refuses empty text and text over the limit, and accepts an article', () => {
		expect(textProblem(' \n ')).toMatch(/empty/);
		expect(textProblem('x'.repeat(20_000_001))).toMatch(/20,000,001 characters/);
		expect(textProblem('An article.')).toBeNull();
	});
});

describe('openDocument', () => {
	it('opens an events.json whole, the article in the form', () => {
		const opened = openDocument(fixtureText('seed.json'), 'seed.json');
		if (!opened.ok) throw new Error(opened.message);
		const seed = fixtureJson('seed.json');
		expect(documentOf(opened.value)).toEqual(seed);
		expect(opened.value.form.text).toBe(seed.sources[0].text);
		expect(opened.value.form.published).toBe(seed.sources[0].published);
	});

	it('keeps unknown fields', () => {
		const doc = fixtureJson('seed.json');
		doc.generator = 'by hand';
		doc.events[1].weight = 3;
		const opened = openDocument(JSON.stringify(doc), 'x.json');
		expect(opened.ok && documentOf(opened.value)).toEqual(doc);
	});

	it('refuses what is not JSON, naming the file', () => {
		expect(openDocument('<html>', 'page.json')).toEqual({
			ok: false,
			message: expect.stringMatching(/^page\.json is not JSON/)
		});
	});

	it('refuses JSON that is not an events.json, with its problems by path', () => {
		const opened = openDocument(JSON.stringify({ title: 'x', events: 'none' }), 'x.json');
		expect(opened.ok).toBe(false);
		expect(!opened.ok && opened.problems!.map((p) => p.path)).toEqual(['sources', 'events']);
	});
});
