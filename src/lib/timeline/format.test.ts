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
		['-0043-03-15', 'Friday 15 March 44 BC', '15 Mar 44 BC'],
		['2025-21', 'spring 2025', 'spring 2025'],
		['2024-22', 'summer 2024', 'summer 2024'],
		['2025-23~', 'about autumn 2025', 'c. autumn 2025'],
		['2025-24', 'winter 2025–26', 'winter 2025–26'],
		['1999-24', 'winter 1999–2000', 'winter 1999–2000'],
		['199X', 'the 1990s', '1990s'],
		['200X?', 'the 2000s, uncertain', '2000s?'],
		['19XX', 'the 20th century', '20th c.'],
		['20XX', 'the 21st century', '21st c.'],
		['11XX', 'the 12th century', '12th c.'],
		['-199X', '2000 BC to 1991 BC', '2000 BC – 1991 BC'],
		['2025-XX', '2025, month unknown', '2025'],
		['1985-04-XX', 'April 1985, day unknown', 'Apr 1985'],
		['1985-XX-XX~', 'about 1985, month and day unknown', 'c. 1985'],
		['199X/2005-21', 'the 1990s to spring 2005', '1990s – spring 2005'],
		['Y12345', '12,345', '12,345'],
		['Y-12000', '12,001 BC', '12,001 BC'],
		['Y170000002', '170,000,002', '170,000,002'],
		['Y-170000002?', '170,000,003 BC, uncertain', '170,000,003 BC?'],
		['Y-170000002/2025', '170,000,003 BC to 2025', '170,000,003 BC – 2025']
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
		['de', '2025-24', 'Winter 2025/26', 'Winter 2025/26'],
		['de', '2025-21~', 'etwa Frühling 2025', 'ca. Frühling 2025'],
		['de', '199X', 'die 1990er Jahre', '1990er'],
		['de', '19XX', 'das 20. Jahrhundert', '20. Jh.'],
		['de', '2025-XX', '2025, Monat unbekannt', '2025'],
		['de', '1985-04-XX', 'April 1985, Tag unbekannt', 'Apr. 1985'],
		['de', 'Y170000002', '170.000.002', '170.000.002'],
		['de', 'Y-170000002', '170.000.003 v.Chr.', '170.000.003 v.Chr.'],
		['fr', '2025-22', 'summer 2025', 'summer 2025'],
		// French groups digits with a narrow no-break space.
		['fr', 'Y170000002', '170\u202f000\u202f002', '170\u202f000\u202f002'],
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
		[-43, '44 BC'],
		[12345, '12,345'],
		[-12000, '12,001 BC']
	];

	it.each(years)('names year %d %j', (year, name) => {
		expect(yearName(utcDate(year), words)).toBe(name);
	});

	it('writes a day for the toolbar, before the common era too', () => {
		expect(shortDay(new Date('2025-11-13T00:00:00Z'), words)).toBe('13 Nov 2025');
		expect(shortDay(utcDate(-43, 2, 15), words)).toBe('15 Mar 44 BC');
	});
});
