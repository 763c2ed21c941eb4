import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Three kinds of test, one command: pure and API tests in Node, widget components in jsdom,
// end-to-end journeys in real headless Chromium against the built widget.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      { extends: true, test: { name: 'server', include: ['test/**/*.test.ts'], exclude: ['test/widget/**', 'test/e2e/**', '**/node_modules/**'], environment: 'node' } },
      { extends: true, test: { name: 'widget', include: ['test/widget/**/*.test.{ts,tsx}'], environment: 'jsdom' } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
