/**
 * Stands in for d3-time-format inside d3-scale (see scripts/scale-formats.ts). A time scale
 * makes its default tick formats when it is created, so d3-scale imports that module's
 * locale tables and parser; Sourceline labels ticks with date-fns (ticks.ts) and never asks
 * a scale for its `tickFormat`, so those 9 KB would reach every reader for nothing. Making a
 * format here is free; using one says why it is missing.
 */
function missing(specifier: string): (date: Date) => string {
	return () => {
		throw new Error(
			`a d3 time scale's tickFormat ("${specifier}") is not built into Sourceline: label ticks with tickLabel() in src/lib/timeline/ticks.ts`
		);
	};
}

export const timeFormat = missing;
export const utcFormat = missing;
