import { describe, expect, test } from 'vitest';
import type { DataMeta } from './db.ts';
import { restoreLocalCopy } from './restore.ts';

const meta: DataMeta = {
  origin: 'static',
  dataVersion: null,
  etags: { stations: '"s1"', hubs: null, offices: null },
  fetchedAt: '2026-11-04T06:30:00.000Z',
  checkedAt: '2026-11-04T06:30:00.000Z',
  problems: [],
};

const stored = (id: string, properties: Record<string, unknown>) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [116.4626, 39.893] },
  properties: {
    name: '双井驿站',
    kind: 'rest_station',
    amenities: [],
    opening_hours: '24/7',
    status: 'operational',
    address: '北京市朝阳区双井',
    office_code: '110105016',
    host_type: 'community_building',
    updated_at: '2026-11-01T08:00:00+08:00',
    verified_at: null,
    ...properties,
  },
});

describe('restoreLocalCopy', () => {
  test('what IndexedDB gives back passes the one validator: a record of an older shape is skipped and reported', () => {
    const data = restoreLocalCopy({
      meta,
      stations: [stored('cy-0001', {}), stored('cy-0002', { amenities: ['sauna'] })],
      hubs: [],
      offices: [{ code: '110105016', name: '双井街道' }],
    });
    expect(data.stations.map((s) => s.id)).toEqual(['cy-0001']);
    expect(data.problems.map((p) => `${p.file} ${p.id} ${p.field}`)).toEqual(['stations cy-0002 properties.amenities[0]']);
    expect(data.offices).toEqual([{ code: '110105016', name: '双井街道' }]);
    expect(data.fetchedAt.toISOString()).toBe(meta.fetchedAt);
    expect(data.dataAsOf?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
});
