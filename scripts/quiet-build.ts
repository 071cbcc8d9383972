/**
 * Runs a build command for `npm start` without the lines every build prints
 * (scripts/build-noise.ts): `tsx scripts/quiet-build.ts vite build --logLevel error`.
 * Errors go to stderr untouched, any other output passes, and the exit status is the
 * command's, so a failed build still stops `npm start` with its message.
 */
import { spawn } from 'node:child_process';
import { NoiseFilter } from './build-noise.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
	console.error('usage: tsx scripts/quiet-build.ts <command> [arguments]');
	process.exit(2);
}

const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'] });
const filter = new NoiseFilter((text) => process.stdout.write(text));
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk: string) => filter.push(chunk));
child.stdout.on('end', () => filter.end());
child.on('error', (error) => {
	console.error(`${command}: ${error.message}`);
	process.exitCode = 1;
});
child.on('close', (code, signal) => {
	process.exitCode = code ?? (signal ? 1 : 0);
	if (signal) console.error(`${command} was stopped by ${signal}`);
});
