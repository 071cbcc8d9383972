/**
 * The standalone module: `<script type="module" src="…/sourceline.js">` defines
 * <sourceline-timeline>. Built by vite.element.config.ts from the explorer's components.
 */
import SourcelineTimeline from './SourcelineTimeline.svelte';

export default SourcelineTimeline;
