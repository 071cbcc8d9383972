/** Words of a title that say little in an id. */
const FILLER = new Set([
	'a',
	'an',
	'the',
	'of',
	'to',
	'in',
	'on',
	'at',
	'and',
	'for',
	'with',
	'by'
]);

/**
 * Short, readable ids, unique within one draft and matching the format's id pattern
 * (lowercase letters, digits and single hyphens): "putin-netanyahu-spoke-phone".
 */
export class Ids {
	readonly #used = new Set<string>();
	/** The next number to try after each base, so a thousand "on Monday" titles stay linear. */
	readonly #next = new Map<string, number>();

	next(title: string): string {
		const words = title
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9\s-]/g, '')
			.split(/[\s-]+/)
			.filter((word) => word !== '' && !FILLER.has(word))
			.slice(0, 4);
		const base = words.join('-').slice(0, 48).replace(/-+$/, '') || 'event';
		let id = base;
		let n = this.#next.get(base) ?? 2;
		for (; this.#used.has(id); n++) id = `${base}-${n}`;
		this.#next.set(base, n);
		this.#used.add(id);
		return id;
	}
}
