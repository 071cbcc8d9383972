/**
 * Prints the gzipped bytes a host page downloads for each way of embedding, against
 * the budgets, and exits 1 when one is over: `tsx scripts/size.ts [build dir]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;

/** Scripts and stylesheets a prerendered page loads, in the order it names them. */
function assetsOf(page: string): string[] {
	const html = readFileSync(join(root, page), 'utf8');
	const found = [
		...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link[^>]*\shref="([^"]+\.(?:js|css))"[^>]*>/g)
	].map((m) => m[1]!.replace(/^\.\//, ''));
	return [...new Set(found)];
}

const embedAssets = assetsOf('embed.html');
/** What the element fetches later, when the reader opens the article or the list. */
const lazy = readdirSync(root).filter((f) => /^sourceline-.+\.js$/.test(f));
const rows = [
	{
		what: '/embed page: JavaScript and CSS',
		bytes: embedAssets.reduce((sum, f) => sum + gz(f), 0),
		budget: 45 * KB,
		files: embedAssets
	},
	{
		what: '<sourceline-timeline> module',
		bytes: gz('sourceline.js'),
		budget: 45 * KB,
		files: ['sourceline.js']
	},
	{
		what: '  + article and list, when opened',
		bytes: lazy.reduce((sum, f) => sum + gz(f), 0),
		budget: null,
		files: lazy
	},
	{ what: 'embed.js host script', bytes: gz('embed.js'), budget: 2 * KB, files: ['embed.js'] },
	{
		what: 'explorer page: JavaScript and CSS',
		bytes: assetsOf('index.html').reduce((sum, f) => sum + gz(f), 0),
		budget: null,
		files: assetsOf('index.html')
	}
];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
console.log('Gzipped bytes a host page downloads (gzip -9):\n');
console.log(
	`${'what'.padEnd(38)}${'size'.padStart(10)}${'budget'.padStart(10)}  ${'share'.padStart(5)}`
);
let over = 0;
for (const row of rows) {
	const share = row.budget ? `${Math.round((row.bytes / row.budget) * 100)}%` : '';
	const verdict = row.budget === null ? '' : row.bytes <= row.budget ? '  ok' : '  OVER BUDGET';
	if (row.budget !== null && row.bytes > row.budget) over++;
	console.log(
		`${row.what.padEnd(38)}${kb(row.bytes).padStart(10)}${(row.budget ? kb(row.budget) : '–').padStart(10)}  ${share.padStart(5)}${verdict}`
	);
}
console.log(`\n/embed loads: ${embedAssets.join(', ')}`);
console.log(
	`The element fetches ${lazy.join(', ')} only when the reader shows the article or opens\n` +
		'the list (the embed starts with both closed): the budgets count what draws the timeline.'
);
console.log(
	'For scale, the peers ship about 76 KB (TimelineJS) and 156 KB (vis-timeline) gzipped.'
);
if (over > 0) {
	console.error(`\n${over} budget${over === 1 ? '' : 's'} exceeded.`);
	process.exit(1);
}
