import { existsSync } from 'node:fs';

/** Debian's Chromium where it is installed (CHROMIUM_PATH overrides); Playwright's own elsewhere. */
export const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** As root Chromium needs --no-sandbox; the rest keeps it off the network and quiet. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];
