/** UTF-16 units in each indexed run of text; most runs this long are rare in prose. */
const GRAM = 8;
/**
 * Scans of one text before it is indexed. Indexing costs about as much as this many scans,
 * so a source searched a few times is never indexed, and one searched often spends no more
 * on scans than its index costs.
 */
const SCANS = 32;

/**
 * Where each run of GRAM UTF-16 units starts in one text, so a search for a quote visits
 * only the places that share its rarest run instead of scanning the whole text. Starts
 * are chained by the run's hash: `first[h]` is the first start whose run hashes to h and
 * `next[i]` the start after i with the same hash, -1 ending a chain of `count[h]` starts.
 */
class RunIndex {
	readonly #text: string;
	readonly #bits: number;
	readonly #first: Int32Array;
	readonly #count: Int32Array;
	readonly #next: Int32Array;

	constructor(text: string) {
		this.#text = text;
		// About one bucket per start, from 2^10 to 2^20: larger tables spend more time
		// waiting on memory than they save in shorter chains.
		this.#bits = Math.min(20, Math.max(10, Math.ceil(Math.log2(text.length + 1))));
		this.#first = new Int32Array(1 << this.#bits).fill(-1);
		this.#count = new Int32Array(1 << this.#bits);
		this.#next = new Int32Array(Math.max(0, text.length - GRAM + 1));
		// Backwards, so that each chain runs in text order.
		for (let i = text.length - GRAM; i >= 0; i--) {
			const hash = this.#hash(text, i);
			this.#next[i] = this.#first[hash]!;
			this.#first[hash] = i;
			this.#count[hash]!++;
		}
	}

	#hash(text: string, at: number): number {
		let hash = 0;
		for (let i = at; i < at + GRAM; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
		// Fibonacci hashing: the top bits of the product spread similar runs apart.
		return Math.imul(hash, 0x9e3779b1) >>> (32 - this.#bits);
	}

	/** Every UTF-16 index where `quote`, at least GRAM units long, occurs, in order. */
	indexesOf(quote: string): number[] {
		let rarest = 0;
		let fewest = Infinity;
		for (let at = 0; at + GRAM <= quote.length; at++) {
			const count = this.#count[this.#hash(quote, at)]!;
			if (count < fewest) {
				rarest = at;
				fewest = count;
			}
			// No run is rarer than one that occurs once (or never: then neither does the quote).
			if (fewest <= 1) break;
		}
		const found: number[] = [];
		for (let i = this.#first[this.#hash(quote, rarest)]!; i !== -1; i = this.#next[i]!)
			if (i >= rarest && this.#text.startsWith(quote, i - rarest)) found.push(i - rarest);
		return found;
	}
}

/**
 * Finds every place a string occurs in one text. The first searches scan the text; after
 * SCANS of them it is indexed, so a file of thousands of quotes without offsets takes
 * time in proportion to its size rather than to quotes × text.
 */
export class TextSearch {
	readonly text: string;
	#scans = 0;
	#index: RunIndex | null = null;

	constructor(text: string) {
		this.text = text;
	}

	/** The index, once the text has been scanned often enough for a quote this long. */
	#indexFor(quote: string): RunIndex | null {
		if (quote.length < GRAM) return null;
		if (!this.#index && ++this.#scans > SCANS) this.#index = new RunIndex(this.text);
		return this.#index;
	}

	/** Every UTF-16 index where `quote` occurs, in order, overlapping occurrences included. */
	indexesOf(quote: string): number[] {
		const index = this.#indexFor(quote);
		if (index) return index.indexesOf(quote);
		const found: number[] = [];
		for (let i = this.text.indexOf(quote); i !== -1; i = this.text.indexOf(quote, i + 1))
			found.push(i);
		return found;
	}

	includes(quote: string): boolean {
		const index = this.#indexFor(quote);
		return index ? index.indexesOf(quote).length > 0 : this.text.includes(quote);
	}
}
