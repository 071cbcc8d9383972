import { describe, expect, it } from 'vitest';
import { english, loadLanguage } from '$lib/i18n/language';
import { span } from '$lib/test/helpers';
import { utcDate } from './edtf.ts';
import { shortDay, spanInWords, yearName } from './format.ts';

const words = english.dates;

describe('spanInWords', () => {
	// [edtf, long, short]
	const table: [string, string, string][] = [
		['2025-11-13', 'Thursday 13 November 2025', '13 Nov 2025'],
		['2025-11-15', 'Saturday 15 November 2025', '15 Nov 2025'],
		['2025-01-01', 'Wednesday 1 January 2025', '1 Jan 2025'],
		['2025-09', 'September 2025', 'Sep 2025'],
		['2025-09~', 'about September 2025', 'c. Sep 2025'],
		['2025-10?', 'October 2025, uncertain', 'Oct 2025?'],
		['2025%', 'about 2025, uncertain', 'c. 2025?'],
		['2025', '2025', '2025'],
		['2025-11-13?', 'Thursday 13 November 2025, uncertain', '13 Nov 2025?'],
		['2023-10~/2025-10', 'about October 2023 to October 2025', 'c. Oct 2023 – Oct 2025'],
		['2025-10/..', 'from October 2025 on', 'from Oct 2025 on'],
		['../2025-10', 'until October 2025', 'until Oct 2025'],
		['2025-10/', 'from October 2025, end unknown', 'from Oct 2025, end unknown'],
		['/2025-10', 'until October 2025, start unknown', 'until Oct 2025, start unknown'],
		['0044', '44', '44'],
		['0044-03-15', 'Tuesday 15 March 44', '15 Mar 44'],
		['-0043', '44 BC', '44 BC'],
		['-0043-03', 'March 44 BC', 'Mar 44 BC'],
		['-0043-03-15', 'Friday 15 March 44 BC', '15 Mar 44 BC']
	];

	it.each(table)('writes %s as %j, or %j for short', (edtf, long, short) => {
		expect(spanInWords(span(edtf), words)).toBe(long);
		expect(spanInWords(span(edtf), words, 'long')).toBe(long);
		expect(spanInWords(span(edtf), words, 'short')).toBe(short);
	});

	it('formats in UTC whatever the machine time zone', () => {
		// Midnight UTC is still the previous evening west of Greenwich.
		expect(process.env.TZ).toBe('America/Los_Angeles');
		expect(new Date('2025-11-13T00:00:00Z').getDate()).toBe(12);
		expect(spanInWords(span('2025-11-13'), words)).toMatch(/^Thursday 13 /);
	});
});

describe('dates in other languages', () => {
	// [tag, edtf, long, short]
	const table: [string, string, string, string][] = [
		['de', '2025-11-13', 'Donnerstag, 13. November 2025', '13. Nov. 2025'],
		['de', '2025-09~', 'etwa September 2025', 'ca. Sep. 2025'],
		['de', '2025-10?', 'Oktober 2025, unsicher', 'Okt. 2025?'],
		['de', '2023-10~/2025-10', 'etwa Oktober 2023 bis Oktober 2025', 'ca. Okt. 2023 – Okt. 2025'],
		['de', '2025-10/..', 'ab Oktober 2025', 'ab Okt. 2025'],
		['de', '-0043-03-15', 'Freitag, 15. März 44 v.Chr.', '15. März 44 v.Chr.'],
		// No catalog: English words, the locale's own date patterns and names.
		['fr', '2025-11-13', 'jeudi 13 novembre 2025', '13 nov. 2025'],
		['fr', '2025-09~', 'about septembre 2025', 'c. sept. 2025'],
		['es', '2025-11-13', 'jueves, 13 de noviembre de 2025', '13 nov 2025'],
		// The locale's own patterns keep the era where the year stands inside them.
		['ru', '-0043-03-15', 'пятница, 15 марта 44 до н. э. г.', '15 мар. 44 до н. э. г.'],
		['ja', '-0043-03-15', '44 紀元前年3月15日金曜日', '44 紀元前/03/15']
	];

	it.each(table)('in %s writes %s as %j, or %j for short', async (tag, edtf, long, short) => {
		const { dates } = await loadLanguage(tag);
		expect(spanInWords(span(edtf), dates)).toBe(long);
		expect(spanInWords(span(edtf), dates, 'short')).toBe(short);
	});
});

describe('yearName and shortDay', () => {
	// [year, name]
	const years: [number, string][] = [
		[2025, '2025'],
		[1, '1'],
		[0, '1 BC'],
		[-43, '44 BC']
	];

	it.each(years)('names year %d %j', (year, name) => {
		expect(yearName(utcDate(year), words)).toBe(name);
	});

	it('writes a day for the toolbar, before the common era too', () => {
		expect(shortDay(new Date('2025-11-13T00:00:00Z'), words)).toBe('13 Nov 2025');
		expect(shortDay(utcDate(-43, 2, 15), words)).toBe('15 Mar 44 BC');
	});
});
