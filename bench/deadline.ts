export const LATE = Symbol('late');

/** The work's result, or LATE once the deadline passes; the work is left to fail quietly. */
export async function within<T>(deadline: number, work: Promise<T>): Promise<T | typeof LATE> {
	work.catch(() => {});
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<typeof LATE>((done) => {
		timer = setTimeout(() => done(LATE), Math.max(0, deadline - Date.now()));
	});
	try {
		return await Promise.race([work, late]);
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError') return LATE;
		throw error;
	} finally {
		clearTimeout(timer);
	}
}
