import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a file imports: static imports and re-exports, side-effect imports, lazy import()s. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm)].map((m) => m[1] ?? '');
}

/** Every TypeScript file in a folder of src, and below. */
function filesIn(folder: string): string[] {
  return readdirSync(join('src', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join('src', folder, f));
}

const SERVER_ONLY = /(^|\/)server(\/|$)|^node:|^(kysely|better-sqlite3|pg|fastify|@fastify\/[\w-]+)$/;

describe('what the tablet and the server share', () => {
  it("keeps the server's code and packages out of the tablet app", () => {
    const tabletFiles = [
      'src/main.tsx',
      ...readdirSync('src', { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'server')
        .flatMap((d) => filesIn(d.name)),
    ];
    expect(tabletFiles.length).toBeGreaterThan(50);
    const reaching = tabletFiles.flatMap((file) =>
      importsOf(file)
        .filter((f) => SERVER_ONLY.test(f))
        .map((f) => `${file}: ${f}`),
    );
    expect(reaching).toEqual([]);
  });

  it('lets the server use only core of the tablet code', () => {
    const reaching = filesIn('server').flatMap((file) =>
      importsOf(file)
        .filter((f) => f.startsWith('.'))
        .filter((f) => !/^src\/(server|core)\//.test(join(dirname(file), f)))
        .map((f) => `${file}: ${f}`),
    );
    expect(reaching).toEqual([]);
  });
});
