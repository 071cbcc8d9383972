/** The bench's command line: which parts run, at which sizes, how often, on which port. */
import { parseArgs } from 'node:util';
import { TOOLS, type Tool } from './figures.ts';

/** From this many events on, a run takes long enough that fewer of them do. */
export const LARGE = 100_000;
const PARTS = ['browsers', 'fix', 'draft'] as const;

export interface Options {
	parts: readonly (typeof PARTS)[number][];
	sizes: number[];
	runs: number;
	/** Runs at LARGE events and more. */
	largeRuns: number;
	tools: Tool[];
	/** The most events vis-timeline gets: past 10,000 it times out without drawing. */
	visMax: number;
	/** Quotes to fill in with `validate --fix`, one timeline per count. */
	fixSizes: number[];
	port: number;
}

export const USAGE = `usage: npm run bench -- [--parts browsers,fix,draft] [--sizes 100,1000,10000,100000]
  [--runs 5] [--large-runs 3] [--tools sourceline,vis] [--vis-max 10000]
  [--fix-sizes 10000,100000] [--port 4300]`;

export function options(args = process.argv.slice(2)): Options {
	const wrong = (message: string): never => {
		console.error(`bench: ${message}\n${USAGE}`);
		process.exit(2);
	};
	let values;
	try {
		values = parseArgs({
			args,
			options: {
				parts: { type: 'string', default: PARTS.join(',') },
				sizes: { type: 'string', default: '100,1000,10000,100000' },
				runs: { type: 'string', default: '5' },
				'large-runs': { type: 'string', default: '3' },
				tools: { type: 'string', default: TOOLS.join(',') },
				'vis-max': { type: 'string', default: '10000' },
				'fix-sizes': { type: 'string', default: '10000,100000' },
				port: { type: 'string', default: '4300' }
			}
		}).values;
	} catch (error) {
		return wrong((error as Error).message);
	}
	const counts = (name: string, text: string) => {
		const list = text.split(',').map(Number);
		if (list.some((n) => !Number.isInteger(n) || n < 1))
			wrong(`--${name} takes whole numbers, comma-separated, as 100,1000: ${text}`);
		return list;
	};
	const count = (name: string, text: string) => {
		const n = Number(text);
		if (!Number.isInteger(n) || n < 1) wrong(`--${name} takes a whole number: ${text}`);
		return n;
	};
	const parts = values.parts.split(',');
	if (parts.some((p) => !(PARTS as readonly string[]).includes(p)))
		wrong(`--parts takes ${PARTS.join(' and/or ')}, comma-separated: ${values.parts}`);
	const tools = values.tools.split(',');
	if (tools.some((t) => !(TOOLS as readonly string[]).includes(t)))
		wrong(`--tools takes ${TOOLS.join(' and/or ')}, comma-separated: ${values.tools}`);
	const port = Number(values.port);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		wrong(`--port takes a port number: ${values.port}`);
	return {
		parts: PARTS.filter((p) => parts.includes(p)),
		sizes: counts('sizes', values.sizes),
		runs: count('runs', values.runs),
		largeRuns: count('large-runs', values['large-runs']),
		tools: TOOLS.filter((t) => tools.includes(t)),
		visMax: count('vis-max', values['vis-max']),
		fixSizes: counts('fix-sizes', values['fix-sizes']),
		port
	};
}

export const runsAt = (o: Options, size: number) => (size >= LARGE ? o.largeRuns : o.runs);
export const toolsAt = (o: Options, size: number) =>
	o.tools.filter((tool) => tool !== 'vis' || size <= o.visMax);
