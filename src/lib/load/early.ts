/**
 * The other half of the script in src/app.html: for `?src=` it starts the fetch while
 * the app's scripts load, and leaves it here for loadTimeline to take over.
 */

export interface EarlyFetch {
	href: string;
	response: Promise<Response>;
	abort: () => void;
}

/** Takes over the page's early fetch when it is for this address; it serves one load. */
export function takeEarly(href: string): EarlyFetch | null {
	const holder = globalThis as { sourcelineEarly?: EarlyFetch };
	const early = holder.sourcelineEarly;
	if (early?.href !== href) return null;
	delete holder.sourcelineEarly;
	return early;
}
