import axe from 'axe-core';

/**
 * axe-core over the rendered screen, each violation as one readable line. The page around it
 * (title, language) is index.html's, which the browser tests check; jsdom lays nothing out, so
 * colour contrast is left to them too.
 */
export async function axeViolations(): Promise<string[]> {
  const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
