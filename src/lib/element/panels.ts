import type { Panels } from '$lib/components/panels';
import LazyEventList from './LazyEventList.svelte';
import LazySourcePanel from './LazySourcePanel.svelte';

/** The panels of <sourceline-timeline>, each a chunk beside sourceline.js, fetched on first use. */
export const lazyPanels: Panels = { SourcePanel: LazySourcePanel, EventList: LazyEventList };
