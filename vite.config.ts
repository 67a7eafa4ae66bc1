import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { validateLessonsPlugin } from './src/lessons/vite-validate-plugin';

export default defineConfig({
  plugins: [preact(), validateLessonsPlugin()],
  build: {
    target: 'es2020',
    // A small inline limit keeps pictures as files, so they can be cached as packs.
    assetsInlineLimit: 0,
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
