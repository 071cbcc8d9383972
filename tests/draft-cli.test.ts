import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorsOf, parseTimeline } from '../src/lib/timeline/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourceline-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = readFileSync('tests/fixtures/draft/seed-article.txt', 'utf8');

function write(name: string, content: string | Uint8Array): string {
	const file = join(dir, name);
	writeFileSync(file, content);
	return file;
}

function draft(args: string[], input?: string | Uint8Array) {
	const run = spawnSync('npx', ['tsx', 'scripts/draft.ts', ...args], { input, encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/draft.ts', { timeout: 60_000 }, () => {
	it('drafts the seed article to stdout, a valid events.json with its four dated events', () => {
		const file = write('seed.txt', SEED);
		const run = draft([file, '--published', '2025-11-15', '--title', 'Putin and Netanyahu']);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const document = JSON.parse(run.stdout);
		expect(errorsOf(parseTimeline(document).problems)).toEqual([]);
		expect(document.events.map((event: { date: string }) => event.date)).toEqual([
			'2025-11-15',
			'2025-09',
			'2025-11-13',
			'2025-10'
		]);
		expect(document.sources[0]).toMatchObject({
			title: 'Putin and Netanyahu',
			published: '2025-11-15',
			text: SEED
		});
	});

	it('reads stdin for -, and writes --out with publisher and url', () => {
		const out = join(dir, 'stdin.events.json');
		const run = draft(
			[
				'-',
				'--published',
				'2025-03-10',
				'--publisher',
				'The Eastgate Courier',
				'--url',
				'https://news.example/bridge',
				'--out',
				out
			],
			'\uFEFFThe bridge reopened on Monday. Work began in March 2023.'
		);
		expect(run).toEqual({ status: 0, stdout: `${out}: drafted 2 events\n`, stderr: '' });
		const document = JSON.parse(readFileSync(out, 'utf8'));
		expect(document.sources[0]).toMatchObject({
			publisher: 'The Eastgate Courier',
			url: 'https://news.example/bridge',
			text: 'The bridge reopened on Monday. Work began in March 2023.'
		});
		expect(document.events.map((event: { date: string }) => event.date)).toEqual([
			'2025-03-10',
			'2023-03'
		]);
	});

	it('replaces the file --out names, leaving no temporary file behind', () => {
		const out = write('replace.json', 'old content');
		const run = draft([
			write('short.txt', 'It rained yesterday.'),
			'--published',
			'2025-03-10',
			'--out',
			out
		]);
		expect(run.status).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8')).events[0].date).toBe('2025-03-09');
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	const article = () => write('article.txt', 'It rained yesterday.');
	it.each([
		['no article', () => ['--published', '2025-03-10'], /give the article/],
		['two articles', () => [article(), article(), '--published', '2025-03-10'], /one article only/],
		['no publication date', () => [article()], /--published YYYY-MM-DD is required/],
		[
			'an impossible date',
			() => [article(), '--published', '2025-02-30'],
			/"2025-02-30" is not a real day/
		],
		['a date in another order', () => [article(), '--published', '15-11-2025'], /YYYY-MM-DD/],
		[
			'an unknown option',
			() => [article(), '--published', '2025-03-10', '--bogus'],
			/Unknown option '--bogus'/
		],
		[
			'a URL that is not http',
			() => [article(), '--published', '2025-03-10', '--url', 'javascript:alert(1)'],
			/not an http or https address/
		],
		[
			'an empty title',
			() => [article(), '--published', '2025-03-10', '--title', ' '],
			/title must be/
		],
		[
			'a missing file',
			() => [join(dir, 'missing.txt'), '--published', '2025-03-10'],
			/missing\.txt: cannot be read: no such file/
		],
		['a folder', () => [dir, '--published', '2025-03-10'], /cannot be read: is a folder/],
		[
			'a binary file',
			() => [
				write('binary.txt', new Uint8Array([0x49, 0x00, 0x01, 0x02])),
				'--published',
				'2025-03-10'
			],
			/is a binary file/
		],
		[
			'a file that is not UTF-8',
			() => [
				write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
				'--published',
				'2025-03-10'
			],
			/is not UTF-8 text/
		]
	])('refuses %s with one line on stderr and exit 2, writing nothing', (_, args, message) => {
		const out = join(dir, 'refused.json');
		const run = draft([...args(), '--out', out]);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(existsSync(out)).toBe(false);
	});

	it('leaves an existing file alone when it refuses', () => {
		const out = write('kept.json', 'keep me');
		const run = draft([article(), '--published', '2025-13-01', '--out', out]);
		expect(run.status).toBe(2);
		expect(readFileSync(out, 'utf8')).toBe('keep me');
	});

	it('says so when --out cannot be written, and writes nothing', () => {
		const folder = join(dir, 'folder-out');
		mkdirSync(folder);
		const run = draft([article(), '--published', '2025-03-10', '--out', folder]);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/folder-out: cannot be written/);
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});
});
