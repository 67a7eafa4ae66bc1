/**
 * Runs in the page: finds the visible control a person would use by its role and accessible
 * name, marks it with data-pick so the driver can click it with real input, and returns
 * whether it was found. Names follow the simple rules Hubsteps' controls use: the text of a
 * button or link, the label of a box or choice. A control named by all it shows (a mail app's
 * inbox row) is found by `pattern`, a regular expression's source, instead of its whole name.
 */
export function markControl(role: string, name: string, pattern: string | null = null): boolean {
  // Commas aside: browsers' date formats differ in them ("Tuesday, 14 January" in WebKit's
  // older ICU), and a person finds the same control either way.
  const clean = (s: string | null | undefined) => (s ?? '').replace(/[,،]/g, ' ').replace(/\s+/g, ' ').trim();
  const visibleText = (el: Element): string =>
    clean(
      [...el.childNodes]
        .map((n) =>
          n.nodeType === Node.TEXT_NODE
            ? n.textContent
            : n instanceof Element && n.getAttribute('aria-hidden') !== 'true'
              ? visibleText(n)
              : '',
        )
        .join(' '),
    );
  const labelOf = (el: HTMLElement): string => {
    const id = el.getAttribute('id');
    const label = el.closest('label') ?? (id ? document.querySelector(`label[for="${id}"]`) : null);
    return label ? visibleText(label) : clean(el.getAttribute('aria-label'));
  };
  const selectors: Record<string, string> = {
    button: 'button, [role="button"]',
    link: 'a[href]',
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    textbox: 'input[type="text"], textarea',
  };
  for (const old of document.querySelectorAll('[data-pick]')) old.removeAttribute('data-pick');
  const candidates = [...document.querySelectorAll<HTMLElement>(selectors[role] ?? role)];
  const found = candidates.find((el) => {
    const own = role === 'button' || role === 'link' ? visibleText(el) : labelOf(el);
    const aria = clean(el.getAttribute('aria-label'));
    const named = pattern
      ? new RegExp(pattern, 'u').test(own) || new RegExp(pattern, 'u').test(aria)
      : own === clean(name) || aria === clean(name);
    return named && el.getClientRects().length > 0;
  });
  if (!found) return false;
  // A choice is tapped where a person taps it: its label (the picture, the words).
  const target = role === 'radio' || role === 'checkbox' ? (found.closest('label') ?? found) : found;
  target.setAttribute('data-pick', '');
  target.scrollIntoView({ block: 'center' });
  return true;
}
