/**
 * Builds the embedded default base map: vector tiles (MVT) of Beijing's district outlines and
 * Chaoyang's sub-district outlines with their names, from data/*.geojson, plus the light and
 * dark styles that use them. No key, no internet, served by the app itself.
 *
 *   public/tiles/default/{z}/{x}/{y}.pbf   z8–z13, every tile inside Beijing's bounds (empty
 *                                          tiles are written as 0-byte files, so no request
 *                                          inside the bounds ever 404s)
 *   public/tiles/default/metadata.json     zoom range, bounds, tile count and bytes
 *   public/styles/default.json             light style, tiles referenced relative to the style
 *   public/styles/default-dark.json        dark style
 *
 * Above z13 maplibre over-zooms: a z13 tile's 4096-unit grid is about 1.2 m, far finer than the
 * outlines' own ~100 m accuracy, so deeper tiles would only cost files.
 *
 * Text: the styles have no `glyphs` URL. maplibre 6 then draws every label (Chinese, Latin and
 * the digits of cluster counts) with the device's own fonts through TinySDF, so no glyph
 * files are needed at all. See README "Base map".
 *
 * Run: `tsx scripts/build-tiles.ts` (part of `npm run build`). Deterministic: same data, same bytes.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { buildStyle } from '../src/map/defaultStyle.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_TILES = join(ROOT, 'public/tiles/default');
const OUT_STYLES = join(ROOT, 'public/styles');
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 13;
const EXTENT = 4096;

type Props = Record<string, string | number>;

function readCollection(file: string): FeatureCollection {
  const path = join(ROOT, 'data', file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`build-tiles: cannot read ${path}: ${String(error)}`);
  }
  const fc = json as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`build-tiles: ${file}: expected a GeoJSON FeatureCollection`);
  }
  return fc;
}

/** Polygon features with flat, MVT-friendly properties; plus one label point per feature. */
function splitLayer(fc: FeatureCollection, file: string, rank: string): { shapes: Feature[]; labels: Feature[] } {
  const shapes: Feature[] = [];
  const labels: Feature[] = [];
  fc.features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (typeof p.name !== 'string' || typeof p.code !== 'string') {
      throw new Error(`build-tiles: ${file} feature ${i}: expected properties.name and properties.code strings`);
    }
    const props: Props = { code: p.code, name: p.name };
    if (typeof p.name_en === 'string') props.name_en = p.name_en;
    shapes.push({ type: 'Feature', geometry: f.geometry, properties: props });
    const centre = p.centre;
    if (Array.isArray(centre) && typeof centre[0] === 'number' && typeof centre[1] === 'number') {
      labels.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [centre[0], centre[1]] }, properties: { ...props, rank } });
    }
  });
  return { shapes, labels };
}

function boundsOf(features: Feature[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    } else if (Array.isArray(c)) {
      c.forEach(visit);
    }
  };
  for (const f of features) visit((f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates);
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return [r(minX - 0.01), r(minY - 0.01), r(maxX + 0.01), r(maxY + 0.01)];
}

const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

function main(): void {
  const districts = splitLayer(readCollection('beijing-districts.geojson'), 'beijing-districts.geojson', 'district');
  const offices = splitLayer(readCollection('offices.geojson'), 'offices.geojson', 'subdistrict');

  const options = { maxZoom: MAX_ZOOM, indexMaxZoom: 5, extent: EXTENT, buffer: 64, tolerance: 3 };
  const layers = {
    districts: new GeoJSONVT({ type: 'FeatureCollection', features: districts.shapes }, options),
    subdistricts: new GeoJSONVT({ type: 'FeatureCollection', features: offices.shapes }, options),
    labels: new GeoJSONVT({ type: 'FeatureCollection', features: [...districts.labels, ...offices.labels] }, options),
  };
  const bounds = boundsOf(districts.shapes);

  // Build beside the old tiles and swap at the end, so a concurrent build or a running dev
  // server never sees a half-written tree.
  const work = `${OUT_TILES}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  let tileCount = 0;
  let emptyCount = 0;
  let bytes = 0;
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const [x0, x1] = [tileX(bounds[0], z), tileX(bounds[2], z)];
    const [y0, y1] = [tileY(bounds[3], z), tileY(bounds[1], z)];
    for (let x = x0; x <= x1; x++) {
      mkdirSync(join(work, String(z), String(x)), { recursive: true });
      for (let y = y0; y <= y1; y++) {
        const present: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const [name, index] of Object.entries(layers)) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) present[name] = tile;
        }
        const body = Object.keys(present).length > 0 ? fromGeojsonVt(present, { version: 2, extent: EXTENT }) : new Uint8Array(0);
        if (body.length === 0) emptyCount++;
        writeFileSync(join(work, String(z), String(x), `${y}.pbf`), body);
        tileCount++;
        bytes += body.length;
      }
    }
  }
  writeFileSync(
    join(work, 'metadata.json'),
    `${JSON.stringify({ format: 'pbf', minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM, bounds, tileCount, emptyCount, bytes }, null, 2)}\n`,
  );
  rmSync(OUT_TILES, { recursive: true, force: true });
  renameSync(work, OUT_TILES);

  mkdirSync(OUT_STYLES, { recursive: true });
  const tilesUrl = '../tiles/default/{z}/{x}/{y}.pbf';
  for (const theme of ['light', 'dark'] as const) {
    const style = buildStyle({ theme, tilesUrl, bounds, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM });
    const file = theme === 'light' ? 'default.json' : 'default-dark.json';
    writeFileSync(join(OUT_STYLES, file), `${JSON.stringify(style, null, 2)}\n`);
  }
  console.log(
    `build-tiles: ${tileCount} tiles z${MIN_ZOOM}–z${MAX_ZOOM} (${emptyCount} empty), ${(bytes / 1024).toFixed(0)} KiB → public/tiles/default; styles → public/styles`,
  );
}

main();
