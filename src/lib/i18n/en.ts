/**
 * The words of the interface in English. A translation is one file with the same keys
 * (de.ts); `Messages` is this catalog's type, so a missing key fails the type check.
 */
export const en = {
	/** How dates are written: date-fns patterns and the words around them. */
	dates: {
		day: 'EEEE d MMMM y',
		dayShort: 'd MMM y',
		month: 'LLLL y',
		monthShort: 'LLL y',
		year: 'y',
		yearBC: 'y G',
		tickDay: 'd MMM',
		tickMonth: 'LLL',
		tickTime: 'HH:mm',
		about: (date: string) => `about ${date}`,
		aboutShort: (date: string) => `c. ${date}`,
		uncertain: (date: string) => `${date}, uncertain`,
		uncertainShort: (date: string) => `${date}?`,
		interval: (from: string, to: string) => `${from} to ${to}`,
		intervalShort: (from: string, to: string) => `${from} – ${to}`,
		from: (date: string) => `from ${date} on`,
		until: (date: string) => `until ${date}`,
		fromEndUnknown: (date: string) => `from ${date}, end unknown`,
		untilStartUnknown: (date: string) => `until ${date}, start unknown`,
		undated: 'Undated'
	},
	/** The timeline drawing and its controls. */
	timeline: {
		heading: 'Timeline',
		noDates: 'No event in this timeline has a date.',
		showing: 'Showing ',
		zoom: 'Zoom',
		zoomIn: 'Zoom in',
		zoomInTitle: 'Zoom in (+)',
		zoomOut: 'Zoom out',
		zoomOutTitle: 'Zoom out (−)',
		fit: 'Fit',
		fitLabel: 'Fit the events',
		fitTitle: 'Back to the first view (0)',
		datedEvents: (count: string) => `${count} dated events`,
		noRoom: 'Events with no room at this zoom',
		moreZoom: ' more events here: zoom in',
		more: ' more events here',
		earlier: (count: string) => `${count} earlier`,
		later: (count: string) => `${count} later`,
		goTo: (title: string) => `: go to ${title}`,
		hint: (wheel: boolean) =>
			`Drag to pan; ${wheel ? 'wheel' : 'Ctrl + wheel'} or pinch to zoom. Keys: ← → move between events and Enter chooses; Home and End go to the first and last, + − zoom, 0 fits, Shift + ← → pans.`,
		/** What a screen reader hears for a mark: "title, date in words, 3 of 9". */
		describe: (title: string, date: string, position: string, total: string) =>
			`${title}, ${date}, ${position} of ${total}`
	}
};

export type Messages = typeof en;
