/** ETags and If-Match / If-None-Match parsing. */
import { createHash } from 'node:crypto';
import { ApiError } from './errors.ts';

/** A strong ETag over the exact bytes sent. */
export const strongEtag = (body: string): string => `"${createHash('sha256').update(body).digest('base64url')}"`;

/** The ETag of one station: its version, which changes with every write. */
export const versionEtag = (version: number): string => `"${version}"`;

/** RFC 9110 If-None-Match: weak comparison, `*` matches anything. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * The version a client states in If-Match: `"3"`, `3` or `W/"3"`. Undefined when absent;
 * throws 400 when present but unreadable.
 */
export function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const m = /^(?:W\/)?"?(\d{1,12})"?$/.exec(header.trim());
  if (!m) {
    throw new ApiError(400, 'invalid_if_match', 'If-Match must carry the station version you saw, e.g. If-Match: "3".', {
      received: header.slice(0, 60),
    });
  }
  return Number(m[1]);
}
