import type { Messages } from './en.ts';

/** Die Wörter der Oberfläche auf Deutsch: dieselben Schlüssel wie en.ts. */
export const de: Messages = {
	dates: {
		day: 'EEEE, d. MMMM y',
		dayShort: 'd. MMM y',
		month: 'LLLL y',
		monthShort: 'LLL y',
		year: 'y',
		yearBC: 'y G',
		tickDay: 'd. MMM',
		tickMonth: 'LLL',
		tickTime: 'HH:mm',
		about: (date) => `etwa ${date}`,
		aboutShort: (date) => `ca. ${date}`,
		uncertain: (date) => `${date}, unsicher`,
		uncertainShort: (date) => `${date}?`,
		interval: (from, to) => `${from} bis ${to}`,
		intervalShort: (from, to) => `${from} – ${to}`,
		from: (date) => `ab ${date}`,
		until: (date) => `bis ${date}`,
		fromEndUnknown: (date) => `ab ${date}, Ende unbekannt`,
		untilStartUnknown: (date) => `bis ${date}, Beginn unbekannt`,
		undated: 'Ohne Datum'
	},
	timeline: {
		heading: 'Zeitleiste',
		noDates: 'Kein Ereignis dieser Zeitleiste hat ein Datum.',
		showing: 'Zu sehen: ',
		zoom: 'Zoom',
		zoomIn: 'Vergrößern',
		zoomInTitle: 'Vergrößern (+)',
		zoomOut: 'Verkleinern',
		zoomOutTitle: 'Verkleinern (−)',
		fit: 'Alles',
		fitLabel: 'Alle Ereignisse zeigen',
		fitTitle: 'Zurück zur ersten Ansicht (0)',
		datedEvents: (count) => `${count} datierte Ereignisse`,
		noRoom: 'Ereignisse ohne Platz in dieser Ansicht',
		moreZoom: ' weitere Ereignisse hier: vergrößern',
		more: ' weitere Ereignisse hier',
		earlier: (count) => `${count} früher`,
		later: (count) => `${count} später`,
		goTo: (title) => `: zu ${title}`,
		hint: (wheel) =>
			`Ziehen verschiebt; ${wheel ? 'Mausrad' : 'Strg + Mausrad'} oder zwei Finger zoomen. Tasten: ← → wechseln zwischen Ereignissen, Eingabe wählt aus; Pos1 und Ende springen zum ersten und letzten, + − zoomen, 0 zeigt alles, Umschalt + ← → verschiebt.`,
		describe: (title, date, position, total) => `${title}, ${date}, ${position} von ${total}`
	}
};
