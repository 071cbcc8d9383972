import type { Messages } from './en.ts';

/** Die Wörter der Oberfläche auf Deutsch: dieselben Schlüssel wie en.ts. */
export const de: Messages = {
	dates: {
		day: 'EEEE, d. MMMM y',
		dayShort: 'd. MMM y',
		month: 'LLLL y',
		monthShort: 'MMM y',
		year: 'y',
		yearBC: 'y G',
		tickDay: 'd. MMM',
		tickMonth: 'MMM',
		tickTime: 'HH:mm',
		season: (season, years) =>
			`${['Frühling', 'Sommer', 'Herbst', 'Winter'][season]} ${years.replace('–', '/')}`,
		decade: (year) => `die ${year}er Jahre`,
		decadeShort: (year) => `${year}er`,
		century: (century) => `das ${century}. Jahrhundert`,
		centuryShort: (century) => `${century}. Jh.`,
		unspecified: (date, unknown) =>
			`${date}, ${{ month: 'Monat', day: 'Tag', 'month and day': 'Monat und Tag' }[unknown]} unbekannt`,
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
		home: 'Alles',
		homeLabel: 'Alles zeigen',
		homeTitle: 'Zurück zur ersten Ansicht (0)',
		datedEvents: (count, n) => `${count} ${n === 1 ? 'datiertes Ereignis' : 'datierte Ereignisse'}`,
		noRoom: 'Ereignisse ohne Platz in dieser Ansicht',
		moreZoom: (count, dates) => `${count} weitere Ereignisse, ${dates}: vergrößern`,
		more: (count, n, dates) =>
			`${count} ${n === 1 ? 'weiteres Ereignis' : 'weitere Ereignisse'}, ${dates}`,
		selectedOutside: 'Ausgewählt',
		earlier: (count, n) => `${count} ${n === 1 ? 'früheres' : 'frühere'}`,
		later: (count, n) => `${count} ${n === 1 ? 'späteres' : 'spätere'}`,
		goTo: (title) => `: zu ${title}`,
		hint: ({ wheel, touch }) =>
			touch
				? 'Ereignis antippen, um es auszuwählen. Seitlich ziehen verschiebt; zwei Finger oder Doppeltippen zoomen.'
				: `Ziehen verschiebt; ${wheel ? 'Mausrad' : 'Strg + Mausrad'} oder zwei Finger zoomen. Tasten: ← → wechseln zwischen Ereignissen, die Eingabetaste wählt aus; Pos1 und Ende springen zum ersten und letzten Ereignis, + − zoomen, 0 zeigt alles, Umschalt + ← → verschiebt.`,
		describe: (title, date, position, total) => `${title}, ${date}, ${position} von ${total}`
	},
	details: {
		position: (position, total) => `Ereignis ${position} von ${total}`,
		datedBy: 'Datiert anhand der Worte ',
		tags: 'Schlagwörter',
		quotes: 'Was der Artikel sagt',
		steps: 'Weitere Ereignisse',
		previous: 'Voriges',
		next: 'Nächstes',
		event: ' Ereignis',
		prompt: 'Ereignis wählen',
		promptHint:
			'Ein Ereignis auf der Zeitleiste oder in der Liste wählen oder einen markierten Satz im Artikel, um zu lesen, was der Artikel darüber sagt.'
	},
	quote: {
		show: 'Im Artikel zeigen',
		original: 'Im Original öffnen'
	},
	undated: {
		heading: 'Im Artikel ohne Datum',
		pages: (again) => `Seiten der Ereignisse ohne Datum${again ? ', unten' : ''}`,
		range: (from, to, total) => `${from}–${to} von ${total}`,
		beyond: 'Datiert, aber außerhalb des Zeitraums, den die Zeitleiste zeichnen kann'
	},
	article: {
		untitled: 'Artikel',
		publishedDate: 'd. MMMM y',
		published: (date) => `Veröffentlicht am ${date}`,
		original: 'Originalseite',
		legendSample: 'Unterstrichene Stellen',
		legendRest: ' berichten von einem Ereignis: eine wählen, um es auf der Zeitleiste zu sehen.',
		quotedBy: ' Ereignisse zitieren diese Worte',
		choices: 'Diese Worte berichten von:',
		pages: (again) => `Teile des Textes${again ? ', unten' : ''}`,
		part: (position, total) => `Teil ${position} von ${total}`,
		earlier: 'Text davor',
		later: 'Text danach'
	},
	list: {
		heading: 'Alle Ereignisse der Reihe nach',
		pages: (again) => `Seiten der Ereignisliste${again ? ', unten' : ''}`,
		range: (from, to, total) => `Ereignisse ${from}–${to} von ${total}`
	},
	pager: {
		first: 'Anfang',
		previous: 'Zurück',
		next: 'Weiter',
		last: 'Ende',
		noScript: 'Die übrigen Seiten brauchen JavaScript.'
	},
	explorer: {
		empty: 'Diese Zeitleiste hat noch keine Ereignisse.',
		showArticle: 'Artikel einblenden',
		hideArticle: 'Artikel ausblenden',
		listAll: (count, n) =>
			n === 1 ? 'Das Ereignis als Liste' : `Alle ${count} Ereignisse als Liste`
	},
	load: {
		loading: 'Die Zeitleiste wird geladen …',
		failed: 'Diese Zeitleiste konnte nicht geladen werden',
		unusable: 'Diese Datei ist keine verwendbare Zeitleiste',
		errors: (count, n) =>
			`${count} ${n === 1 ? 'Problem' : 'Probleme'} in dieser Datei: Betroffenes wird ausgelassen`,
		warnings: (count, n) =>
			`${count} ${n === 1 ? 'Warnung' : 'Warnungen'}: Diese Teile der Datei wurden übergangen`
	},
	problems: {
		list: 'Probleme, nach ihrer Stelle in der Datei',
		warning: 'Warnung:',
		more: (count, n) => `… und ${count} ${n === 1 ? 'weiteres' : 'weitere'}.`,
		omitted: (count, n) =>
			`Nicht in der Zeitleiste: ${count} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`
	},
	embedDialog: {
		open: 'Einbetten',
		heading: 'Diese Zeitleiste einbetten',
		close: 'Schließen',
		intro: (withEvent) =>
			`Einen dieser Codes in die eigene Seite einfügen.${withEvent ? ' Die Zeitleiste öffnet sich beim jetzt gewählten Ereignis.' : ''}`,
		iframe: 'Ein iframe, das seine Größe selbst anpasst',
		iframeHint: 'Funktioniert auf jeder Seite und in jedem CMS, das HTML erlaubt.',
		element: 'Eine Web Component',
		elementHint:
			'Erscheint direkt in der Seite, in einer eigenen Shadow Root; das Event „select“ meldet jede Auswahl.',
		copy: 'Kopieren',
		copied: 'In die Zwischenablage kopiert.'
	},
	element: {
		dataFrom: 'Daten von ',
		invalidAddress: 'einer ungültigen Adresse',
		explorer: 'In der Vollansicht öffnen',
		by: 'Zeitleiste von '
	},
	page: {
		title: (timeline) => (timeline ? `${timeline} · Sourceline` : 'Sourceline'),
		description:
			'Eine Zeitleiste, in der jedes Ereignis mit den Worten verknüpft ist, die davon berichten.',
		skip: 'Zur Zeitleiste springen',
		heading: 'Zeitleiste',
		dataFrom: 'Daten von ',
		invalidAddress: 'einer ungültigen Adresse',
		back: 'Zurück zur Standard-Zeitleiste',
		noScript:
			'Ohne JavaScript zeigt diese Seite ihre eigene Zeitleiste als Grafik und als Liste; um Ereignisse zu wählen, zu zoomen oder mit ?src= eine andere Datei zu laden, braucht es JavaScript.',
		missing: (id) => `Diese Zeitleiste hat kein Ereignis „${id}“.`,
		footer: 'Jedes Ereignis ist mit den Worten verknüpft, die davon berichten.',
		format: 'Das Datenformat',
		data: 'Die Daten dieser Zeitleiste'
	},
	links: {
		newTab: ' (neuer Tab)'
	}
};
