import type { Unspecified } from '$lib/timeline/types';
import type { Count } from './language.ts';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/**
 * The words of the interface in English. A translation is one file with the same keys
 * (de.ts); `Messages` is this catalog's type, so a missing key fails the type check.
 * Numbers come in as a `Count`, written by the reader's language: "12,345", "12.345".
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
		season: (season: number, years: string) =>
			`${['spring', 'summer', 'autumn', 'winter'][season]} ${years}`,
		decade: (year: string) => `the ${year}s`,
		decadeShort: (year: string) => `${year}s`,
		century: (century: number) => `the ${ordinal(century)} century`,
		centuryShort: (century: number) => `${ordinal(century)} c.`,
		unspecified: (date: string, unknown: Unspecified) => `${date}, ${unknown} unknown`,
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
		home: 'Fit',
		homeLabel: 'Fit the events',
		homeTitle: 'Back to the first view (0)',
		datedEvents: (count: Count, n: number) => `${count} dated ${n === 1 ? 'event' : 'events'}`,
		noRoom: 'Events with no room at this zoom',
		/** A "+N" button's name: the events it stands for and their stretch of time. */
		moreZoom: (count: Count, dates: string) => `${count} more events, ${dates}: zoom in`,
		more: (count: Count, n: number, dates: string) =>
			`${count} more ${n === 1 ? 'event' : 'events'}, ${dates}`,
		/** On the edge button beyond which the selected event lies. */
		selectedOutside: 'Selected',
		earlier: (count: Count, _n: number) => `${count} earlier`,
		later: (count: Count, _n: number) => `${count} later`,
		goTo: (title: string) => `: go to ${title}`,
		/** Under the drawing: taps and pinches on a touch screen, else the wheel and keys. */
		hint: ({ wheel, touch }: { wheel: boolean; touch: boolean }) =>
			touch
				? 'Tap an event to select it. Drag sideways to pan; pinch or double-tap to zoom.'
				: `Drag to pan; ${wheel ? 'wheel' : 'Ctrl + wheel'} or pinch to zoom. Keys: ← → move between events and Enter chooses; Home and End go to the first and last, + − zoom, 0 fits, Shift + ← → pans.`,
		/** What a screen reader hears for a mark: "title, date in words, 3 of 9". */
		describe: (title: string, date: string, position: Count, total: Count) =>
			`${title}, ${date}, ${position} of ${total}`
	},
	/** The selected event. */
	details: {
		position: (position: Count, total: Count) => `Event ${position} of ${total}`,
		/** Followed by the words that date the event, in quotation marks. */
		datedBy: 'Dated by the words ',
		tags: 'Tags',
		quotes: 'What the article says',
		steps: 'Other events',
		previous: 'Previous',
		next: 'Next',
		/** Heard after Previous and Next. */
		event: ' event',
		prompt: 'Choose an event',
		promptHint:
			'Choose an event on the timeline or in the list, or a highlighted sentence in the article, to read what the article says about it.'
	},
	/** One quote under the selected event. */
	quote: {
		show: 'Show in article',
		original: 'Open at the original'
	},
	/** The events the article does not date. */
	undated: {
		heading: 'Not dated in the article',
		pages: (again: boolean) => `Pages of undated events${again ? ', again' : ''}`,
		range: (from: Count, to: Count, total: Count) => `${from}–${to} of ${total}`,
		/** Events dated so far from now (Y170000002) that the timeline cannot draw them. */
		beyond: 'Dated beyond the range the timeline can draw'
	},
	/** The source text with its quoted passages. */
	article: {
		untitled: 'Article',
		/** A date-fns pattern for the day the source was published: "9 October 2025". */
		publishedDate: 'd MMMM y',
		published: (date: string) => `Published ${date}`,
		original: 'Original page',
		/** The legend says "Underlined passages report an event: …", the first words underlined. */
		legendSample: 'Underlined passages',
		legendRest: ' report an event: choose one to see it on the timeline.',
		/** Heard after the number on a passage that several events quote. */
		quotedBy: ' events quote these words',
		choices: 'These words report:',
		pages: (again: boolean) => `Parts of the text${again ? ', again' : ''}`,
		part: (position: Count, total: Count) => `Part ${position} of ${total}`,
		earlier: 'Earlier text',
		later: 'Later text'
	},
	/** The plain list of every event. */
	list: {
		heading: 'All events, in order',
		pages: (again: boolean) => `Pages of events${again ? ', again' : ''}`,
		range: (from: Count, to: Count, total: Count) => `Events ${from}–${to} of ${total}`
	},
	/** Buttons that turn the pages of the list and the text. */
	pager: {
		first: 'First',
		previous: 'Previous',
		next: 'Next',
		last: 'Last',
		noScript: 'The other pages need JavaScript.'
	},
	/** The explorer around the timeline, the details, the article and the list. */
	explorer: {
		empty: 'This timeline has no events yet.',
		showArticle: 'Show the article',
		hideArticle: 'Hide the article',
		/** The embed's closed list: "All 120 events as a list", "The event as a list". */
		listAll: (count: Count, n: number) =>
			n === 1 ? 'The event as a list' : `All ${count} events as a list`
	},
	/** Loading a timeline, and what went wrong. */
	load: {
		loading: 'Loading the timeline…',
		failed: 'This timeline could not be loaded',
		unusable: 'This file is not a usable timeline',
		errors: (count: Count, n: number) =>
			`${count} ${n === 1 ? 'problem' : 'problems'} in this file: what each one touches is left out`,
		warnings: (count: Count, n: number) =>
			`${count} ${n === 1 ? 'warning' : 'warnings'}: these parts of the file were ignored`
	},
	/** The problems found in a file (the problems themselves are the validator's, in English). */
	problems: {
		list: 'Problems, by where they are in the file',
		warning: 'Warning:',
		more: (count: Count, _n: number) => `…and ${count} more.`,
		/** Heads the list of events a file's errors leave out, by title. */
		omitted: (count: Count, n: number) =>
			n === 1 ? 'Left out of the timeline: 1 event' : `Left out of the timeline: ${count} events`
	},
	/** The Embed button and its dialog. */
	embedDialog: {
		open: 'Embed',
		heading: 'Embed this timeline',
		close: 'Close',
		intro: (withEvent: boolean) =>
			`Paste one of these into your page.${withEvent ? ' It opens on the event chosen now.' : ''}`,
		iframe: 'An iframe that sizes itself',
		iframeHint: 'Works in any page or CMS that accepts HTML.',
		element: 'A web component',
		elementHint: 'Drawn in the page itself, in its own shadow root; listen for its "select" event.',
		copy: 'Copy',
		copied: 'Copied to the clipboard.'
	},
	/** The frame of <sourceline-timeline> and the /embed page. */
	element: {
		/** Followed by the host the data came from. */
		dataFrom: 'Data from ',
		invalidAddress: 'an address that is not valid',
		explorer: 'Open in the full explorer',
		/** Followed by the brand, Sourceline. */
		by: 'Timeline by '
	},
	/** The explorer page around the timeline. */
	page: {
		title: (timeline: string | undefined) => (timeline ? `${timeline} · Sourceline` : 'Sourceline'),
		description: 'A timeline of events, each tied to the words that report it.',
		skip: 'Skip to the timeline',
		heading: 'Timeline',
		dataFrom: 'Data from ',
		invalidAddress: 'an address that is not valid',
		back: 'Back to the default timeline',
		noScript:
			'Without JavaScript this page shows its own timeline as a drawing and a list; choosing events, zooming and loading another file with ?src= need JavaScript.',
		missing: (id: string) => `There is no event “${id}” in this timeline.`,
		footer: 'Every event is tied to the words that report it.',
		format: 'The data format',
		data: "This timeline's data"
	},
	/** Words shared by links. */
	links: {
		/** Heard after a link that opens in a new tab. */
		newTab: ' (new tab)'
	}
};

export type Messages = typeof en;
