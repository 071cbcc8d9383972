/** A figure as the tables print it: whole numbers from 100 up, one decimal below. */
export const number = (v: number) =>
	v === Infinity
		? 'timeout'
		: v.toLocaleString('en', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 });
