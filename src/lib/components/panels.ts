import type { Component, ComponentProps } from 'svelte';
import EventList from './EventList.svelte';
import SourcePanel from './SourcePanel.svelte';

/**
 * The article and the list of an explorer. The site draws them with the page; the web
 * component passes its own, fetched when the reader first opens them.
 */
export interface Panels {
	SourcePanel: Component<ComponentProps<typeof SourcePanel>>;
	EventList: Component<ComponentProps<typeof EventList>>;
}

/** The panels bundled with the page. */
export const eagerPanels: Panels = { SourcePanel, EventList };
