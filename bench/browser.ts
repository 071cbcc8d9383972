/**
 * A Chromium of its own for each run, so nothing a timed-out page is still doing reaches the
 * next run: closing the browser ends its renderer, and whatever outlives it is killed.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, executablePath } from '../tests/chromium.ts';
import { LATE, within } from './deadline.ts';

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath,
		args: [...chromiumArgs, '--enable-precise-memory-info']
	});
}

export async function close(browser: Browser) {
	const processes = await within(
		Date.now() + 5000,
		browser
			.newBrowserCDPSession()
			.then((cdp) => cdp.send('SystemInfo.getProcessInfo'))
			.then(({ processInfo }) => processInfo.map((p) => p.id))
	);
	await within(Date.now() + 30_000, browser.close());
	await reap(processes === LATE ? [] : processes);
}

/** Whether a process is still there (and not merely a zombie waiting to be collected). */
function alive(pid: number): boolean {
	try {
		return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

/**
 * Waits for a closed browser's processes to end, and kills any still there after a few
 * seconds: a renderer busy in a long task must not take CPU from the next run.
 */
async function reap(pids: number[]) {
	const until = Date.now() + 5000;
	while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
	for (const pid of pids.filter(alive)) {
		console.error(`killing Chromium process ${pid}, still running after its browser closed`);
		process.kill(pid, 'SIGKILL');
	}
}
