/**
 * The custom properties a host may set to theme a timeline, and the reading of the same
 * from /embed's address, where every value is checked to be what it claims (a colour, a
 * list of font names) before it reaches a style: an address is text, never CSS.
 */

/** The colours a host may set, by the name of their custom property without `--sl-`. */
export const THEME_COLOURS = [
	'bg',
	'surface',
	'fg',
	'muted',
	'border',
	'border-strong',
	'grid',
	'accent',
	'focus',
	'mark',
	'mark-faded',
	'selected',
	'selected-faded',
	'hover',
	'evidence',
	'highlight',
	'highlight-fg',
	'highlight-edge',
	'warn-bg',
	'warn-edge',
	'error-bg',
	'error-edge'
] as const;

/** The font family of all text, as the custom property `--sl-font`. */
export const THEME_FONT = 'font';

/** A custom property to set on the element, and its value. */
export interface ThemeDeclaration {
	property: `--sl-${string}`;
	value: string;
}

export interface ThemeQuery {
	declarations: ThemeDeclaration[];
	/** Why a parameter was ignored, one message each. */
	ignored: string[];
}

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** Keywords that are no colour of their own: they take one from elsewhere. */
const NOT_A_COLOUR = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);
/** One font name, bare or quoted: letters, digits, spaces and hyphens only. */
const FAMILY = /^(?:[\p{L}\p{N} -]+|"[\p{L}\p{N} -]+"|'[\p{L}\p{N} -]+')$/u;

/** Whether the browser knows a word as a colour ("rebeccapurple"); in Node, any word passes. */
type Supports = (property: string, value: string) => boolean;
const browserSupports: Supports = (property, value) =>
	typeof CSS === 'undefined' || CSS.supports(property, value);

/** A hex colour, or a colour keyword the browser knows. */
function colour(value: string, supports: Supports): string | null {
	if (HEX.test(value)) return value;
	const word = value.toLowerCase();
	if (/^[a-z]{3,30}$/.test(word) && !NOT_A_COLOUR.has(word) && supports('color', word)) return word;
	return null;
}

/**
 * A colour for both schemes ("#c2410c"), or one for light and one for dark, comma
 * separated ("#c2410c,#fb923c"), as CSS; null when it is anything else.
 */
export function themeColour(value: string, supports: Supports = browserSupports): string | null {
	const parts = value.split(',').map((part) => part.trim());
	if (parts.length > 2) return null;
	const colours = parts.map((part) => colour(part, supports));
	if (colours.some((c) => c === null)) return null;
	return colours.length === 1 ? colours[0]! : `light-dark(${colours[0]}, ${colours[1]})`;
}

/** A comma-separated list of font names ("Georgia, serif"), as CSS; null when it is anything else. */
export function themeFont(value: string): string | null {
	if (value.length > 200) return null;
	const families = value.split(',').map((family) => family.trim());
	return families.every((family) => FAMILY.test(family) && /\S/.test(family))
		? families.join(', ')
		: null;
}

/** The theme asked for by /embed's query: `?accent=%23c2410c&font=Georgia,serif`. */
export function themeQuery(
	params: URLSearchParams,
	supports: Supports = browserSupports
): ThemeQuery {
	const declarations: ThemeDeclaration[] = [];
	const ignored: string[] = [];
	for (const name of [...THEME_COLOURS, THEME_FONT]) {
		const raw = params.get(name);
		if (raw === null) continue;
		const value = name === THEME_FONT ? themeFont(raw) : themeColour(raw, supports);
		if (value === null)
			ignored.push(
				`Sourceline: ?${name}=${JSON.stringify(raw)} is ignored: ` +
					(name === THEME_FONT
						? 'give font names separated by commas, such as Georgia, serif'
						: 'give a colour such as #c2410c or teal, or two for light and dark: #c2410c,#fb923c')
			);
		else declarations.push({ property: `--sl-${name}`, value });
	}
	return { declarations, ignored };
}
