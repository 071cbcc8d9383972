/**
 * The lines SvelteKit and adapter-static print on every successful build, whatever the
 * log level: advice to run `npm run preview` and a note of where the site was written.
 * Someone running `npm start` needs neither; they need the address, which follows.
 */
const NOISE = [
	/^Run npm run preview to preview your production build locally\.$/,
	/^> Using @sveltejs\/adapter-static$/,
	/^Wrote site to ".*"$/,
	/^✔ done$/
];

// Colours, when a terminal is forced: kleur writes only SGR sequences, which start with ESC.
// eslint-disable-next-line no-control-regex -- ESC is the very character to match
const COLOUR = /\x1b\[[0-9;]*m/g;

/** Whether a line of build output is one of those lines. */
export function isNoise(line: string): boolean {
	const plain = line.replace(COLOUR, '').trim();
	return NOISE.some((pattern) => pattern.test(plain));
}

/**
 * Passes text on line by line without the noise. Blank lines are held until the next line
 * shows whether they only spaced out the noise (then they go with it); any other line,
 * a warning above all, passes as it came.
 */
export class NoiseFilter {
	#partial = '';
	#blank: string[] = [];
	readonly #write: (text: string) => void;

	constructor(write: (text: string) => void) {
		this.#write = write;
	}

	push(chunk: string): void {
		const lines = (this.#partial + chunk).split('\n');
		this.#partial = lines.pop()!;
		for (const line of lines) this.#line(line);
	}

	/** Flushes the last line, when the text did not end in a line break, and held blanks. */
	end(): void {
		if (this.#partial !== '') this.#line(this.#partial, '');
		this.#partial = '';
		if (this.#blank.length > 0) this.#write(this.#blank.join(''));
		this.#blank = [];
	}

	#line(line: string, eol = '\n'): void {
		if (line.replace(COLOUR, '').trim() === '') {
			this.#blank.push(line + eol);
			return;
		}
		const held = this.#blank.join('');
		this.#blank = [];
		if (!isNoise(line)) this.#write(held + line + eol);
	}
}
