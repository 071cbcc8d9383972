import type { UTCDate } from '@date-fns/utc';
import { directionOf } from './cues.ts';
import {
	dayOffset,
	edtfMonth,
	edtfSeason,
	edtfYear,
	monthOffset,
	resolveDecade,
	resolveSeason,
	yearOffset
} from './resolve.ts';

/** A stretch of a sentence read as a date (`edtf`), or claimed as no date at all (`null`). */
export interface Found {
	/** UTF-16 indices into the sentence, end exclusive. */
	from: number;
	to: number;
	edtf: string | null;
	/**
	 * Words dated by what the text said before: `day` for "the same day" and "ended the day",
	 * `year-earlier` for "the same period last year", a year before the date last named, and
	 * `year-before` for "the previous year", the year before it.
	 */
	anaphor?: 'day' | 'year-earlier' | 'year-before';
}

interface Pattern {
	regex: RegExp;
	/** The date a match stands for, null to claim its words as no date, undefined to pass. */
	read(match: RegExpExecArray, published: UTCDate, sentence: string): string | null | undefined;
}

const NUMBERS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	hundred: 100
};
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBERS).join('|')}|several|many|a few|few|some)`;
const UNIT = '(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|quarters?)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH =
	'(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A year as news writes it: four digits, 1000–2199. */
const YEAR = '(?:1\\d{3}|20\\d{2}|21\\d{2})';
/** Words that make a date coarser without changing its precision in EDTF. */
const PART =
	'(?:(?:the\\s+)?(?:end|beginning|start|middle|rest|close|turn|spring|first half|second half)\\s+of\\s+|(?:early|late|mid)(?:\\s*-\\s*|\\s+))';

const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
/** "fall" is autumn only where a season is plainly meant: "in fall 2024", "last fall". */
const SEASON = '(spring|summer|autumn|winter)';
const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first',
	'twenty-second'
];
const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINALS.join('|')})`;
const TENS = [
	'twenties',
	'thirties',
	'forties',
	'fifties',
	'sixties',
	'seventies',
	'eighties',
	'nineties'
];

/** A season's index (0 spring … 3 winter) from its name, "fall" being autumn. */
const seasonOf = (word: string) => {
	const name = word.toLowerCase();
	return SEASONS.indexOf(name === 'fall' ? 'autumn' : name);
};

/** A century's number from "19th" or "nineteenth". */
const centuryOf = (word: string) => {
	const name = word.toLowerCase();
	return /^\d/.test(name) ? parseInt(name, 10) : ORDINALS.indexOf(name) + 1;
};

const number = (word: string): number | undefined => NUMBERS[word.toLowerCase()] ?? Number(word);

/** Words that read as dates to a parser but are spans, repeats or parts of other units. */
const NOT_DATES: RegExp[] = [
	// Durations: "for two years", "over the past decade", "the next six months", "two-year".
	new RegExp(
		`\\b(?:for|over|during|in|within|throughout|after|under)\\s+(?:the\\s+)?(?:past|last|next|first|coming|previous|following)?\\s*(?:about|some|nearly|almost|more than|less than|around|over|just)?\\s*${NUMBER}\\s+(?:(?:consecutive|straight|more|full|long|trading|business)\\s+)?${UNIT}\\b(?!\\s+(?:ago|earlier|later|before|after))`,
		'gi'
	),
	new RegExp(
		`\\b(?:the\\s+)?(?:past|last|next|previous|coming|first|following)\\s+(?:${NUMBER}\\s+)?(?:(?:consecutive|straight|full|trading|business)\\s+)?(?:days|weeks|months|years|decades|centuries|decade|century)\\b`,
		'gi'
	),
	new RegExp(
		`\\b${NUMBER}[- ](?:day|week|month|year|decade|hour|minute|quarter)s?(?:[- ](?:old|long))?\\b(?!\\s+(?:ago|earlier|later|before|after))`,
		'gi'
	),
	new RegExp(
		`\\b(?:over|for|in|during|throughout)\\s+the\\s+(?:past|last)\\s+(?:year|month|decade|century)\\b`,
		'gi'
	),
	// Repeats: "every year", "each Monday", "on Mondays".
	new RegExp(
		`\\b(?:every|each)\\s+(?:other\\s+|single\\s+)?(?:\\w+\\s+)?(?:day|week|month|year|morning|evening|night|${WEEKDAY}|${MONTH}|spring|summer|autumn|fall|winter)\\b`,
		'gi'
	),
	new RegExp(`\\b${WEEKDAY}s\\b`, 'gi'),
	// Quarters, weeks and the same period a year on: no year, month or day of their own.
	new RegExp(
		`\\b(?:the\\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter(?:\\s+(?:of|in)\\s+(?:the\\s+year|(?:last|this|next)\\s+year|the\\s+(?:previous|current)\\s+year|${YEAR}))?\\b`,
		'gi'
	),
	new RegExp(`\\bQ[1-4](?:\\s+${YEAR})?\\b`, 'g'),
	/\b(?:(?:last|this|next|the past|the previous|the coming|the following|earlier this|later this)\s+week(?:end)?|the\s+weekend|the\s+(?:same\s+)?week)\b/gi,
	/\b(?:the\s+)?(?:same|corresponding)\s+(?:quarter|week)\s+(?:of\s+)?(?:(?:last|the previous)\s+year|a\s+year\s+(?:ago|earlier|before))\b/gi,
	// Seasons and decades as kinds, not dates: "summer months", "a 19th-century church".
	new RegExp(
		`\\b(?:(?:the|this|last|next)\\s+)?(?:spring|summer|autumn|winter)\\s+(?:months|season|term|session|semester|break|holidays?|vacation|olympics|games|solstice|equinox|time|weather|sales)\\b`,
		'gi'
	),
	new RegExp(`\\b${ORDINAL}[- ]century\\b(?=-)|\\b${ORDINAL}-century\\b`, 'gi'),
	// Parts of a month or year that EDTF cannot say: "the last week of March".
	new RegExp(
		`\\b(?:the\\s+)?(?:first|second|third|fourth|final|last|past|opening|closing)\\s+(?:few\\s+)?(?:week|weekend|days|weeks|months)\\s+(?:of|in)\\s+(?:${MONTH}|the\\s+(?:month|year)|(?:last|this|next)\\s+(?:month|year))(?:\\s+${YEAR})?\\b`,
		'gi'
	),
	// Named days that are not the weekday of their week: "Black Monday", "Good Friday".
	new RegExp(
		`\\b(?:black|cyber|good|super|holy|ash|bloody|easter|blue|giving|maundy|shrove)\\s+${WEEKDAY}\\b`,
		'gi'
	)
];

/** Times of day: "16:08 UTC", "0800 GMT", "6:40 p.m."; a parser's date around them comes first. */
const TIMES =
	/\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|hrs|hours|local time))?|\b\d{3,4}\s*(?:GMT|UTC|hrs|hours|local time|Z)\b/gi;

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

const PATTERNS: Pattern[] = [
	{
		// "the summer of 2024", "spring 2025", "in fall 2024", "early winter 2023".
		regex: new RegExp(
			`\\b(?:(?:early|late|mid)[- ]?)?(?:(?:the\\s+)?${SEASON}|(?<=\\b(?:in|during|since|by|until|for|early|late)\\s+)(fall))\\s+(?:of\\s+)?(${YEAR})\\b(?![-–/]\\d)`,
			'gi'
		),
		read(match, published) {
			const year = Number(match[3]);
			if (year > published.getUTCFullYear() + 60) return undefined;
			return edtfSeason(year, seasonOf((match[1] ?? match[2])!));
		}
	},
	{
		// "last spring", "this summer", "next winter", "earlier this autumn", "last fall".
		regex: new RegExp(
			`\\b(?:(?:earlier|later)\\s+)?(last|this|next|this past|this coming|the past|the coming)\\s+(spring|summer|autumn|fall|winter)(?:['’]s)?\\b`,
			'gi'
		),
		read(match, published) {
			const which = match[1]!.toLowerCase();
			const direction = /last|past/.test(which)
				? 'before'
				: /next|coming/.test(which)
					? 'after'
					: 'this';
			return resolveSeason(published, seasonOf(match[2]!), direction);
		}
	},
	{
		// "in the spring", "during the winter", "in autumn": the latest begun, unless the words look ahead.
		regex: new RegExp(
			`\\b(?:in|during|over|through|since|by|until)\\s+(?:the\\s+)?(?:(?:early|late)\\s+)?${SEASON}\\b(?!\\s+(?:of|months|season|term|session|semester|break|holidays?|vacation|olympics|games))`,
			'gi'
		),
		read(match, published, sentence) {
			const direction = directionOf(sentence, match.index, match.index + match[0].length);
			const ahead = direction === 'future' || /^(?:until|by)\b/i.test(match[0]);
			return resolveSeason(published, seasonOf(match[1]!), ahead ? 'future' : 'past');
		}
	},
	{
		// "the 1990s", "the early 2000s", "the '90s", "the nineties", "the 1800s".
		regex: new RegExp(
			`\\b(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?(?:(1\\d|20)(\\d)0['’]?s|['’](\\d)0s|(${TENS.join('|')}))\\b`,
			'gi'
		),
		read(match, published) {
			const [whole, century, decade, short, word] = match;
			if (century !== undefined) {
				const first = Number(century) * 100 + Number(decade) * 10;
				if (first > published.getUTCFullYear() + 60) return undefined;
				// "The 1900s" are the century (19XX); "the 2000s" the decade, as news uses them.
				if (decade === '0' && first < 2000) return `${century}XX`;
				return `${century}${decade}X`;
			}
			// "the twenties" alone may be an age ("in her twenties"); a decade needs "the".
			if (word !== undefined && !/^the\s/i.test(whole!)) return undefined;
			const tens =
				short !== undefined ? Number(short) * 10 : (TENS.indexOf(word!.toLowerCase()) + 2) * 10;
			const first = resolveDecade(published, tens);
			return `${edtfYear(first).slice(0, 3)}X`;
		}
	},
	{
		// "the 19th century", "the fifth century BC": 18XX, -04XX (the years 1800–1899, -499 to -400).
		regex: new RegExp(
			`\\b(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?(${ORDINAL})\\s+century(?:\\s+(BC|BCE|B\\.C\\.|AD|CE|A\\.D\\.)(?![\\w]))?`,
			'gi'
		),
		read(match, published) {
			const n = centuryOf(match[1]!);
			const before = match[2] !== undefined && /^B/i.test(match[2]);
			// Two digits of EDTF (-99XX) reach the 100th century BC; ahead, the next century.
			const latest = before ? 100 : Math.floor(published.getUTCFullYear() / 100) + 1;
			if (!(n >= 1) || n > latest) return undefined;
			if (before) return `-${String(n - 1).padStart(2, '0')}XX`;
			return `${String(n - 1).padStart(2, '0')}XX`;
		}
	},
	{
		// "October of next year", "March this year", "late June last year".
		regex: new RegExp(`\\b(?:${PART})?(${MONTH})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi'),
		read(match, published) {
			const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
			const which = match[2]!.toLowerCase();
			const year = Number(yearOffset(published, which === 'last' ? -1 : which === 'next' ? 1 : 0));
			return edtfMonth(year, month);
		}
	},
	{
		// "about two years ago", "a week ago", "three months ago".
		regex: new RegExp(
			`\\b(?:(about|some|nearly|almost|roughly|around|approximately|more than|over|less than|just over|just under|barely|only)\\s+)?(${NUMBER})\\s+(day|week|month|year|decade)s?\\s+ago\\b`,
			'gi'
		),
		read(match, published) {
			const [, qualifier, count, unit] = match;
			const n = number(count!);
			if (n === undefined || !Number.isFinite(n) || n !== Math.round(n)) return null;
			const vague = qualifier !== undefined || /few|several|many|some/i.test(count!);
			if (/several|many|few|some/i.test(count!) && !/^\d/.test(count!)) return null;
			const mark = vague ? '~' : '';
			switch (unit!.toLowerCase()) {
				case 'day':
					return vague ? null : dayOffset(published, -n);
				case 'week':
					return vague ? null : dayOffset(published, -7 * n);
				case 'month':
					return monthOffset(published, -n) + mark;
				case 'year':
					return yearOffset(published, -n) + mark;
				default:
					return yearOffset(published, -10 * n) + '~';
			}
		}
	},
	{
		// "yesterday", "today", "last night", "the day before yesterday".
		regex:
			/\b(?:(the day before yesterday|(?:early\s+|late\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)|((?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))|(tomorrow(?:\s+(?:morning|afternoon|evening|night))?)|(the day after tomorrow))\b/gi,
		read(match, published) {
			const [, before, today, tomorrow] = match;
			if (before) return dayOffset(published, /before/i.test(before) ? -2 : -1);
			if (today) return dayOffset(published, 0);
			return dayOffset(published, tomorrow ? 1 : 2);
		}
	},
	{
		// "last year", "earlier this month", "the end of next year", "the year before last".
		regex: new RegExp(
			`\\b(?:(?:earlier|later)\\s+|${PART})?(?:(last|this|next|the current|the coming)\\s+(year|month)|the\\s+(year|month)\\s+before last|the\\s+(year|month)(?=\\s*(?:[,.;]|$)))(?:['’]s)?`,
			'gi'
		),
		read(match, published) {
			const [whole, which, unit1, unit2, unit3] = match;
			const unit = (unit1 ?? unit2 ?? unit3)!.toLowerCase();
			let step = 0;
			if (unit3) {
				// "the end of the year": the year of publication; "the year" alone refers back.
				if (!/\bof\s+the\s+(?:year|month)\b/i.test(whole)) return undefined;
			} else if (unit2) step = -2;
			else step = /last|previous|prior/i.test(which!) ? -1 : /next|coming/i.test(which!) ? 1 : 0;
			return unit === 'year' ? yearOffset(published, step) : monthOffset(published, step);
		}
	},
	{
		// "2009-2010", "from 2009 to 2011", "between 2014 and 2016", "2008-09".
		regex: new RegExp(
			`\\b(?:(?:from|between)\\s+)?(${YEAR})(?:\\s*[-–—]\\s*|\\s+(?:to|and|until|till|through|thru)\\s+)(${YEAR}|\\d{2})\\b(?![-–/]\\d)`,
			'gi'
		),
		read(match) {
			const [whole, first, second] = match;
			const from = Number(first);
			let to = Number(second);
			if (second!.length === 2) to = Math.floor(from / 100) * 100 + to;
			// "between 2014 and 2016" and "2009-2010" are spans; "2009 and 2011" two years.
			if (/\band\b/i.test(whole!) && !/^between/i.test(whole!)) return undefined;
			if (!(to > from)) return undefined;
			return `${edtfYear(from)}/${edtfYear(to)}`;
		}
	}
];

/** The words that set a number apart as something other than a year. */
const NOT_YEAR_BEFORE =
	/(?:[$€£¥#]\s*|\d[.,]?|[.,]|\b(?:no|nos|number|flight|route|boeing|airbus|model|section|article|page|room|unit|than|at least|at most|up to)\.?\s+)$/i;
const NOT_YEAR_AFTER =
	/^(?:[.,]\d|\d|\s*%|\s*(?:percent|per cent|people|persons|men|women|children|troops|soldiers|police|officers|members|votes|voters|dollars|euros|pounds|yen|points|feet|foot|ft|metres|meters|m|km|kilometres|kilometers|miles|mi|kg|kilograms|tonnes|tons|lb|pounds|units|cases|deaths|dead|homes|houses|residents|times|jobs|workers|employees|students|passengers|cars|vehicles|seats|words|pages|copies|barrels|hectares|acres|square|cubic|GMT|UTC|hrs|hours|local)\b)/i;
const BARE_YEAR = new RegExp(`(?:${PART})?(?<![\\w$€£¥-])(${YEAR})(?:['’]s)?(?![\\w-])`, 'gi');

const CAPITALISED = /^\p{Lu}[\p{L}.]*$/u;
/** Words that may open a sentence or stand capitalised before a year without naming anything. */
const PLAIN = new RegExp(
	`^(?:in|on|since|by|from|until|during|before|after|of|the|and|or|to|for|at|${MONTH})$`,
	'i'
);

/** Whether the number at `at`…`end` stands between two capitalised words, as in a name. */
function insideName(sentence: string, at: number, end: number): boolean {
	const before = /(\S+)\s+$/.exec(sentence.slice(Math.max(0, at - 30), at))?.[1];
	const after = /^\s+(\S+)/.exec(sentence.slice(end, end + 30))?.[1];
	return (
		before !== undefined &&
		after !== undefined &&
		CAPITALISED.test(before) &&
		!PLAIN.test(before) &&
		CAPITALISED.test(after) &&
		!PLAIN.test(after)
	);
}

/** Bare years, "in 2009" and "early 2009", unless the number is a count, a price or a model. */
function bareYears(sentence: string, published: UTCDate): Found[] {
	const found: Found[] = [];
	const latest = published.getUTCFullYear() + 60;
	BARE_YEAR.lastIndex = 0;
	for (let match = BARE_YEAR.exec(sentence); match; match = BARE_YEAR.exec(sentence)) {
		const year = Number(match[1]);
		const at = match.index + match[0].indexOf(match[1]!);
		const end = at + match[1]!.length;
		if (year > latest) continue;
		if (at === match.index && NOT_YEAR_BEFORE.test(sentence.slice(Math.max(0, at - 20), at)))
			continue;
		if (NOT_YEAR_AFTER.test(sentence.slice(end, end + 20))) continue;
		// "the Russell 2000 Index", "Windows 2000 Server": a name, not a year.
		if (at === match.index && insideName(sentence, at, end)) continue;
		found.push({ from: match.index, to: match.index + match[0].length, edtf: edtfYear(year) });
	}
	return found;
}

/**
 * "The day" of a market report ("ended the day", "later in the day", "the same day", "a
 * second straight day") is the
 * day the text last named, or the publication day; not "the day before", "the day of …".
 */
const THE_DAY =
	/\b(?:the\s+same\s+day|(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+(?:day|session)|(?:(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|started|starting|open|opened|opening|for|late|later|earlier|early)\s+(?:in\s+)?the\s+day|the\s+(?:start|end|close|rest|course)\s+of\s+the\s+day))\b(?!\s+(?:of|when|that|on which|(?:before|after)\s+(?:the|a|an|his|her|its|their|this|that|yesterday|tomorrow)\b))/gi;

/** "The same period last year", "the same month a year ago": the date last named, a year back. */
const YEAR_EARLIER =
	/\b(?:the\s+)?(?:same|corresponding)\s+(?:period|month|day|time|date)\s+(?:of\s+)?(?:(?:last|the previous)\s+year|a\s+year\s+(?:ago|earlier|before))\b/gi;

/** "The previous year", "the year before": the year before the date last named. */
const YEAR_BEFORE =
	/\b(?:the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+(?:previous|before)(?!\s+last))\b/gi;

function scan(
	regex: RegExp,
	sentence: string,
	read: (match: RegExpExecArray) => Found | undefined
): Found[] {
	const found: Found[] = [];
	regex.lastIndex = 0;
	for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
		const one = read(match);
		if (one) found.push(one);
	}
	return found;
}

const claim = (match: RegExpExecArray, edtf: string | null): Found => ({
	from: match.index,
	to: match.index + match[0].length,
	edtf
});

/**
 * What these rules read in one sentence, in order of trust: `claims` (relative dates, spans
 * and words that are no date) overrule the parser; `times` and `years` yield to it.
 */
export function readExpressions(
	sentence: string,
	published: UTCDate
): { claims: Found[]; times: Found[]; years: Found[] } {
	const claims: Found[] = [];
	for (const pattern of PATTERNS)
		claims.push(
			...scan(pattern.regex, sentence, (match) => {
				const edtf = pattern.read(match, published, sentence);
				return edtf === undefined ? undefined : claim(match, edtf);
			})
		);
	for (const regex of NOT_DATES)
		claims.push(...scan(regex, sentence, (match) => claim(match, null)));
	claims.push(...scan(THE_DAY, sentence, (match) => ({ ...claim(match, null), anaphor: 'day' })));
	claims.push(
		...scan(YEAR_BEFORE, sentence, (match) => ({ ...claim(match, null), anaphor: 'year-before' }))
	);
	claims.push(
		...scan(YEAR_EARLIER, sentence, (match) => ({ ...claim(match, null), anaphor: 'year-earlier' }))
	);
	return {
		claims,
		times: scan(TIMES, sentence, (match) => claim(match, null)),
		years: bareYears(sentence, published)
	};
}

/** Words just before a month or a year that narrow it without changing its precision. */
export const PART_BEFORE = new RegExp(`(?:${PART})$`, 'i');
