import type { FrameLocator, Locator, Page } from '@playwright/test';

/** The places of the explorer a reader finds by name: in a page, a frame or a shadow root. */
type Scope = Page | FrameLocator | Locator;

export const timeline = (scope: Scope) => scope.getByRole('region', { name: 'Timeline' });

/** The drawing: the group of dated events. */
export const drawing = (scope: Scope) =>
	timeline(scope).getByRole('group', { name: /dated events?$/ });

/** An event's mark in the drawing, by its accessible name ("title, date, 3 of 9"). */
export const mark = (scope: Scope, name: RegExp | string) =>
	timeline(scope).getByRole('link', { name });

/** The visible stretch of time, as a screen reader hears it: "Showing 3 Feb 2023 – …". */
export const range = (scope: Scope) => timeline(scope).getByText(/^Showing\s+\S/);

/** The heading of the selected event's details ("Choose an event" while none is). */
export const detailsHeading = (scope: Scope) => scope.locator('[id$="-details-heading"]');

export const list = (scope: Scope) => scope.getByRole('region', { name: 'All events, in order' });

/** The selected event's details: the region its heading names. */
export const details = (scope: Scope) =>
	scope.getByRole('region').filter({ has: detailsHeading(scope) });

/** The "+N" buttons ("3 more events, 12 Nov 2025 – …") for events with no room in the lanes. */
export const crowded = (scope: Scope) =>
	timeline(scope).getByRole('button', { name: /^[\d,]+ more events?, / });
