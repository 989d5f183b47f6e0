/**
 * One edit waiting to reach the server. Stored in IndexedDB; whatever is read back passes
 * `restoreOutboxItem`, which drops anything malformed (an old shape, a hand edit) rather than
 * letting it break the console.
 */
import { z } from 'zod';
import type { Station } from '../../core/station.ts';
import { validateStationCollection } from '../../core/validate.ts';
import type { WriteMethod } from '../api/client.ts';

export type OutboxState = 'waiting' | 'conflict' | 'failed';

export interface OutboxItem {
  /** Sent as Idempotency-Key: a retry of the same item is applied at most once. */
  key: string;
  /** Whose edit this is; never sent under another login. */
  username: string;
  method: WriteMethod;
  path: string;
  /** The station version the edit was made on (If-Match), null for a create. */
  ifMatch: number | null;
  body: unknown;
  /** null for a station still to be created. */
  stationId: string | null;
  /** The station's name, for the list of waiting changes. */
  label: string;
  /** Which fields change (`geometry` for a move), for the list. */
  fields: string[];
  createdAt: string;
  attempts: number;
  state: OutboxState;
  /** The server's refusal; `details` as it sent them (e.g. the office a place lies in), to word it. */
  error: { status: number; code: string; message: string; details?: unknown } | null;
  /** The station as the editor saw it, for "theirs and mine". */
  base: Station | null;
  /** On a conflict: the station as the server has it now. */
  current: Station | null;
}

const stationish = z.unknown().transform((value, ctx) => {
  if (value === null || value === undefined) return null;
  const { stations } = validateStationCollection({ type: 'FeatureCollection', features: [value] });
  if (!stations[0]) {
    ctx.addIssue({ code: 'custom', message: 'not a valid station' });
    return z.NEVER;
  }
  return stations[0];
});

const itemSchema = z.object({
  key: z.string().min(1).max(200),
  username: z.string().min(1),
  method: z.enum(['POST', 'PATCH', 'DELETE']),
  path: z.string().startsWith('/api/'),
  ifMatch: z.number().int().positive().nullable().catch(null),
  body: z.unknown(),
  stationId: z.string().nullable().catch(null),
  label: z.string().catch(''),
  fields: z.array(z.string()).catch([]),
  createdAt: z.string(),
  attempts: z.number().int().min(0).catch(0),
  state: z.enum(['waiting', 'conflict', 'failed']).catch('waiting'),
  error: z.object({ status: z.number(), code: z.string(), message: z.string(), details: z.unknown().optional() }).nullable().catch(null),
  base: stationish.catch(null),
  current: stationish.catch(null),
});

/** The item, with defaults filled in, or null when it cannot be trusted. */
export function restoreOutboxItem(raw: unknown): OutboxItem | null {
  const parsed = itemSchema.safeParse(raw);
  if (!parsed.success) return null;
  return parsed.data as OutboxItem & { base: Station | null; current: Station | null };
}

/** A new idempotency key; crypto.randomUUID where the browser has it (secure contexts). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
