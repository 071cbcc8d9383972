import { untrack } from 'svelte';

/**
 * A long list read one page at a time, turned to the selected item's page wherever it was
 * selected (so a deep link or a mark lands on it). Made while a component initialises.
 */
export class Paging<T> {
	page = $state(0);
	readonly size: number;
	#items: () => readonly T[];

	constructor({
		items,
		size,
		selectedAt
	}: {
		items: () => readonly T[];
		size: number;
		/** The selected item's index in `items`, or -1 when it is not there. */
		selectedAt: () => number;
	}) {
		this.#items = items;
		this.size = size;
		$effect.pre(() => {
			const at = selectedAt();
			if (at >= 0) untrack(() => (this.page = Math.floor(at / size)));
		});
	}

	/** Page count; an empty list still has its one page. */
	get pages(): number {
		return Math.max(1, Math.ceil(this.#items().length / this.size));
	}

	/** The items on the page. */
	get shown(): readonly T[] {
		return this.#items().slice(this.page * this.size, (this.page + 1) * this.size);
	}

	/** 1-based position of the page's first item. */
	get first(): number {
		return this.page * this.size + 1;
	}

	/** 1-based position of the page's last item. */
	get last(): number {
		return Math.min(this.#items().length, (this.page + 1) * this.size);
	}

	turn = (to: number) => {
		this.page = to;
	};
}
