/**
 * The /embed page's side of the message API with the page that frames it:
 * posts sourceline:ready, sourceline:select and sourceline:resize, and takes
 * sourceline:select and sourceline:hello from its parent frame only.
 */
export interface ParentLink {
	/** The timeline is drawn (ids of its events), or could not be loaded (error). */
	ready(state: { ids: string[]; title?: string; error?: string }): void;
	selected(id: string): void;
	/**
	 * Reports the document's height whenever it changes and then holds, so the host never
	 * sees a passing one; not while `busy` (a chunk that will change it is on its way).
	 * Returns a stop function.
	 */
	watchHeight(busy?: () => boolean): () => void;
	disconnect(): void;
}

/** Painted frames a height must hold before it is sent. */
const QUIET = 3;

export function connectParent({ select }: { select: (id: string) => void }): ParentLink | null {
	if (typeof window === 'undefined' || window.parent === window) return null;
	// The messages carry only ids, a title and a height, so any origin may hear them; what
	// the parent sends is checked for shape, and unknown ids are ignored by `select`.
	const post = (message: Record<string, unknown>) => window.parent.postMessage(message, '*');
	let readyMessage: Record<string, unknown> | null = null;
	let height = -1;
	const onmessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const data: unknown = event.data;
		if (typeof data !== 'object' || data === null) return;
		const { type, id } = data as { type?: unknown; id?: unknown };
		if (type === 'sourceline:select' && typeof id === 'string') select(id);
		// A host script that arrived late asks again for what it missed.
		if (type === 'sourceline:hello') {
			if (readyMessage) post(readyMessage);
			if (height >= 0) post({ type: 'sourceline:resize', height });
		}
	};
	window.addEventListener('message', onmessage);
	return {
		ready(state) {
			readyMessage = { type: 'sourceline:ready', ...state };
			post(readyMessage);
		},
		selected: (id) => post({ type: 'sourceline:select', id }),
		watchHeight(busy = () => false) {
			const root = document.documentElement;
			const measure = () => Math.ceil(root.getBoundingClientRect().height);
			let frame = 0;
			let timer: ReturnType<typeof setTimeout> | undefined;
			let checking = false;
			// A height is sent once it has held through QUIET painted frames: the explorer
			// draws in steps a frame apart, and the host page should move once, not per step.
			const check = (last: number, quiet: number) => {
				frame = requestAnimationFrame(() => {
					timer = setTimeout(() => {
						const next = measure();
						if (next !== last) return check(next, 0);
						if (quiet + 1 < QUIET || busy()) return check(next, quiet + 1);
						checking = false;
						if (next === height) return;
						height = next;
						post({ type: 'sourceline:resize', height });
					});
				});
			};
			const observer = new ResizeObserver(() => {
				if (checking) return;
				checking = true;
				check(measure(), 0);
			});
			observer.observe(root);
			return () => {
				observer.disconnect();
				cancelAnimationFrame(frame);
				clearTimeout(timer);
				checking = false;
			};
		},
		disconnect: () => window.removeEventListener('message', onmessage)
	};
}
