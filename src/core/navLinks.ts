/**
 * Hand-off links to the rider's own navigation app. Stations are stored in WGS-84; each provider
 * gets the coordinate system it reads, because a WGS-84 point on Amap's map lands about 500 m off
 * in Beijing (and on Baidu's about 1.3 km off).
 *
 * | provider | URL (documented web entry point)       | crs    | mode                 |
 * |----------|----------------------------------------|--------|----------------------|
 * | amap     | https://uri.amap.com/navigation        | GCJ-02 | `mode=ride` (riding) |
 * | baidu    | https://api.map.baidu.com/direction    | BD-09  | `mode=walking`       |
 * | tencent  | https://apis.map.qq.com/uri/v1/routeplan | GCJ-02 | `type=walk`        |
 * | apple    | https://maps.apple.com/                | GCJ-02 | `dirflg=w` (walking) |
 *
 * Why these choices:
 * - All four are https links, so they work from a web page whether or not the app is installed
 *   (the page offers to open the app). The app-only schemes (`baidumap://`, `qqmap://`) do have a
 *   riding mode, but a tap on them does nothing when the app is missing.
 * - Riding: only Amap's web URI documents a riding mode. Baidu's web URI documents transit,
 *   driving and walking; Tencent's transit, driving and walking (mobile); Apple's map links
 *   d/w/r. Walking is the closest to an e-bike on small streets, and never routes onto expressways.
 * - Baidu accepts `coord_type=wgs84`, but we convert to BD-09 ourselves (`coord_type=bd09ll`) so
 *   that the point in the URL is the one Baidu draws, and the test can check it against gcoord.
 * - Apple Maps in mainland China draws AutoNavi's GCJ-02 map and its map links have no coordinate
 *   flag, so it gets GCJ-02 like Amap. Outside China gcoord leaves points unchanged.
 * - Apple gets no name: with `q` its map links may run a search instead of directions.
 * - Baidu's web URI calls `origin` required; without one (position unknown) the link still opens
 *   and Baidu asks for a start.
 */
import gcoord from 'gcoord';
import type { LngLat } from './station.ts';

export type NavProvider = 'amap' | 'baidu' | 'tencent' | 'apple';
export type NavCrs = 'gcj02' | 'bd09' | 'wgs84';

export interface NavLink {
  provider: NavProvider;
  url: string;
  /** The coordinate system of the coordinates inside `url`. */
  crs: NavCrs;
}

export const NAV_PROVIDERS: readonly NavProvider[] = ['amap', 'baidu', 'tencent', 'apple'];

/** Who is calling, as providers ask (Amap `src`, Baidu `src`, Tencent `referer`). */
const SOURCE = 'courier-rest-stations';
/** Label for the start point where a provider shows one. */
const ORIGIN_NAME = '我的位置';

/**
 * Navigation links to `target`, from `origin` when known (else the app uses the phone's position).
 *
 * @example
 * navigationLinks({ lngLat: [116.4615, 39.8936], name: '双井·二十二院街小哥加油站' })
 * // [{ provider: 'amap', crs: 'gcj02', url: 'https://uri.amap.com/navigation?to=116.467643,39.894928,…&mode=ride…' }, …]
 */
export function navigationLinks(target: { lngLat: LngLat; name: string }, origin?: LngLat): NavLink[] {
  const name = target.name.trim();
  return [
    amapLink(target.lngLat, name, origin),
    baiduLink(target.lngLat, name, origin),
    tencentLink(target.lngLat, name, origin),
    appleLink(target.lngLat, origin),
  ];
}

/** Amap: `lng,lat[,name]`, GCJ-02. A comma would end the name early, so it becomes full-width. */
function amapLink(to: LngLat, name: string, origin?: LngLat): NavLink {
  const params: [string, string][] = [];
  if (origin) params.push(['from', `${lngLatText(toGcj02(origin))},${text(ORIGIN_NAME)}`]);
  params.push(['to', `${lngLatText(toGcj02(to))},${text(name.replaceAll(',', '，'))}`]);
  params.push(['mode', 'ride'], ['src', SOURCE], ['callnative', '1']);
  return { provider: 'amap', crs: 'gcj02', url: `https://uri.amap.com/navigation?${query(params)}` };
}

/** Baidu: `latlng:lat,lng|name:…`, BD-09. A `|` would start a new field, so it becomes `/`. */
function baiduLink(to: LngLat, name: string, origin?: LngLat): NavLink {
  const params: [string, string][] = [];
  if (origin) params.push(['origin', `latlng:${latLngText(toBd09(origin))}|name:${text(ORIGIN_NAME)}`]);
  params.push(['destination', `latlng:${latLngText(toBd09(to))}|name:${text(name.replaceAll('|', '/'))}`]);
  params.push(['mode', 'walking'], ['coord_type', 'bd09ll'], ['output', 'html'], ['src', `webapp.${SOURCE}`]);
  return { provider: 'baidu', crs: 'bd09', url: `https://api.map.baidu.com/direction?${query(params)}` };
}

/** Tencent: name and `lat,lng` in separate parameters, GCJ-02 (`coord_type=2`). */
function tencentLink(to: LngLat, name: string, origin?: LngLat): NavLink {
  const params: [string, string][] = [['type', 'walk']];
  if (origin) params.push(['from', text(ORIGIN_NAME)], ['fromcoord', latLngText(toGcj02(origin))]);
  params.push(['to', text(name)], ['tocoord', latLngText(toGcj02(to))], ['coord_type', '2'], ['referer', SOURCE]);
  return { provider: 'tencent', crs: 'gcj02', url: `https://apis.map.qq.com/uri/v1/routeplan?${query(params)}` };
}

/** Apple: `daddr`/`saddr` as `lat,lng`, GCJ-02 (see the header for why). */
function appleLink(to: LngLat, origin?: LngLat): NavLink {
  const params: [string, string][] = [];
  if (origin) params.push(['saddr', latLngText(toGcj02(origin))]);
  params.push(['daddr', latLngText(toGcj02(to))], ['dirflg', 'w']);
  return { provider: 'apple', crs: 'gcj02', url: `https://maps.apple.com/?${query(params)}` };
}

function toGcj02(p: LngLat): LngLat {
  // gcoord mutates GeoJSON input; a fresh array of two numbers is safe.
  return gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02) as LngLat;
}

function toBd09(p: LngLat): LngLat {
  return gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.BD09) as LngLat;
}

/** Six decimals is about 0.1 m: well inside the 1 m the links must keep. */
function lngLatText([lng, lat]: LngLat): string {
  return `${lng.toFixed(6)},${lat.toFixed(6)}`;
}

function latLngText([lng, lat]: LngLat): string {
  return `${lat.toFixed(6)},${lng.toFixed(6)}`;
}

/**
 * Values arrive already encoded: free text goes through `text`, while the providers' own
 * separators (`,` `|` `:`) stay literal, as their documentation writes them (all are legal in a
 * query string).
 */
function query(params: [string, string][]): string {
  return params.map(([key, value]) => `${key}=${value}`).join('&');
}

/** Free text (names) for a query value: `%20` for spaces, every reserved character escaped. */
function text(s: string): string {
  return encodeURIComponent(s);
}
