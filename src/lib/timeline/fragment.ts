/** Percent-encodes one term of a text directive; `-`, `,` and `&` have meanings there. */
function term(text: string): string {
	return encodeURIComponent(text.replace(/\s+/g, ' ').trim()).replace(/-/g, '%2D');
}

/** Word runs at which a long quote is cut into textStart,textEnd. */
const EDGE_WORDS = 6;

/**
 * A link to a quote on the original page through a URL text fragment
 * (`#:~:text=start,end`), so the browser scrolls to and highlights the sentence.
 * Long quotes are cut to their first and last words, which keeps URLs short.
 */
export function textFragmentUrl(url: string, quote: string): string {
	const words = quote.trim().split(/\s+/);
	const directive =
		words.length > EDGE_WORDS * 2 + 2
			? `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`
			: term(quote);
	const hash = url.indexOf('#');
	const base = hash === -1 ? url : url.slice(0, hash);
	const fragment = hash === -1 ? '' : url.slice(hash + 1).split(':~:')[0];
	return `${base}#${fragment}:~:text=${directive}`;
}
