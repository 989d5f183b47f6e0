import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { precompress } from '../../scripts/precompress.ts';
import { startTestServer } from './helpers.ts';
import type { TestServer } from './helpers.ts';

const SCRIPT = `export const greeting = ${JSON.stringify('你好，骑手 '.repeat(200))};\n`;
const PAGE = `<!doctype html><title>rider</title>${'<p>rest stations</p>'.repeat(100)}`;

let t: TestServer;
let dist: string;
let app: FastifyInstance;
beforeEach(async () => {
  t = await startTestServer();
  dist = mkdtempSync(join(tmpdir(), 'dist-precompressed-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), PAGE);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(dist, 'assets', 'index-abcd.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-abcd.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-abcd.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  app = await buildApp({ db: t.store, clock: t.clock, staticDir: dist });
});
afterEach(async () => {
  await app.close();
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('precompressed static files', () => {
  it('sends the .br sibling to a client that accepts brotli, with the original type and caching', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abcd.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    const { brotliDecompressSync } = await import('node:zlib');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await app.inject({ method: 'GET', url: '/assets/index-abcd.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url: '/assets/index-abcd.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('keeps index.html and sw.js no-cache, compressed or not', async () => {
    const page = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const sw = await app.inject({ method: 'GET', url: '/sw.js', headers: { 'accept-encoding': 'br' } });
    expect(sw.headers['content-encoding']).toBeUndefined(); // no sibling written for it here
    expect(sw.headers['cache-control']).toBe('no-cache');
    const route = await app.inject({ method: 'GET', url: '/console/stations', headers: { 'accept-encoding': 'br' } });
    expect(route.statusCode).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
  });
});

describe('scripts/precompress.ts', () => {
  it('writes .br and .gz beside text files only, and only when smaller', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      writeFileSync(join(dir, 'big.js'), SCRIPT);
      writeFileSync(join(dir, 'tiny.json'), '{}');
      writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const totals = await precompress(dir);
      expect(totals.files).toBe(2);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(dir).sort()).toEqual(['big.js', 'big.js.br', 'big.js.gz', 'icon.png', 'tiny.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the published collection on a first visit', () => {
  it('answers brotli at once, then with the quality-11 body (same ETag, same decoded bytes)', async () => {
    const { default: Fastify } = await import('fastify');
    const { brotliDecompressSync } = await import('node:zlib');
    const { publishedCache, sendPublished } = await import('../../src/server/published.ts');
    const body = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 400 }, (_, i) => ({ type: 'Feature', id: `cy-${i}`, properties: { name: `驿站 ${i}`, opening_hours: i % 3 ? 'Mo-Fr 08:00-20:00' : '24/7' }, geometry: { type: 'Point', coordinates: [116.4 + i / 1000, 39.9] } })),
    });
    const published = publishedCache({ dataVersion: () => 7, publishedJson: () => body, listPublished: () => [] }).geojson;
    const server = Fastify();
    server.get('/stations', async (request, reply) => sendPublished(request, reply, published()));
    try {
      const first = await server.inject({ method: 'GET', url: '/stations', headers: { 'accept-encoding': 'br' } });
      expect(first.headers['content-encoding']).toBe('br');
      await published().bestBrotli;
      const later = await server.inject({ method: 'GET', url: '/stations', headers: { 'accept-encoding': 'br' } });
      expect(later.rawPayload.length).toBeLessThan(first.rawPayload.length);
      expect(brotliDecompressSync(later.rawPayload).toString()).toBe(body);
      expect(brotliDecompressSync(first.rawPayload).toString()).toBe(body);
      expect(later.headers.etag).toBe(first.headers.etag);
    } finally {
      await server.close();
    }
  });
});
