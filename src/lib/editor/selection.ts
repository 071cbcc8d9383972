import type { TextRange } from '../timeline/types.ts';

/**
 * The index in the article's text of a boundary point of a DOM selection. Every text node of
 * the article sits in an element whose data-from says where it starts; a boundary between
 * elements takes the start of the next such element (or the text's end).
 */
function indexAt(root: HTMLElement, node: Node, offset: number, length: number): number {
	if (node.nodeType === Node.TEXT_NODE) {
		const holder = node.parentElement?.closest<HTMLElement>('[data-from]');
		if (holder && root.contains(holder)) return Number(holder.dataset.from) + offset;
	}
	const point = document.createRange();
	point.setStart(node, offset);
	for (const holder of root.querySelectorAll<HTMLElement>('[data-from]'))
		if (point.comparePoint(holder, 0) >= 0) return Number(holder.dataset.from);
	return length;
}

/** The part of the article's text the reader has selected in `root`, or null. */
export function selectedRange(root: HTMLElement, length: number): TextRange | null {
	const selection = getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	if (!range.intersectsNode(root)) return null;
	const inside = (node: Node) => root.contains(node);
	const from = inside(range.startContainer)
		? indexAt(root, range.startContainer, range.startOffset, length)
		: 0;
	const to = inside(range.endContainer)
		? indexAt(root, range.endContainer, range.endOffset, length)
		: length;
	return to > from ? { from, to } : null;
}
