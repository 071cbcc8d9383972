/**
 * The drawing as SVG text that is the same on every machine: attributes in name order,
 * decimals rounded to 0.1, Svelte's scoping classes dropped and ids numbered in document
 * order. The styles that make the picture are written inline from the computed style, so
 * the file opens as what the reader sees; none of them depends on a font's metrics.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties the drawing's CSS sets, each inherited unless noted. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'visibility'
];
const NOT_INHERITED = ['opacity', 'display'];
/** Values of those that draw as if unset (Chromium computes `display` of SVG text as block). */
const DRAWN_AS_UNSET = new Set(['opacity: 1', 'display: inline', 'display: block']);

const round = (text: string) =>
	text.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10 || 0));

/**
 * What CSS sets on an element beyond what it inherits, as a style attribute's value; the
 * root says all it passes on, as a file opened alone inherits nothing.
 */
function ownStyle(element: Element, root: boolean): string {
	const style = getComputedStyle(element);
	const parent = !root && element.parentElement && getComputedStyle(element.parentElement);
	const own: string[] = [];
	for (const name of INHERITED) {
		const value = style.getPropertyValue(name);
		if (!parent || parent.getPropertyValue(name) !== value) own.push(`${name}: ${value}`);
	}
	for (const name of NOT_INHERITED) {
		const property = `${name}: ${style.getPropertyValue(name)}`;
		if (!DRAWN_AS_UNSET.has(property)) own.push(property);
	}
	return own.join('; ');
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Serializes an SVG element. `ids` names every id of the page the drawing refers to (its
 * own and, through aria-describedby, the hint beside it) by its place in the document.
 */
export function serializeSvg(svg: SVGSVGElement, extra: string[] = []): string {
	const ids = new Map<string, string>();
	for (const element of svg.ownerDocument.querySelectorAll('[id]'))
		if (!ids.has(element.id)) ids.set(element.id, `id-${ids.size + 1}`);
	const renamed = (value: string) =>
		value
			.replace(/url\("?#([^")]+)"?\)/g, (all, id: string) =>
				ids.has(id) ? `url(#${ids.get(id)})` : all
			)
			.replace(/^#(.+)$/, (all, id: string) => (ids.has(id) ? `#${ids.get(id)}` : all));

	function attributes(element: Element): string {
		const pairs: [string, string][] = [];
		for (const { name, value } of element.attributes) {
			if (name === 'style') continue;
			if (name === 'class') {
				const classes = value.split(/\s+/).filter((c) => c && !c.startsWith('svelte-'));
				if (classes.length) pairs.push([name, classes.join(' ')]);
			} else if (name === 'id') pairs.push([name, ids.get(value)!]);
			else if (name === 'aria-labelledby' || name === 'aria-describedby')
				pairs.push([
					name,
					value
						.split(/\s+/)
						.map((id) => ids.get(id) ?? id)
						.join(' ')
				]);
			else pairs.push([name, round(renamed(value))]);
		}
		if (element === svg) pairs.push(['xmlns', SVG_NS]);
		const style = round(renamed(ownStyle(element, element === svg)));
		if (style) pairs.push(['style', style]);
		pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return pairs.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
	}

	function write(element: Element, indent: string): string[] {
		const tag = element.localName;
		const children = [...element.childNodes].filter(
			(node) =>
				node.nodeType === Node.ELEMENT_NODE ||
				(node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
		);
		const open = `${indent}<${tag}${attributes(element)}`;
		if (children.length === 0) return [`${open}/>`];
		if (children.every((node) => node.nodeType === Node.TEXT_NODE))
			return [`${open}>${escape(element.textContent!.replace(/\s+/g, ' ').trim())}</${tag}>`];
		const lines = [`${open}>`];
		for (const node of children)
			if (node.nodeType === Node.TEXT_NODE)
				lines.push(`${indent}\t${escape(node.textContent!.replace(/\s+/g, ' ').trim())}`);
			else lines.push(...write(node as Element, `${indent}\t`));
		if (element === svg)
			for (const more of extra) lines.push(...more.split('\n').map((line) => `\t${line}`));
		lines.push(`${indent}</${tag}>`);
		return lines;
	}

	return write(svg, '').join('\n') + '\n';
}
