import { describe, expect, it } from 'vitest';
import { mergePatchProperties } from './patchProperties.ts';

describe('merging PATCH properties', () => {
  it('replaces values, removes optional fields on null, keeps null where it is a value', () => {
    const before = { name: 'A', phone: '010-1', opening_hours: '24/7', verified_at: '2026-11-01T00:00:00Z' };
    expect(mergePatchProperties(before, { name: 'B', phone: null, opening_hours: null, verified_at: null })).toEqual({ name: 'B', opening_hours: null, verified_at: null });
    expect(before.phone, 'the input is not changed').toBe('010-1');
    expect(mergePatchProperties(before, undefined)).toEqual(before);
  });
});
