import { describe, expect, it } from 'vitest';
import { officeAt, officePropertiesSchema } from './offices.ts';
import type { Office } from './offices.ts';

/**
 * Two unit squares side by side, sharing the edge lng = 1:
 *
 *   lat 1 +---------+---------+
 *         | 劲松     | 双井     |
 *         | ...017  | ...016  |
 *   lat 0 +---------+---------+
 *       lng 0     lng 1     lng 2
 *
 * 双井 has the lower code, so it wins on the shared edge. 潘家园 is a MultiPolygon with a hole.
 */
function square(code: string, name: string, minLng: number, minLat: number): Office {
  return {
    type: 'Feature',
    id: code,
    geometry: {
      type: 'Polygon',
      coordinates: [[[minLng, minLat], [minLng + 1, minLat], [minLng + 1, minLat + 1], [minLng, minLat + 1], [minLng, minLat]]],
    },
    properties: { code, name, name_en: name, centre: [minLng + 0.5, minLat + 0.5] },
  };
}

const jinsong = square('110105017', '劲松街道', 0, 0);
const shuangjing = square('110105016', '双井街道', 1, 0);
const panjiayuan: Office = {
  type: 'Feature',
  id: '110105018',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [[0, 2], [3, 2], [3, 5], [0, 5], [0, 2]],
        [[1, 3], [1, 4], [2, 4], [2, 3], [1, 3]],
      ],
      [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]],
    ],
  },
  properties: { code: '110105018', name: '潘家园街道', name_en: 'Panjiayuan Subdistrict', centre: [0.5, 2.5] },
};
const offices = [jinsong, shuangjing, panjiayuan];
const nameAt = (lngLat: [number, number], list: readonly Office[] = offices) => officeAt(list, lngLat)?.properties.name ?? null;

describe('officeAt', () => {
  it('finds the jurisdiction that contains the point', () => {
    expect(nameAt([0.5, 0.5])).toBe('劲松街道');
    expect(nameAt([1.5, 0.5])).toBe('双井街道');
  });

  it('gives a point on a shared boundary to the office with the lowest code, whatever the order', () => {
    expect(nameAt([1, 0.5])).toBe('双井街道');
    expect(nameAt([1, 0.5], [shuangjing, jinsong])).toBe('双井街道');
    // A corner shared by both squares, too.
    expect(nameAt([1, 1], [jinsong, shuangjing])).toBe('双井街道');
  });

  it('counts the outer edge of a jurisdiction as inside', () => {
    expect(nameAt([0, 0.5])).toBe('劲松街道');
  });

  it('handles MultiPolygons, including holes and detached parts', () => {
    expect(nameAt([0.5, 4.5])).toBe('潘家园街道');
    expect(nameAt([5.5, 5.5])).toBe('潘家园街道');
    expect(nameAt([1.5, 3.5])).toBeNull(); // in the hole
  });

  it('returns null outside every jurisdiction and for non-numbers', () => {
    expect(nameAt([121.47, 31.23])).toBeNull();
    expect(nameAt([Number.NaN, 0.5])).toBeNull();
    expect(officeAt([], [0.5, 0.5])).toBeNull();
  });
});

describe('officePropertiesSchema', () => {
  it('accepts an office and rejects a short code', () => {
    expect(officePropertiesSchema.safeParse(shuangjing.properties).success).toBe(true);
    expect(officePropertiesSchema.safeParse({ ...shuangjing.properties, code: '110105' }).success).toBe(false);
  });
});
