import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page, or only on what `within` selects (quicker, where the rest of the page
 * is tested elsewhere), and returns each violation as one readable line.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    type Run = (c: Document | { include: string[] }) => Promise<{ violations: Violation[] }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    return (await axe.run(selector ? { include: [selector] } : document)).violations;
  }, within);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
