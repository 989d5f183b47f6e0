import { describe, expect, it } from 'vitest';
import { estimateMissingBodies, evenSample, MAX_HEAD_REQUESTS, metadataUrlOf } from './estimate.ts';
import type { TileSource } from './tileSet.ts';

const SOURCE: TileSource = {
  id: 'outlines',
  type: 'vector',
  templates: ['https://riders.example/tiles/default/{z}/{x}/{y}.pbf'],
  minzoom: 8,
  maxzoom: 13,
  scheme: 'xyz',
};
const urls = (n: number): string[] => Array.from({ length: n }, (_, i) => `https://riders.example/tiles/default/13/${i}/0.pbf`);

/** A server that answers HEAD with a size per URL index, and metadata.json with a set-wide average. */
function server(options: { headUp?: boolean; metadata?: { tileCount: number; bytes: number } | null } = {}) {
  const heads: string[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('metadata.json')) {
      return options.metadata ? new Response(JSON.stringify(options.metadata)) : new Response('no', { status: 404 });
    }
    heads.push(url);
    if (init?.method !== 'HEAD' || options.headUp === false) throw new TypeError('Failed to fetch');
    const index = Number(url.split('/').at(-2));
    return new Response(null, { headers: { 'Content-Length': String(100 * (index + 1)) } });
  }) as typeof fetch;
  return { fetchFn, heads };
}

describe('estimateMissingBodies', () => {
  it('asks the size of every tile when there are few: exact', async () => {
    const { fetchFn, heads } = server();
    expect(await estimateMissingBodies(SOURCE, urls(5), fetchFn)).toEqual({ bytes: 100 + 200 + 300 + 400 + 500, basis: 'measured' });
    expect(heads).toHaveLength(5);
  });

  it(`samples ${MAX_HEAD_REQUESTS} spread over many tiles`, async () => {
    const { fetchFn, heads } = server();
    const result = await estimateMissingBodies(SOURCE, urls(480), fetchFn);
    expect(heads).toHaveLength(MAX_HEAD_REQUESTS);
    expect(result.basis).toBe('sampled');
    const exact = (480 * 481 * 100) / 2;
    expect(Math.abs(result.bytes - exact) / exact).toBeLessThan(0.02);
  });

  it('offline: falls back to the tile set’s average, then to a stated guess', async () => {
    const withMeta = server({ headUp: false, metadata: { tileCount: 1000, bytes: 146_000 } });
    expect(await estimateMissingBodies(SOURCE, urls(10), withMeta.fetchFn)).toEqual({ bytes: 1460, basis: 'metadata' });
    const bare = server({ headUp: false, metadata: null });
    expect(await estimateMissingBodies(SOURCE, urls(10), bare.fetchFn)).toEqual({ bytes: 400_000, basis: 'guess' });
  });

  it('nothing missing costs nothing', async () => {
    expect(await estimateMissingBodies(SOURCE, [], server().fetchFn)).toEqual({ bytes: 0, basis: 'measured' });
  });
});

describe('evenSample', () => {
  it('spreads the picks over the whole list', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([1, 3, 5, 7, 9]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('metadataUrlOf', () => {
  it('finds build-tiles’ metadata.json beside a {z}/{x}/{y} tree, and nothing for other shapes', () => {
    expect(metadataUrlOf('https://riders.example/tiles/default/{z}/{x}/{y}.pbf')).toBe('https://riders.example/tiles/default/metadata.json');
    expect(metadataUrlOf('https://t0.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}')).toBeNull();
    expect(metadataUrlOf('{z}/{x}/{y}.pbf')).toBeNull();
  });
});
