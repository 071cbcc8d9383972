/**
 * Drafts an events.json from a news article:
 * `tsx scripts/draft.ts ARTICLE.txt --published YYYY-MM-DD [--title …] [--publisher …]
 * [--url …] [--out FILE]`. `-` reads the article from stdin; the draft goes to stdout
 * unless --out names a file, which is written whole or not at all.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftTimeline, inputProblem, type DraftInput } from '../src/lib/draft/draft.ts';

const USAGE = `usage: npm run draft -- ARTICLE.txt --published YYYY-MM-DD [--title TEXT]
       [--publisher TEXT] [--url URL] [--out FILE]

Drafts a timeline from a news article (UTF-8 text; - reads stdin): one event per dated
expression, each quoting its sentence. Writes events.json to --out, or to stdout.`;

class Refusal extends Error {}

/** The article's text: UTF-8 without NUL bytes, a byte order mark dropped. */
function readArticle(file: string): string {
	const name = file === '-' ? 'stdin' : file;
	let bytes: Buffer;
	try {
		bytes = readFileSync(file === '-' ? 0 : file);
	} catch (error) {
		const { code, message } = error as NodeJS.ErrnoException;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a folder, not a file'
					: code === 'EACCES'
						? 'permission denied'
						: message;
		throw new Refusal(`${name}: cannot be read: ${why}`);
	}
	if (bytes.includes(0)) throw new Refusal(`${name}: is a binary file, not text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new Refusal(`${name}: is not UTF-8 text`);
	}
	return text;
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
function writeWhole(file: string, text: string): void {
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text, { flag: 'wx' });
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw new Refusal(`${file}: cannot be written: ${(error as Error).message}`);
	}
}

function main(args: string[]): number {
	try {
		let parsed;
		try {
			parsed = parseArgs({
				args,
				allowPositionals: true,
				options: {
					published: { type: 'string' },
					title: { type: 'string' },
					publisher: { type: 'string' },
					url: { type: 'string' },
					out: { type: 'string', short: 'o' },
					help: { type: 'boolean', short: 'h' }
				}
			});
		} catch (error) {
			throw new Refusal((error as Error).message.replace(/\. To specify.*$/s, ''));
		}
		const { values, positionals } = parsed;
		if (values.help) {
			console.log(USAGE);
			return 0;
		}
		if (positionals.length !== 1)
			throw new Refusal(
				positionals.length === 0
					? 'give the article: a file, or - for stdin'
					: 'give one article only'
			);
		if (values.published === undefined) throw new Refusal('--published YYYY-MM-DD is required');
		if (values.out === '') throw new Refusal('--out needs a file name');
		const input: DraftInput = { text: '', published: values.published };
		for (const key of ['title', 'publisher', 'url'] as const)
			if (values[key] !== undefined) input[key] = values[key];
		const problem = inputProblem(input);
		if (problem) throw new Refusal(problem);
		input.text = readArticle(positionals[0]!);
		const tooLong = inputProblem(input);
		if (tooLong) throw new Refusal(`${positionals[0]}: ${tooLong}`);

		const draft = draftTimeline(input);
		const json = `${JSON.stringify(draft, null, '\t')}\n`;
		if (values.out === undefined) process.stdout.write(json);
		else {
			writeWhole(values.out, json);
			const n = draft.events.length;
			console.log(`${values.out}: drafted ${n} event${n === 1 ? '' : 's'}`);
		}
		return 0;
	} catch (error) {
		if (!(error instanceof Refusal)) throw error;
		console.error(`draft: ${error.message}`);
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));
