// The embed page ships no SvelteKit runtime: <sourceline-timeline> (one module) draws it.
export const csr = false;
