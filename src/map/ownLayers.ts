/**
 * The app's own sources and layers, added on top of whatever base style is configured (and
 * again after every style change): clustered stations, hubs, the rider, the selection.
 */
import type { AddLayerObject, SourceSpecification } from 'maplibre-gl';
import type { Palette } from './palette.ts';

export const SRC = {
  stations: 'app-stations',
  hubs: 'app-hubs',
  origin: 'app-origin',
  selected: 'app-selected',
} as const;

export const LAYER = {
  clusters: 'app-clusters',
  clusterCount: 'app-cluster-count',
  stations: 'app-stations-point',
  hubs: 'app-hubs',
  originHalo: 'app-origin-halo',
  origin: 'app-origin',
  selected: 'app-selected',
} as const;

/** Stations merge into clusters up to this zoom; above it every station is its own marker. */
export const CLUSTER_MAX_ZOOM = 14;

/** Name of the hub icon image, drawn by `drawHubIcon`. */
export const HUB_ICON = 'app-hub';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function ownSources(): Record<string, SourceSpecification> {
  return {
    [SRC.stations]: {
      type: 'geojson',
      data: empty(),
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: 44,
      promoteId: 'id',
    },
    [SRC.hubs]: { type: 'geojson', data: empty(), promoteId: 'id' },
    [SRC.origin]: { type: 'geojson', data: empty() },
    [SRC.selected]: { type: 'geojson', data: empty() },
  };
}

/**
 * Draws the hub icon (no sprite sheet needed): a rounded square with a roof, at 2× for sharp
 * edges. Returns null where there is no canvas.
 */
export function drawHubIcon(p: Palette): ImageData | null {
  const size = 44;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = p.stroke;
  ctx.beginPath();
  ctx.roundRect(1, 1, size - 2, size - 2, 10);
  ctx.fill();
  ctx.fillStyle = p.hub;
  ctx.beginPath();
  ctx.roundRect(5, 5, size - 10, size - 10, 7);
  ctx.fill();
  ctx.fillStyle = p.stroke;
  ctx.beginPath();
  ctx.moveTo(22, 11);
  ctx.lineTo(33, 21);
  ctx.lineTo(30, 21);
  ctx.lineTo(30, 32);
  ctx.lineTo(14, 32);
  ctx.lineTo(14, 21);
  ctx.lineTo(11, 21);
  ctx.closePath();
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

/**
 * @param font the text-font for cluster counts: one the base style already uses, so a style
 *   with a glyphs server has that font (the embedded default draws text locally)
 */
export function ownLayers(p: Palette, font: string[]): AddLayerObject[] {
  return [
    {
      // A rounded square with a roof: hubs differ from stations by shape, not by colour only.
      id: LAYER.hubs,
      type: 'symbol',
      source: SRC.hubs,
      minzoom: 12,
      layout: {
        'icon-image': HUB_ICON,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 12, 0.7, 15, 1],
        'icon-allow-overlap': true,
      },
    },
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SRC.stations,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': p.cluster,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 22, 200, 27],
        'circle-stroke-color': p.clusterStroke,
        'circle-stroke-width': 2,
        'circle-opacity': 0.92,
      },
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SRC.stations,
      filter: ['has', 'point_count'],
      layout: {
        // The whole count: maplibre's abbreviation ("1.8k") reads as English in the Chinese app.
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': font,
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': p.clusterText },
    },
    {
      id: LAYER.stations,
      type: 'circle',
      source: SRC.stations,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['match', ['get', 'tone'], 'open', p.tone.open, 'soon', p.tone.soon, 'closed', p.tone.closed, p.tone.unknown],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 5, 16, 9],
        'circle-stroke-color': p.stroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.selected,
      type: 'circle',
      source: SRC.selected,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 15,
        'circle-stroke-color': p.selected,
        'circle-stroke-width': 3.5,
      },
    },
    {
      id: LAYER.originHalo,
      type: 'circle',
      source: SRC.origin,
      paint: { 'circle-color': p.originHalo, 'circle-radius': 22 },
    },
    {
      id: LAYER.origin,
      type: 'circle',
      source: SRC.origin,
      paint: {
        'circle-color': p.origin,
        'circle-radius': 8,
        'circle-stroke-color': p.stroke,
        'circle-stroke-width': 3,
      },
    },
  ];
}
