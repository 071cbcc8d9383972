import { describe, expect, it } from 'vitest';
import { MAX_TITLE, truncate } from './label-width.ts';

describe('truncate', () => {
	// [text, max, result]
	const table: [string, number | undefined, string][] = [
		['Short title', undefined, 'Short title'],
		['a'.repeat(MAX_TITLE), undefined, 'a'.repeat(MAX_TITLE)],
		['a'.repeat(MAX_TITLE + 1), undefined, `${'a'.repeat(MAX_TITLE - 1)}…`],
		['Putin and Netanyahu speak by phone', 10, 'Putin and…'],
		['Putin and Netanyahu', 11, 'Putin and…'],
		['Putin and Netanyahu', 19, 'Putin and Netanyahu'],
		['🙂🙂🙂🙂🙂', 5, '🙂🙂🙂🙂🙂'],
		['🙂🙂🙂🙂🙂🙂', 5, '🙂🙂🙂🙂…']
	];

	it.each(table)('cuts %j to at most %s characters as %j', (text, max, result) => {
		expect(truncate(text, max)).toBe(result);
		expect(Array.from(result).length).toBeLessThanOrEqual(max ?? MAX_TITLE);
	});
});
