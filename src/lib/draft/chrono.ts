import type { UTCDate } from '@date-fns/utc';
import * as chrono from 'chrono-node';
import { directionOf } from './cues.ts';
import type { Found } from './expressions.ts';
import { PART_BEFORE } from './expressions.ts';
import {
	edtfDay,
	edtfMonth,
	edtfYear,
	resolveMonth,
	resolveMonthDay,
	resolveWeekday
} from './resolve.ts';

type Components = chrono.ParsedComponents;

/**
 * Sentences worth handing to the parser: it costs far more than this test, and most
 * sentences of a long text hold no month, weekday or number.
 */
const HINT =
	/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

const RELATIVE = (result: chrono.ParsedResult) => {
	const tags = result.tags();
	return (
		tags.has('result/relativeDate') || [...tags].some((tag) => tag.startsWith('casualReference'))
	);
};

/**
 * The parser's results without relative phrases, which the rules in expressions.ts read.
 * The parser joins a date to a relative phrase beside it ("on 11 December -- four years
 * behind"): such a result is read again without its casual parsers, to keep the date.
 */
function parse(sentence: string, reference: Date): { result: chrono.ParsedResult; at: number }[] {
	const results: { result: chrono.ParsedResult; at: number }[] = [];
	for (const result of chrono.en.casual.parse(sentence, reference)) {
		if (!RELATIVE(result)) results.push({ result, at: result.index });
		else
			for (const inner of chrono.en.strict.parse(result.text, reference))
				if (!RELATIVE(inner)) results.push({ result: inner, at: result.index + inner.index });
	}
	return results;
}

/**
 * One end of a parsed expression as EDTF, at the precision its words give: the parser's
 * own implied values (today's month for "Thursday") are never used, and a year it did not
 * read is found against the publication date with a past bias.
 */
function endpoint(
	components: Components,
	published: UTCDate,
	direction: ReturnType<typeof directionOf>
): string | null {
	const known = (key: 'year' | 'month' | 'day' | 'weekday') =>
		components.isCertain(key) ? components.get(key) : null;
	const year = known('year');
	const month = known('month');
	const day = known('day');
	const weekday = known('weekday');
	if (month !== null && day !== null) {
		if (year !== null) {
			const date = new Date(Date.UTC(2000, month - 1, day));
			date.setUTCFullYear(year, month - 1, day);
			return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? edtfDay(date) : null;
		}
		return resolveMonthDay(published, month, day, direction === 'past' ? 'nearest' : direction);
	}
	if (month !== null)
		return year !== null ? edtfMonth(year, month) : resolveMonth(published, month, direction);
	if (weekday !== null && day === null) return resolveWeekday(published, weekday, direction);
	if (year !== null && day === null) return edtfYear(year);
	return null;
}

/** "The end of", "the start of": a part of a month, which the parser dates as one day. */
const BOUND_OF = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s/i;

/** Full names, capitalised: how English writes a month or weekday standing alone. */
const FULL_NAME =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Whether a month or weekday without a day number or year is written as a name: "the march
 * drew", "the sun came out", "The Sun reported" and "may" are not dates.
 */
function named(components: Components, words: string): boolean {
	if (components.isCertain('day') || components.isCertain('year')) return true;
	return FULL_NAME.test(words);
}

/**
 * Dates the parser reads in one sentence: months and days with or without a year,
 * weekdays, numeric dates, and ranges between them. Relative phrases ("last year",
 * "two years ago") and words for today are left to the rules in expressions.ts, which
 * keep their precision; times of day without a date are dropped.
 */
export function readChrono(sentence: string, published: UTCDate): Found[] {
	if (!HINT.test(sentence)) return [];
	const reference = new Date(
		Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate(), 12)
	);
	const found: Found[] = [];
	for (const { result, at } of parse(sentence, reference)) {
		let from = at;
		let to = from + result.text.length;
		// The parser keeps a trailing comma or full stop; the words end before it.
		while (to > from && /[\s,.;:]/.test(sentence[to - 1]!)) to--;
		if (!named(result.start, sentence.slice(from, to))) continue;
		const direction = directionOf(sentence, from, to);
		const start = endpoint(result.start, published, direction);
		if (start === null) continue;
		let edtf = start;
		if (result.end) {
			const end = endpoint(result.end, published, direction);
			if (end === null || end < start) continue;
			if (end !== start) edtf = `${start}/${end}`;
		}
		// "the end of December" is December too, though the parser reads its last day.
		if (BOUND_OF.test(result.text) && !/\d/.test(result.text) && edtf.length === 10)
			edtf = edtf.slice(0, 7);
		// "early December" is December: the words are kept, the precision is the month's.
		const part = PART_BEFORE.exec(sentence.slice(Math.max(0, from - 30), from));
		if (part && !edtf.includes('/') && edtf.length < 10) from -= part[0].length;
		found.push({ from, to, edtf });
	}
	return joinRanges(sentence, found);
}

/**
 * "between March 2022 and July 2023", "from May to June": two dates the parser reads apart,
 * joined into one span as the words mean.
 */
function joinRanges(sentence: string, found: Found[]): Found[] {
	const joined: Found[] = [];
	for (let i = 0; i < found.length; i++) {
		const first = found[i]!;
		const second = found[i + 1];
		if (second && !first.edtf!.includes('/') && !second.edtf!.includes('/')) {
			const gap = sentence.slice(first.to, second.from);
			const before = /\b(?:between|from)\s+$/i.exec(
				sentence.slice(Math.max(0, first.from - 12), first.from)
			);
			const word = before?.[0].trim().toLowerCase();
			const joins =
				(word === 'between' && /^\s+and\s+$/i.test(gap)) ||
				(word === 'from' && /^\s*(?:to|until|till|through|[-–—])\s*$/i.test(gap));
			if (joins && first.edtf! < second.edtf!) {
				joined.push({
					from: first.from - before![0].length,
					to: second.to,
					edtf: `${first.edtf}/${second.edtf}`
				});
				i++;
				continue;
			}
		}
		joined.push(first);
	}
	return joined;
}
