/**
 * The street offices' jurisdiction polygons, for "download my office's area". The rider screen
 * keeps only names (src/app/data/offices.ts); the polygons are read here, when asked for, from
 * the same published file and through the core schema.
 */
import type { Office } from '../../core/offices.ts';
import { officePropertiesSchema } from '../../core/offices.ts';

export async function loadOfficeShapes(url: string = new URL('data/offices.geojson', document.baseURI).href): Promise<Office[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return parseOfficeShapes(await response.json());
}

/** Offices with a valid code, names and a (Multi)Polygon; anything else is skipped. */
export function parseOfficeShapes(json: unknown): Office[] {
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const out: Office[] = [];
  for (const feature of features as { geometry?: { type?: unknown }; properties?: unknown }[]) {
    const props = officePropertiesSchema.safeParse(feature?.properties);
    const type = feature?.geometry?.type;
    if (!props.success || (type !== 'Polygon' && type !== 'MultiPolygon')) continue;
    out.push({ type: 'Feature', id: props.data.code, geometry: feature.geometry as Office['geometry'], properties: props.data });
  }
  return out.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}
