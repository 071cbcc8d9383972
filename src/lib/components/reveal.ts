/**
 * Brings an element into the part of its scrolling panel the reader can see, scrolling only
 * the panel (the panel may be partly below the fold); the page itself scrolls only for a
 * focused element in a panel that does not scroll.
 */
export function revealInPanel({
	panel,
	element,
	focus,
	smooth
}: {
	panel: HTMLElement;
	element: HTMLElement;
	focus: boolean;
	smooth: boolean;
}): void {
	const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
	const panelBox = panel.getBoundingClientRect();
	const box = element.getBoundingClientRect();
	const visibleTop = Math.max(panelBox.top, 0);
	const visibleBottom = Math.min(panelBox.bottom, innerHeight);
	const seen = box.top >= visibleTop && box.bottom <= visibleBottom;
	if (!seen && panel.scrollHeight > panel.clientHeight + 1) {
		panel.scrollTo({ top: Math.max(0, panel.scrollTop + box.top - visibleTop - 16), behavior });
	} else if (!seen && focus) {
		element.scrollIntoView({ block: 'center', behavior });
	}
	if (focus) element.focus({ preventScroll: true });
}
