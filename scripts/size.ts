/**
 * Prints the gzipped bytes a host page downloads for each way of embedding, against
 * the budgets, and exits 1 when one is over: `tsx scripts/size.ts [build dir]`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gz(f), 0);

/** Scripts and stylesheets a prerendered page loads, in the order it names them. */
function assetsOf(page: string): string[] {
	const html = readFileSync(join(root, page), 'utf8');
	const found = [
		...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link[^>]*\shref="([^"]+\.(?:js|css))"[^>]*>/g)
	].map((m) => m[1]!.replace(/^\.\//, ''));
	return [...new Set(found)];
}

/** The sibling modules a built module imports: statically, or with import(). */
function importsOf(file: string, kind: 'static' | 'dynamic'): string[] {
	const code = readFileSync(join(root, file), 'utf8');
	const pattern =
		kind === 'static'
			? /(?:from|import)\s*["'`]\.\/([^"'`]+)["'`]/g
			: /import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g;
	return [...code.matchAll(pattern)].map((m) => m[1]!);
}

/** A chunk and all it imports statically, but for `sourceline.js`, which is there already. */
function closure(file: string, seen = new Set<string>()): Set<string> {
	if (file === 'sourceline.js' || seen.has(file)) return seen;
	seen.add(file);
	for (const next of importsOf(file, 'static')) closure(next, seen);
	return seen;
}

const later = importsOf('sourceline.js', 'dynamic');
const union = (files: string[]) => {
	const all = new Set<string>();
	for (const file of files) closure(file, all);
	return all;
};
const zoom = union(later.filter((f) => f.includes('zoom-behaviour')));
const panels = union(later.filter((f) => /EventList|SourcePanel/.test(f)));
const table = union(later.filter((f) => f.includes('words-locales')));
const german = union(later.filter((f) => f.includes('words-de-')));
/** Each date-fns locale with the helper chunks it needs, by tag. */
const locales = [...table]
	.flatMap((f) => importsOf(f, 'dynamic'))
	.map((file) => ({ tag: file.replace(/^sourceline-locale-(.+)-[\w-]{8}\.js$/, '$1'), file }));
const localeBytes = locales.map(({ tag, file }) => ({ tag, bytes: sum(closure(file)) }));
const largest = localeBytes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const de = locales.find((l) => l.tag === 'de');
if (!de || zoom.size === 0 || panels.size === 0)
	throw new Error(`${root}/sourceline.js: the zoom, panel or language chunks were not found`);

/** The assets of a page that hold the editor's own code (its words mark it). */
const editorIn = (page: string) =>
	assetsOf(page).filter((f) =>
		readFileSync(join(root, f), 'utf8').includes('Add event from selection')
	);
if (editorIn('draft.html').length === 0)
	throw new Error(`${root}/draft.html: the editor's code was not found among its assets`);

const embedAssets = assetsOf('embed.html');
const firstPaint = sum(embedAssets);
const rows = [
	{ what: '/embed page: JavaScript and CSS', bytes: firstPaint, budget: 70 * KB },
	{ what: '<sourceline-timeline> module', bytes: gz('sourceline.js'), budget: 70 * KB },
	{ what: '  + zoom and pan, once drawn', bytes: sum(zoom), budget: 14 * KB },
	{ what: '  = the timeline, zoomable', bytes: firstPaint + sum(zoom), budget: null },
	{ what: '  + article and list, when opened', bytes: sum(panels), budget: null },
	{
		what: '  + German words and dates',
		bytes: sum(union([...german, ...table, ...closure(de.file)])),
		budget: null
	},
	{ what: `  largest date-fns locale (${largest.tag})`, bytes: largest.bytes, budget: 6 * KB },
	{ what: 'embed.js host script', bytes: gz('embed.js'), budget: 2 * KB },
	{ what: 'explorer page: JavaScript and CSS', bytes: sum(assetsOf('index.html')), budget: null },
	// The editor (/draft) is a page of its own: none of its code may slow the explorer's first
	// paint. Its own page carries the explorer's timeline and details too, for the preview.
	{ what: '  of which the editor’s code', bytes: sum(editorIn('index.html')), budget: 0 },
	{
		what: 'editor page (/draft): JavaScript and CSS',
		bytes: sum(assetsOf('draft.html')),
		budget: 110 * KB
	}
];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
console.log('Gzipped bytes a host page downloads (gzip -9):\n');
console.log(
	`${'what'.padEnd(40)}${'size'.padStart(10)}${'budget'.padStart(10)}  ${'share'.padStart(5)}`
);
let over = 0;
for (const row of rows) {
	const share = row.budget ? `${Math.round((row.bytes / row.budget) * 100)}%` : '';
	const verdict = row.budget === null ? '' : row.bytes <= row.budget ? '  ok' : '  OVER BUDGET';
	if (row.budget !== null && row.bytes > row.budget) over++;
	console.log(
		`${row.what.padEnd(40)}${kb(row.bytes).padStart(10)}${(row.budget !== null ? kb(row.budget) : '–').padStart(10)}  ${share.padStart(5)}${verdict}`
	);
}
console.log(`\n/embed loads ${embedAssets.join(', ')} to draw the timeline; then d3-zoom,`);
console.log('and the article, the list and a language other than English only when they are asked');
console.log(`for (${locales.length} date-fns locales, one chunk each).`);
console.log(
	'For scale, the peers ship about 76 KB (TimelineJS) and 156 KB (vis-timeline) gzipped.'
);
if (over > 0) {
	console.error(`\n${over} budget${over === 1 ? '' : 's'} exceeded.`);
	process.exit(1);
}
