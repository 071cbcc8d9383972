import events from '$events';

/** The default timeline, read at build time; the build has already validated it. */
export function load() {
	return { events: events as unknown };
}
