/**
 * The /embed page's side of the message API with the page that frames it:
 * posts sourceline:ready, sourceline:select and sourceline:resize, and takes
 * { type: "sourceline:select", id } from its parent frame only.
 */
export interface ParentLink {
	ready(ids: string[], title: string): void;
	selected(id: string): void;
	/** Reports the document's height whenever it changes; returns a stop function. */
	watchHeight(): () => void;
	disconnect(): void;
}

export function connectParent({ select }: { select: (id: string) => void }): ParentLink | null {
	if (typeof window === 'undefined' || window.parent === window) return null;
	// The messages carry only ids and a height, so any origin may hear them; what the
	// parent sends is checked for shape, and unknown ids are ignored by `select`.
	const post = (message: Record<string, unknown>) => window.parent.postMessage(message, '*');
	const onmessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const data: unknown = event.data;
		if (typeof data !== 'object' || data === null) return;
		const { type, id } = data as { type?: unknown; id?: unknown };
		if (type === 'sourceline:select' && typeof id === 'string') select(id);
	};
	window.addEventListener('message', onmessage);
	return {
		ready: (ids, title) => post({ type: 'sourceline:ready', ids, title }),
		selected: (id) => post({ type: 'sourceline:select', id }),
		watchHeight() {
			let last = -1;
			const root = document.documentElement;
			const observer = new ResizeObserver(() => {
				const height = Math.ceil(root.getBoundingClientRect().height);
				if (height === last) return;
				last = height;
				post({ type: 'sourceline:resize', height });
			});
			observer.observe(root);
			return () => observer.disconnect();
		},
		disconnect: () => window.removeEventListener('message', onmessage)
	};
}
