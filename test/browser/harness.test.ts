/**
 * The harness itself, on a tiny fixture site (not the app): so that when a rider test fails, the
 * server and the launcher are known to do what the tests assume.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchRider, SHUANGJING, startStaticServer, type StaticServer } from './harness.ts';

let dir: string;
let server: StaticServer;

const PROBE_PAGE = `<!doctype html><html><body><script>
  window.probe = new Promise((resolve) => {
    const r = {
      now: new Date().toISOString(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      language: navigator.language,
      webgl: !!document.createElement('canvas').getContext('webgl2'),
    };
    const t0 = performance.now();
    // The permission's state before anything asks for a position: a real grant or block, not an
    // auto-dismissed prompt.
    navigator.permissions.query({ name: 'geolocation' }).then((status) => {
      r.permission = status.state;
      navigator.geolocation.getCurrentPosition(
        (p) => { r.position = [p.coords.longitude, p.coords.latitude]; done(); },
        (e) => { r.geolocationError = e.code; done(); },
        { timeout: 5000 },
      );
    });
    function done() { setTimeout(() => { r.timersRun = performance.now() - t0 >= 100; r.later = new Date().toISOString(); resolve(r); }, 100); }
  });
</script></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'harness-site-'));
  mkdirSync(join(dir, 'site/data'), { recursive: true });
  mkdirSync(join(dir, 'site/assets'), { recursive: true });
  mkdirSync(join(dir, 'data-v2'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), PROBE_PAGE);
  writeFileSync(join(dir, 'site/data/stations.geojson'), '{"version":1}');
  writeFileSync(join(dir, 'data-v2/stations.geojson'), '{"version":2}');
  for (const file of ['assets/worker.mjs', 'manifest.webmanifest', 'tiles.pbf']) writeFileSync(join(dir, 'site', file), 'x');
  server = await startStaticServer({ root: join(dir, 'site') });
});

afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  test('MIME types, SPA fallback and 404s', async () => {
    const type = async (path: string) => (await fetch(server.url(path))).headers.get('content-type');
    expect(await type('/assets/worker.mjs')).toMatch(/^text\/javascript/);
    expect(await type('/manifest.webmanifest')).toMatch(/^application\/manifest\+json/);
    expect(await type('/tiles.pbf')).toBe('application/x-protobuf');
    expect(await type('/data/stations.geojson')).toMatch(/^application\/geo\+json/);
    const route = await fetch(server.url('/station/cy-0001'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('window.probe');
    expect((await fetch(server.url('/missing.js'))).status).toBe(404);
  });

  test('ETag and If-None-Match give a 304; swapping the data directory changes the answer', async () => {
    const first = await fetch(server.url('/data/stations.geojson'));
    const etag = first.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    expect((await fetch(server.url('/data/stations.geojson'), { headers: { 'If-None-Match': etag } })).status).toBe(304);
    server.setDataDir(join(dir, 'data-v2'));
    const changed = await fetch(server.url('/data/stations.geojson'), { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('{"version":2}');
    server.setDataDir(null);
  });

  test('stops (connections refused) and starts again on the same port; counts requests per path', async () => {
    const port = server.port;
    server.resetCounts();
    await fetch(server.url('/tiles.pbf'));
    await server.stop();
    await expect(fetch(`http://127.0.0.1:${port}/tiles.pbf`)).rejects.toThrow();
    await server.start();
    expect(server.port).toBe(port);
    expect((await fetch(server.url('/tiles.pbf'))).status).toBe(200);
    expect(server.requestCount('/tiles.pbf')).toBe(2);
    expect(server.requestCount('/never')).toBe(0);
  });
});

describe('launcher', () => {
  async function probe(options: Parameters<typeof launchRider>[0]): Promise<Record<string, unknown>> {
    const rider = await launchRider(options);
    try {
      await rider.page.goto(server.url('/'));
      return await rider.page.evaluate(() => (window as unknown as { probe: Promise<Record<string, unknown>> }).probe);
    } finally {
      await rider.close();
    }
  }

  test('granted position, fixed time with running timers, time zone, locale, WebGL', async () => {
    const at = new Date('2026-11-04T14:30:00+08:00');
    const r = await probe({ geolocation: { granted: SHUANGJING }, fixedTime: at, timezoneId: 'America/New_York', locale: 'en-US' });
    expect(r).toMatchObject({
      permission: 'granted',
      position: SHUANGJING,
      now: at.toISOString(),
      later: at.toISOString(),
      timersRun: true,
      timeZone: 'America/New_York',
      language: 'en-US',
      webgl: true,
    });
  });

  test('denied position (PERMISSION_DENIED = 1) and WebGL switched off', async () => {
    const r = await probe({ geolocation: 'denied', webgl: false });
    expect(r).toMatchObject({ permission: 'denied', geolocationError: 1, webgl: false, timeZone: 'Asia/Shanghai', language: 'zh-CN' });
  });
});
