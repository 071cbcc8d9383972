/**
 * The standalone module: `<script type="module" src="…/sourceline.js">` defines
 * <sourceline-timeline>. Built by vite.element.config.ts from the explorer's components.
 */
import SourcelineTimeline from './SourcelineTimeline.svelte';

// A page may load the module twice (two snippets, or two versions): define it once.
const element = (SourcelineTimeline as unknown as { element?: CustomElementConstructor }).element;
if (element && !customElements.get('sourceline-timeline'))
	customElements.define('sourceline-timeline', element);

export default SourcelineTimeline;
