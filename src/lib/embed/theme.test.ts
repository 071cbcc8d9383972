import { describe, expect, it } from 'vitest';
import { themeColour, themeFont, themeQuery } from './theme.ts';

/** The browser's CSS.supports('color', …) for the few words these tests use. */
const supports = (_property: string, value: string) =>
	['teal', 'rebeccapurple', 'inherit', 'currentcolor'].includes(value);

describe('themeColour', () => {
	it.each([
		['#c2410c', '#c2410c'],
		['#FFF', '#FFF'],
		['#11223344', '#11223344'],
		['Teal', 'teal'],
		['#c2410c,#fb923c', 'light-dark(#c2410c, #fb923c)'],
		[' teal , #000 ', 'light-dark(teal, #000)']
	])('takes %j as %j', (value, expected) => {
		expect(themeColour(value, supports)).toBe(expected);
	});

	it.each([
		'',
		'#12',
		'#12345',
		'#ggg',
		'red; background: url(x)',
		'url(https://evil.example/x.png)',
		'var(--sl-fg)',
		'rgb(1 2 3)',
		'expression(alert(1))',
		'inherit',
		'nosuchcolour',
		'#000,#fff,#000',
		'#000,',
		'teal</style><script>'
	])('refuses %j', (value) => {
		expect(themeColour(value, supports)).toBeNull();
	});
});

describe('themeFont', () => {
	it.each([
		['Georgia, serif', 'Georgia, serif'],
		['"Source Serif 4",serif', '"Source Serif 4", serif'],
		["'Noto Sans JP', sans-serif", "'Noto Sans JP', sans-serif"],
		['Ubuntu', 'Ubuntu']
	])('takes %j as %j', (value, expected) => {
		expect(themeFont(value)).toBe(expected);
	});

	it.each([
		'',
		'Georgia,',
		'Georgia; color: red',
		'"Georgia',
		'Georgia", x',
		'url(x)',
		'a'.repeat(201),
		'Georgia\\, serif'
	])('refuses %j', (value) => {
		expect(themeFont(value)).toBeNull();
	});
});

describe('themeQuery', () => {
	it('reads known names into custom properties and names each value it ignores', () => {
		const params = new URLSearchParams(
			'accent=%23c2410c&bg=%23000,%23fff&font=Georgia,serif&fg=red;x:y&src=a.json&color=teal'
		);
		const before = params.toString();
		expect(themeQuery(params, supports)).toEqual({
			declarations: [
				{ property: '--sl-bg', value: 'light-dark(#000, #fff)' },
				{ property: '--sl-accent', value: '#c2410c' },
				{ property: '--sl-font', value: 'Georgia, serif' }
			],
			ignored: [
				'Sourceline: ?fg="red;x:y" is ignored: give a colour such as #c2410c or teal, or two for light and dark: #c2410c,#fb923c'
			]
		});
		expect(params.toString()).toBe(before);
	});

	it('asks for nothing when the address names no theme', () => {
		expect(themeQuery(new URLSearchParams('src=a.json&event=x'), supports)).toEqual({
			declarations: [],
			ignored: []
		});
	});
});
