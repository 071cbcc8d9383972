// @vitest-environment /tmp/probe/client-env.ts
import { it } from 'vitest';
import * as svelte from 'svelte';
it('probe', () => {
	console.log('SSR', import.meta.env.SSR, Object.keys(svelte).slice(0, 5));
});
