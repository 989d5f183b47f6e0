import { describe, expect, it } from 'vitest';
import { LAYER, ownLayers } from './ownLayers.ts';
import { LIGHT } from './palette.ts';

describe('own map layers', () => {
  it('cluster badges show the whole count (no "1.8k" in the Chinese app)', () => {
    const count = ownLayers(LIGHT, ['Noto Sans Regular']).find((l) => l.id === LAYER.clusterCount);
    expect(count && 'layout' in count ? count.layout?.['text-field' as keyof typeof count.layout] : null).toEqual(['to-string', ['get', 'point_count']]);
  });
});
