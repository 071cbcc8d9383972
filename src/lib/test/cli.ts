/** Runs the command-line tools as an author would, from the repository root (node only). */
import { spawnSync } from 'node:child_process';

/** Runs `tsx scripts/validate.ts` with these arguments, from the repository root. */
export function runValidate(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
