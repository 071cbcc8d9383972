import { describe, expect, it } from 'vitest';
import { parseEdtf } from './edtf.ts';
import { spanInWords } from './format.ts';

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
		['-0043', '44 BC', '44 BC']
	];

	it.each(table)('writes %s as %j, or %j for short', (edtf, long, short) => {
		const { span } = parseEdtf(edtf);
		expect(spanInWords(span!)).toBe(long);
		expect(spanInWords(span!, 'long')).toBe(long);
		expect(spanInWords(span!, 'short')).toBe(short);
	});

	it('formats in UTC whatever the machine time zone', () => {
		// Midnight UTC is still the previous evening west of Greenwich.
		expect(process.env.TZ).toBe('America/Los_Angeles');
		expect(new Date('2025-11-13T00:00:00Z').getDate()).toBe(12);
		expect(spanInWords(parseEdtf('2025-11-13').span!)).toMatch(/^Thursday 13 /);
	});
});
