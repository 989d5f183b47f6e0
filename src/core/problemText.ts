/**
 * Wording for validation problems: what arrived (`describe`), where (`fieldName`), and zod's
 * issues retold in our own terms. Kept apart from validate.ts so that file reads as the checks.
 */
import type { z } from 'zod/mini';

/** Turns one zod issue into problems with our own wording; unknown keys give one problem each. */
export function issueToProblems(
  issue: z.core.$ZodIssue,
  properties: Record<string, unknown>,
): { field: string; expected: string; received: string; message?: string }[] {
  const base = ['properties', ...issue.path];
  const received = describe(valueAt(properties, issue.path));
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: fieldName([...base, key]),
        expected: 'no such property (unknown properties are not allowed)',
        received: describe(valueAt(properties, [...issue.path, key])),
      }));
    case 'invalid_value':
      return [{ field: fieldName(base), expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, received }];
    case 'invalid_type': {
      const expected =
        issue.path.length === 1 && issue.path[0] === 'opening_hours'
          ? 'opening_hours in OpenStreetMap syntax, or null when the hours are not known'
          : `a value of type ${issue.expected}`;
      return [{ field: fieldName(base), expected, received }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return [{ field: fieldName(base), expected: `${bound}${unit}`, received }];
    }
    case 'invalid_format':
      return [{ field: fieldName(base), expected: issue.format === 'datetime' ? 'an ISO 8601 date-time with offset' : issue.message, received }];
    default:
      // Custom rules (refinements) carry their own sentence.
      return [{ field: fieldName(base), expected: issue.message, received, message: `${issue.message}; received ${received}` }];
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (!isObject(v) && !Array.isArray(v)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, readable rendering of whatever arrived. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v)) {
    const inner = v.map((x) => (typeof x === 'number' || typeof x === 'string' || x === null ? describe(x) : typeof x));
    const text = `[${inner.join(', ')}]`;
    return text.length > 80 ? `an array of ${v.length} items` : text;
  }
  if (typeof v === 'object') return 'an object';
  return `${String(v)} (${typeof v})`;
}
