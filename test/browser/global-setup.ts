import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium-path.ts';

/** The build under test: dist/, or another build folder named by BROWSER_TEST_DIST. */
const DIST = process.env.BROWSER_TEST_DIST ? resolve(process.env.BROWSER_TEST_DIST) : resolve(import.meta.dirname, '../../dist');

declare module 'vitest' {
  export interface ProvidedContext {
    /** A private copy of dist/ that the tests serve (see below). */
    distDir: string;
  }
}

/**
 * Fails the browser suite at once, with the fix, when the build or the browser is missing; then
 * takes a snapshot of dist/ for the tests to serve, so that a `npm run build` started elsewhere
 * during the run (vite empties dist/ first) cannot pull files from under a loaded page.
 */
export default function setup(project: TestProject): () => void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `browser tests need a production build, but ${join(DIST, 'index.html')} does not exist. ` +
        'Run `npm run build` first (`npm test` and `npm run test:browser` do).',
    );
  }
  findChromium(); // throws with what to install
  const snapshot = mkdtempSync(join(tmpdir(), 'rider-dist-'));
  cpSync(DIST, snapshot, { recursive: true });
  project.provide('distDir', snapshot);
  return () => rmSync(snapshot, { recursive: true, force: true });
}
