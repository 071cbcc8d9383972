import { createContext } from 'svelte';
import type { TimelineView } from './view.svelte';

/** The explorer's one view state, shared by its components. */
export const [getView, setView] = createContext<TimelineView>();
