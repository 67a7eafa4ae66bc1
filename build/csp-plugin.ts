import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Every <script> of the page, its attributes and its text. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** A script loaded from a file (not plugin-legacy's data-src, which its inline text reads). */
const HAS_SRC = /\ssrc\s*=/i;
const META_CHARSET = /<meta charset="utf-8"\s*\/?>/i;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * What the page may do: load scripts, styles, pictures, fonts, recordings (read-aloud plays them
 * with new Audio), its manifest and its service worker from its own origin, and talk to no one
 * else. The inline scripts (index.html's wake-up script and plugin-legacy's System.import of the
 * entry) are allowed by their hashes; nothing inline else, no eval. No plugins, no <base>, and
 * practice screens can never submit a form anywhere.
 */
function policy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The Content-Security-Policy, as a <meta> right after <meta charset> (before any script, so it
 * covers them all), with a hash of each inline script as the built page has it. Listed after
 * VitePWA with order 'post', so it sees the final page.
 *
 * Build only: Vite's dev server (`npm run dev`) injects inline scripts and styles of its own for
 * live reload, which this policy would block.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'hubsteps-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!META_CHARSET.test(html))
          throw new Error('index.html has no <meta charset="utf-8" /> to put the policy after');
        // The browser hashes the text as parsed, with line breaks as \n.
        const hashes = [...html.matchAll(SCRIPT)]
          .filter(([, attributes = '']) => !HAS_SRC.test(attributes))
          .map(([, , text = '']) => sha256(text.replace(/\r\n?/g, '\n')));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" />`;
        return html.replace(META_CHARSET, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
