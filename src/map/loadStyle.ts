/**
 * Fetches a style JSON and makes its URLs absolute, so a style can refer to its tiles, sprite
 * and glyphs relative to itself (the embedded default does: `../tiles/default/{z}/{x}/{y}.pbf`)
 * and still work from a web worker, wherever the app is deployed.
 */
import type { StyleSpecification } from 'maplibre-gl';

/** Resolves `url` against `base`, keeping `{z}`-style placeholders readable to maplibre. */
export function resolveTemplate(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url; // already absolute (http:, https:, data:, pmtiles: …)
  return new URL(url, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}

export function absolutizeStyle(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const out: StyleSpecification = { ...style, sources: {} };
  for (const [id, source] of Object.entries(style.sources)) {
    const copy = { ...source } as Record<string, unknown>;
    if (typeof copy.url === 'string') copy.url = resolveTemplate(copy.url, styleUrl);
    if (Array.isArray(copy.tiles)) copy.tiles = (copy.tiles as string[]).map((t) => resolveTemplate(t, styleUrl));
    if (typeof copy.data === 'string') copy.data = resolveTemplate(copy.data, styleUrl);
    out.sources[id] = copy as unknown as StyleSpecification['sources'][string];
  }
  if (typeof style.glyphs === 'string') out.glyphs = resolveTemplate(style.glyphs, styleUrl);
  if (typeof style.sprite === 'string') out.sprite = resolveTemplate(style.sprite, styleUrl);
  return out;
}

export async function loadStyle(url: string, signal?: AbortSignal): Promise<StyleSpecification> {
  const absolute = new URL(url, document.baseURI).href;
  const response = await fetch(absolute, { signal });
  if (!response.ok) throw new Error(`style ${url}: HTTP ${response.status}`);
  const style = (await response.json()) as StyleSpecification;
  if (style.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers)) {
    throw new Error(`style ${url}: not a MapLibre style (version 8 with sources and layers)`);
  }
  return absolutizeStyle(style, absolute);
}

/** The first text-font a style's own symbol layers use, so our labels use a font it serves. */
export function styleFont(style: StyleSpecification): string[] {
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const font = layer.layout?.['text-font'];
    if (Array.isArray(font) && font.every((f) => typeof f === 'string')) return font as string[];
  }
  return ['Noto Sans Bold'];
}
