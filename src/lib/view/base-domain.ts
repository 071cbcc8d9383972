const DAY = 86_400_000;

/** The padded time domain that holds every dated event. */
export function baseDomain(extent: [Date, Date] | null): [Date, Date] {
	if (!extent) return [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];
	const [start, end] = extent;
	const pad = Math.max((end.getTime() - start.getTime()) * 0.04, DAY);
	return [new Date(start.getTime() - pad), new Date(end.getTime() + pad)];
}
