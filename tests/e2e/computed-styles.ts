import type { Page } from 'playwright-core';

/** What a missing or reordered style sheet changes, as a person would see it. */
const PROPERTIES = [
  'display',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-size',
  'font-weight',
  'color',
  'background-color',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) =>
    ['width', 'style', 'color'].map((p) => `border-${side}-${p}`),
  ),
];

/** Headings, labels, hints, messages, buttons and links: everything on screen that has words or a class. */
const SEEN =
  'h1, h2, h3, label, legend, p, button, a, input, select, fieldset, li, [role="alert"], [role="status"], [class]';

/**
 * The computed styles of every heading, label, hint, message, button and link of the screen, by
 * where each sits in the page (`main>p:nth-child(3)`), so two visits of the same screen in the
 * same state compare one to one.
 */
export function screenStyles(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ({ properties, seen }) => {
      const root = document.getElementById('app');
      if (!root) throw new Error('No #app in the page');
      const where = (el: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
          const index = e.parentElement ? [...e.parentElement.children].indexOf(e) + 1 : 1;
          const classes = (e.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
          parts.unshift(`${[e.tagName.toLowerCase(), ...classes].join('.')}:nth-child(${index})`);
        }
        return parts.join('>');
      };
      const styles: Record<string, Record<string, string>> = {};
      for (const el of root.querySelectorAll(seen)) {
        const computed = getComputedStyle(el);
        styles[where(el)] = Object.fromEntries(properties.map((p) => [p, computed.getPropertyValue(p)]));
      }
      return styles;
    },
    { properties: PROPERTIES, seen: SEEN },
  );
}
