/**
 * src/core is the shared, pure domain: it runs in the browser, the server, the CLI and the tests
 * alike. This test fails the build when a core file reaches for a framework, storage, the network,
 * Node's built-ins or the clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../src/core/', import.meta.url).pathname;
const REPO = new URL('../../', import.meta.url).pathname;

const FORBIDDEN_PACKAGES = [/^react(\/|$)/, /^react-dom(\/|$)/, /^maplibre-gl(\/|$)/, /^idb(\/|$)/, /^workbox-/, /^fastify(\/|$)/, /^@fastify\//, /^better-sqlite3(\/|$)/, /^node:/];
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

const FORBIDDEN_CODE: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now() (the clock; take `at: Date` as an argument)'],
  [/\bnew\s+Date\s*\(\s*\)/, 'new Date() without arguments (the clock)'],
  [/\bwindow\b/, 'window'],
  [/\bdocument\b/, 'document'],
  [/\blocalStorage\b/, 'localStorage'],
  [/\bfetch\s*\(/, 'fetch('],
];

/** Every module specifier a file imports, re-exports or requires. */
function importedSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

/** The code with comments removed and string contents blanked, so prose cannot trip the checks. */
function codeOnly(source: string): string {
  return source.replace(/("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str: string | undefined) =>
    str ? '""' : m.startsWith('/*') ? m.replace(/[^\n]/g, ' ') : '',
  );
}

/** Problems in one core file, as readable sentences. */
function purityProblems(source: string): string[] {
  const problems: string[] = [];
  for (const spec of importedSpecifiers(source)) {
    const bare = spec.split('/')[0] ?? spec;
    if (FORBIDDEN_PACKAGES.some((re) => re.test(spec))) problems.push(`imports ${spec}`);
    else if (BUILTINS.has(spec) || BUILTINS.has(bare)) problems.push(`imports the Node built-in ${spec}`);
  }
  const code = codeOnly(source);
  for (const [re, what] of FORBIDDEN_CODE) if (re.test(code)) problems.push(`uses ${what}`);
  return problems;
}

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('src/core stays pure', () => {
  const files = coreFiles(CORE);

  it('has core files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('no core file imports a framework, storage, Node built-ins, or reads the clock, DOM or network', () => {
    const report = files.flatMap((file) => purityProblems(readFileSync(file, 'utf8')).map((p) => `${relative(REPO, file)}: ${p}`));
    expect(report).toEqual([]);
  });
});

describe('the purity checker itself', () => {
  it('catches each forbidden thing', () => {
    const bad = [
      "import React from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import * as maplibregl from 'maplibre-gl';",
      "import { openDB } from 'idb';",
      "import { precacheAndRoute } from 'workbox-precaching';",
      "import Fastify from 'fastify';",
      "import Database from 'better-sqlite3';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "export * from 'fs/promises';",
      "const os = await import('os');",
      'const t = Date.now();',
      'const d = new Date();',
      'const w = window.innerWidth;',
      'document.title = "x";',
      'localStorage.setItem("a", "b");',
      'await fetch("/data");',
    ];
    for (const line of bad) expect(purityProblems(line), line).not.toEqual([]);
  });

  it('accepts pure code, and ignores comments and strings that mention these words', () => {
    const good = [
      "import { z } from 'zod';",
      "import type { Station } from './station.ts';",
      'const at = new Date(Date.parse(iso));',
      'const later = new Date(at.getTime() + 60_000);',
      '// the closing window; never call fetch() here, nor read window or document',
      '/* Date.now() is not allowed */',
      "const message = 'opens in a time window';",
    ];
    for (const line of good) expect(purityProblems(line), line).toEqual([]);
  });
});
