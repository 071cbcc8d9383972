/** Folds what people retype differently: case, curly and straight quotes, dashes, runs of spaces. */
export function loosen(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ');
}
