import type { BrowserContext } from 'playwright-core';

/**
 * Every violation of the policy in any page of `context`, as the page hears it
 * (securitypolicyviolation) and as Chromium reports it on the console.
 */
export async function recordViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('hubstepsViolation', (_source, line: string) => {
    seen.push(line);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { hubstepsViolation: (line: string) => void }).hubstepsViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
    );
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  return seen;
}
