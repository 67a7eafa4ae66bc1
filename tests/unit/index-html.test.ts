import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { databaseNamePlugin } from '../../build/index-html';
import { DB_NAME } from '../../src/store/schema';

/** Runs the plugin's page transform as Vite would on the page at `path`. */
function transform(html: string, path: string): string {
  const hook = databaseNamePlugin().transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  return hook.handler(html, { path, filename: path.slice(1) } as IndexHtmlTransformContext);
}

describe("the tablet's database name in the page", () => {
  it("is written into the app's wake-up script", () => {
    expect(transform('indexedDB.open("__HUBSTEPS_DB__")', '/index.html')).toBe(`indexedDB.open("${DB_NAME}")`);
  });

  it('stops the build if the app page no longer names it', () => {
    expect(() => transform('<p>no script</p>', '/index.html')).toThrow('index.html no longer names __HUBSTEPS_DB__');
  });

  it("leaves the coordinator's page alone: it opens no database (npm run dev serves it too)", () => {
    expect(transform('<p>Sign in</p>', '/coordinator/index.html')).toBe('<p>Sign in</p>');
  });
});
