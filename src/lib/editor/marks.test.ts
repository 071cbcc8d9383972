import { describe, expect, it } from 'vitest';
import { articleRuns, memoRuns } from './marks';
import type { WorkEvent } from './work';

const text = 'One. Two on Monday. Three 🌉 in May.';
const article = { id: 'a', text };
const at = (words: string) => text.indexOf(words);
const points = (index: number) => [...text.slice(0, index)].length;
const entry = (key: string, quote: string, dateText?: string): WorkEvent => ({
	key,
	included: true,
	event: {
		id: key,
		title: key,
		dateText,
		evidence: [
			{ source: 'a', quote, start: points(at(quote)), end: points(at(quote) + quote.length) }
		]
	}
});

describe('articleRuns', () => {
	it('covers the text once, in order', () => {
		const runs = articleRuns(article, [entry('x', 'Two on Monday.', 'on Monday')]);
		expect(runs.map((r) => text.slice(r.from, r.to)).join('')).toBe(text);
	});

	it('marks each quoted sentence with its events and emphasises the date words', () => {
		const runs = articleRuns(article, [
			entry('x', 'Two on Monday.', 'on Monday'),
			entry('y', 'Three 🌉 in May.', 'May')
		]);
		const marked = runs.filter((r) => r.keys.length > 0);
		expect(marked.map((r) => [text.slice(r.from, r.to), r.keys])).toEqual([
			['Two on Monday.', ['x']],
			['Three 🌉 in May.', ['y']]
		]);
		expect(
			marked.flatMap((r) => r.pieces.filter((p) => p.date).map((p) => text.slice(p.from, p.to)))
		).toEqual(['on Monday', 'May']);
	});

	it('gives a sentence quoted by two events both keys, in list order', () => {
		const runs = articleRuns(article, [
			entry('late', 'Two on Monday.', 'Monday'),
			entry('early', 'Two on Monday.', 'Two')
		]);
		expect(runs.find((r) => r.keys.length > 0)!.keys).toEqual(['late', 'early']);
	});

	it('leaves a text without quotes as one plain run', () => {
		expect(articleRuns(article, [])).toEqual([
			{ from: 0, to: text.length, keys: [], pieces: [{ from: 0, to: text.length, date: false }] }
		]);
	});
});

describe('memoRuns', () => {
	it('gives the same runs while only titles change, and new ones when a quote does', () => {
		const runs = memoRuns();
		const events = [entry('x', 'Two on Monday.', 'on Monday')];
		const first = runs(article, events);
		const retitled = [{ ...events[0]!, event: { ...events[0]!.event, title: 'New' } }];
		expect(runs(article, retitled)).toBe(first);
		const requoted = [entry('x', 'Three 🌉 in May.', 'May')];
		expect(runs(article, requoted)).not.toBe(first);
		expect(runs(article, requoted).find((r) => r.keys.length)!.from).toBe(at('Three'));
	});
});
