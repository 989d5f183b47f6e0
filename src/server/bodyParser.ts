/**
 * The JSON body parser for every route. On top of JSON.parse it refuses what a hostile or broken
 * client might send: nesting deeper than MAX_DEPTH and the keys `__proto__`, `constructor` and
 * `prototype` anywhere (prototype pollution). Size limits are Fastify's `bodyLimit`.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';

export const MAX_JSON_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws ApiError(400) when `value` nests too deep or carries a forbidden key. */
export function checkJsonShape(value: unknown, maxDepth = MAX_JSON_DEPTH): void {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= maxDepth) {
      throw new ApiError(400, 'too_deep', `JSON nests deeper than ${maxDepth} levels.`, { path, maxDepth });
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new ApiError(400, 'forbidden_key', `The key "${key}" is not allowed.`, { path: path ? `${path}.${key}` : key });
      }
      stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
}

export function installJsonParser(app: FastifyInstance): void {
  // Only JSON is accepted. text/plain goes too: a cross-site form can send it without a preflight.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(['application/json'], { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined); // the route's schema decides whether a body is required
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      done(new ApiError(400, 'invalid_json', `The body is not valid JSON: ${(e as Error).message}`), undefined);
      return;
    }
    try {
      checkJsonShape(value);
      done(null, value);
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}
