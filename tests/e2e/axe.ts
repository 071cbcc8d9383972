import type { Page } from '@playwright/test';
import { createRequire } from 'node:module';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface Violation {
	id: string;
	impact: string | null;
	nodes: string[];
}

/** Runs axe-core in the page (open shadow roots included) and returns its WCAG A/AA violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
	await page.addScriptTag({ path: axeSource });
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object
					) => Promise<{
						violations: {
							id: string;
							impact: string | null;
							nodes: { target: unknown[]; failureSummary?: string }[];
						}[];
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			nodes: v.nodes
				.slice(0, 5)
				.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`)
		}));
	}, WCAG);
}
