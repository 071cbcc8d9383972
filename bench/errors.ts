/** A broken harness, not a slow tool: stops the whole run. */
export class BenchError extends Error {}
