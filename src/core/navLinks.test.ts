import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { navigationLinks } from './navLinks.ts';
import type { NavLink } from './navLinks.ts';
import type { LngLat } from './station.ts';

const SHUANGJING: LngLat = [116.4615, 39.8936];
const NAME = '双井·二十二院街小哥加油站';
const RIDER: LngLat = [116.4571, 39.8902];

function linkFor(links: NavLink[], provider: NavLink['provider']): NavLink {
  const link = links.find((l) => l.provider === provider);
  if (!link) throw new Error(`no ${provider} link in ${JSON.stringify(links)}`);
  return link;
}

/** Reads `lat,lng` or `lng,lat` text back into `[lng, lat]`. */
function parsePair(text: string, order: 'latlng' | 'lnglat'): LngLat {
  const [a, b] = text.split(',').map(Number) as [number, number];
  return order === 'latlng' ? [b, a] : [a, b];
}

function expectWithinOneMetre(actual: LngLat, expected: LngLat): void {
  expect(distance(actual, expected, { units: 'meters' })).toBeLessThan(1);
}

const gcj = (p: LngLat) => gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02) as LngLat;
const bd = (p: LngLat) => gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.BD09) as LngLat;

describe('navigationLinks', () => {
  const links = navigationLinks({ lngLat: SHUANGJING, name: NAME }, RIDER);

  it('gives one link per provider, in a stable order, each naming its coordinate system', () => {
    expect(links.map((l) => [l.provider, l.crs])).toEqual([
      ['amap', 'gcj02'],
      ['baidu', 'bd09'],
      ['tencent', 'gcj02'],
      ['apple', 'gcj02'],
    ]);
    for (const l of links) expect(l.url).toMatch(/^https:\/\//);
  });

  it('Amap: GCJ-02 lng,lat within 1 m of gcoord, riding mode, encoded name', () => {
    const url = new URL(linkFor(links, 'amap').url);
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/navigation');
    expect(url.searchParams.get('mode')).toBe('ride');
    const [lng, lat, name] = (url.searchParams.get('to') ?? '').split(',');
    expectWithinOneMetre([Number(lng), Number(lat)], gcj(SHUANGJING));
    expect(name).toBe(NAME);
    const from = (url.searchParams.get('from') ?? '').split(',');
    expectWithinOneMetre([Number(from[0]), Number(from[1])], gcj(RIDER));
    expect(linkFor(links, 'amap').url).toContain(encodeURIComponent(NAME));
  });

  it('Baidu: BD-09 lat,lng within 1 m of gcoord, declared bd09ll', () => {
    const url = new URL(linkFor(links, 'baidu').url);
    expect(url.origin + url.pathname).toBe('https://api.map.baidu.com/direction');
    expect(url.searchParams.get('coord_type')).toBe('bd09ll');
    expect(url.searchParams.get('output')).toBe('html');
    const m = /^latlng:([\d.]+,[\d.]+)\|name:(.*)$/.exec(url.searchParams.get('destination') ?? '');
    expect(m).not.toBeNull();
    expectWithinOneMetre(parsePair(m![1]!, 'latlng'), bd(SHUANGJING));
    expect(m![2]).toBe(NAME);
    const o = /^latlng:([\d.]+,[\d.]+)\|/.exec(url.searchParams.get('origin') ?? '');
    expectWithinOneMetre(parsePair(o![1]!, 'latlng'), bd(RIDER));
  });

  it('Tencent: GCJ-02 lat,lng within 1 m of gcoord, name in its own parameter', () => {
    const url = new URL(linkFor(links, 'tencent').url);
    expect(url.origin + url.pathname).toBe('https://apis.map.qq.com/uri/v1/routeplan');
    expect(url.searchParams.get('coord_type')).toBe('2');
    expectWithinOneMetre(parsePair(url.searchParams.get('tocoord') ?? '', 'latlng'), gcj(SHUANGJING));
    expectWithinOneMetre(parsePair(url.searchParams.get('fromcoord') ?? '', 'latlng'), gcj(RIDER));
    expect(url.searchParams.get('to')).toBe(NAME);
    expect(url.searchParams.get('referer')).toBeTruthy();
  });

  it('Apple: GCJ-02 lat,lng within 1 m of gcoord', () => {
    const url = new URL(linkFor(links, 'apple').url);
    expect(url.host).toBe('maps.apple.com');
    expectWithinOneMetre(parsePair(url.searchParams.get('daddr') ?? '', 'latlng'), gcj(SHUANGJING));
    expectWithinOneMetre(parsePair(url.searchParams.get('saddr') ?? '', 'latlng'), gcj(RIDER));
    expect(url.searchParams.get('dirflg')).toBe('w');
  });

  it('really converts: the GCJ-02 point is hundreds of metres from the stored WGS-84 one', () => {
    const url = new URL(linkFor(links, 'amap').url);
    const [lng, lat] = (url.searchParams.get('to') ?? '').split(',').map(Number) as [number, number];
    expect(distance([lng, lat], SHUANGJING, { units: 'meters' })).toBeGreaterThan(300);
  });

  it('leaves the start out when the rider position is unknown (the app uses its own)', () => {
    const [amap, baidu, tencent, apple] = navigationLinks({ lngLat: SHUANGJING, name: NAME }).map((l) => new URL(l.url));
    expect(amap!.searchParams.has('from')).toBe(false);
    expect(baidu!.searchParams.has('origin')).toBe(false);
    expect(tencent!.searchParams.has('fromcoord')).toBe(false);
    expect(apple!.searchParams.has('saddr')).toBe(false);
  });

  it('keeps names with separators, ampersands and spaces from breaking the URL', () => {
    const tricky = '驿站, A|B & C #1';
    const links2 = navigationLinks({ lngLat: SHUANGJING, name: tricky });
    const amapTo = new URL(linkFor(links2, 'amap').url).searchParams.get('to') ?? '';
    expect(amapTo.split(',')).toHaveLength(3);
    expect(amapTo.split(',')[2]).toBe('驿站， A|B & C #1');
    const baiduDest = new URL(linkFor(links2, 'baidu').url).searchParams.get('destination') ?? '';
    expect(baiduDest.split('|')).toHaveLength(2);
    expect(baiduDest).toMatch(/\|name:驿站, A\/B & C #1$/);
    expect(new URL(linkFor(links2, 'tencent').url).searchParams.get('to')).toBe(tricky);
    for (const l of links2) expect(l.url).not.toMatch(/[ #&]C/);
  });
});
