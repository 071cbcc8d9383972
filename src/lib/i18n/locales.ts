import type { Locale } from 'date-fns';

/**
 * Every date-fns locale, one chunk each, by lowercase tag ("de-at"). This table is itself
 * fetched only when a language other than English is asked for.
 */
const files = import.meta.glob<Locale>(
	[
		'/node_modules/date-fns/locale/*.js',
		'!/node_modules/date-fns/locale/{cdn,cdn.min,types,en-*}.js'
	],
	{ import: 'default' }
);

export const locales = new Map(
	Object.entries(files).map(([path, load]) => [
		path.slice(path.lastIndexOf('/') + 1, -'.js'.length).toLowerCase(),
		load
	])
);
