/**
 * How a PATCH's properties merge into a station's, the one rule the server applies and the
 * console previews: a value replaces, and null removes an optional field, except in the fields
 * where null is itself a value (hours not known, never verified).
 */

/** Fields whose null is a value, not a removal. */
export const NULLABLE_FIELDS: ReadonlySet<string> = new Set(['opening_hours', 'verified_at']);

/**
 * @example mergePatchProperties({ name: 'A', phone: '010-1' }, { name: 'B', phone: null }) // { name: 'B' }
 * @example mergePatchProperties({ opening_hours: '24/7' }, { opening_hours: null }) // { opening_hours: null }
 */
export function mergePatchProperties(into: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...into };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null && !NULLABLE_FIELDS.has(key)) delete out[key];
    else out[key] = value;
  }
  return out;
}
