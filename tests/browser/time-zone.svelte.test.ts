import { expect, it } from 'vitest';

it('runs in the same time zone west of Greenwich as the node tests', () => {
	expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(480);
	expect(new Date(2025, 6, 1).getTimezoneOffset()).toBe(420);
	expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
});
