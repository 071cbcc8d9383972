/**
 * The panels' chunks on their way: the /embed page's height has not settled while one is
 * (the article it brings makes the page taller).
 */
let fetching = 0;

/** Whether a panel's chunk is on its way. */
export const fetchingPanel = (): boolean => fetching > 0;

/** Counts a panel's chunk as on its way until it has come (or failed). */
export function fetchPanel<T>(chunk: Promise<T>): Promise<T> {
	fetching++;
	return chunk.finally(() => fetching--);
}
