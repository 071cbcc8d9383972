import { describe, expect, it } from 'vitest';
import { fixtureText } from '$lib/test/helpers';
import { detectIndent, stringifyLike } from './json-layout.ts';

describe('detectIndent', () => {
	const table: [string, string, string][] = [
		['tabs', '{\n\t"a": {\n\t\t"b": 1\n\t}\n}\n', '\t'],
		['two spaces', '{\n  "a": {\n    "b": 1\n  }\n}\n', '  '],
		['four spaces', '{\n    "a": 1\n}', '    '],
		['CRLF and two spaces', '{\r\n  "a": 1\r\n}\r\n', '  '],
		['one line', '{"a":1}', ''],
		['an empty object', '{}\n', '']
	];

	it.each(table)('finds the indentation of %s', (_what, text, indent) => {
		expect(detectIndent(text)).toBe(indent);
	});
});

describe('stringifyLike', () => {
	const value = { a: [1, 'x\ny'] };

	const table: [string, string, string][] = [
		['tabs and a final newline', '{\n\t"z": 0\n}\n', '{\n\t"a": [\n\t\t1,\n\t\t"x\\ny"\n\t]\n}\n'],
		['two spaces, no final newline', '{\n  "z": 0\n}', '{\n  "a": [\n    1,\n    "x\\ny"\n  ]\n}'],
		['CRLF', '{\r\n  "z": 0\r\n}\r\n', '{\r\n  "a": [\r\n    1,\r\n    "x\\ny"\r\n  ]\r\n}\r\n'],
		['one line', '{"z":0}', '{"a":[1,"x\\ny"]}'],
		[
			'a byte-order mark',
			'\uFEFF{\n\t"z": 0\n}\n',
			'\uFEFF{\n\t"a": [\n\t\t1,\n\t\t"x\\ny"\n\t]\n}\n'
		]
	];

	it.each(table)('writes in the layout of a file with %s', (_what, original, text) => {
		expect(stringifyLike({ document: value, original })).toBe(text);
	});

	it('writes the seed timeline back byte for byte', () => {
		const original = fixtureText('seed.json');
		expect(stringifyLike({ document: JSON.parse(original), original })).toBe(original);
	});
});
