import { describe, expect, it } from 'vitest';
import { createMemoryAreaStore, restoreArea } from './areaStore.ts';
import { AreaDownloader } from './downloader.ts';
import { createMemoryTileStore } from './tileStore.ts';
import { tileUrl } from './tileUrl.ts';
import type { AreaRecord, NewArea } from './types.ts';

const urls = (n: number, prefix = 'a'): string[] => Array.from({ length: n }, (_, i) => `https://tiles.example/${prefix}/${i}.pbf`);

function newArea(tileUrls: string[]): NewArea {
  return {
    shape: { kind: 'circle', center: [116.4626, 39.893], radiusKm: 3, around: { kind: 'place' } },
    minZoom: 8,
    maxZoom: 13,
    tileUrls,
    estimateBytes: tileUrls.length * 700,
  };
}

/** A tile server in memory: records every request, can go down, can answer an error status. */
function fakeServer() {
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const state = { down: false, failAfter: Infinity, status: new Map<string, number>() };
  const fetchFn = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((r) => setTimeout(r, 1));
      if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      if (state.down || requests.length > state.failAfter) throw new TypeError('Failed to fetch');
      const status = state.status.get(url) ?? 200;
      return new Response(status === 200 ? new Uint8Array(100) : null, { status, headers: { 'Content-Type': 'application/x-protobuf' } });
    } finally {
      inFlight--;
    }
  };
  return { fetchFn, requests, state, get maxInFlight() { return maxInFlight; } };
}

function setup(options: { areas?: AreaRecord[] } = {}) {
  const server = fakeServer();
  const tiles = createMemoryTileStore();
  const areas = createMemoryAreaStore(options.areas);
  const sleeps: number[] = [];
  let n = 0;
  const make = () =>
    new AreaDownloader({
      areas,
      tiles,
      fetch: server.fetchFn,
      now: () => new Date('2026-11-04T14:30:00+08:00'),
      sleep: async (ms) => void sleeps.push(ms),
      newId: () => `area-${++n}`,
    });
  return { server, tiles, areas, sleeps, downloader: make(), make };
}

describe('AreaDownloader', () => {
  it('stores every tile, at most 4 at a time, and records the area as complete with its size', async () => {
    const { server, tiles, areas, downloader } = setup();
    const area = await downloader.start(newArea(urls(30)));
    await downloader.settled(area.id);
    expect(tiles.entries.size).toBe(30);
    expect(server.maxInFlight).toBeLessThanOrEqual(4);
    expect(server.maxInFlight).toBeGreaterThan(1);
    const [stored] = await areas.list();
    expect(stored).toMatchObject({ status: 'complete', doneCount: 30, bytes: 3000, completedAt: '2026-11-04T06:30:00.000Z' });
  });

  it('is stored as complete before it is shown complete (a page closed right then finds it complete)', async () => {
    const { areas, downloader } = setup();
    const seenStored: Promise<string | undefined>[] = [];
    let shown = false;
    downloader.subscribe(() => {
      if (shown || downloader.snapshot()[0]?.status !== 'complete') return;
      shown = true;
      seenStored.push(areas.list().then((list) => list[0]?.status));
    });
    const area = await downloader.start(newArea(urls(5)));
    await downloader.settled(area.id);
    expect(seenStored).toHaveLength(1);
    expect(await seenStored[0]).toBe('complete');
  });

  it('on a lost connection retries after 1, 2 and 4 s, then pauses with what it saved; resume fetches only the rest', async () => {
    const { server, tiles, areas, sleeps, downloader } = setup();
    server.state.failAfter = 12;
    const area = await downloader.start(newArea(urls(40)));
    await downloader.settled(area.id);

    const paused = downloader.snapshot()[0]!;
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'offline' });
    expect(paused.doneCount).toBe(tiles.entries.size);
    expect(paused.doneCount).toBeGreaterThanOrEqual(8);
    // Each of the 4 workers backs off on its own; the one that gives up waited 1, 2 and 4 s.
    expect([...new Set(sleeps)].sort((a, b) => a - b)).toEqual([1000, 2000, 4000]);
    expect((await areas.list())[0]).toMatchObject({ status: 'paused', pauseReason: 'offline', doneCount: paused.doneCount });

    const savedBefore = new Set(tiles.entries.keys());
    server.state.failAfter = Infinity;
    server.requests.length = 0;
    await downloader.resume(area.id);
    await downloader.settled(area.id);
    expect(downloader.snapshot()[0]).toMatchObject({ status: 'complete', doneCount: 40 });
    expect(server.requests.filter((u) => savedBefore.has(u)), 'tiles fetched again').toEqual([]);
    expect(server.requests).toHaveLength(40 - savedBefore.size);
  });

  it('after a reload, a download that was running is paused (interrupted) and resumes without refetching', async () => {
    const first = setup();
    const area = await first.downloader.start(newArea(urls(20)));
    first.downloader.pause(area.id);
    await first.downloader.settled(area.id);
    // The page died mid-download: the stored record still says 'downloading'.
    const [record] = await first.areas.list();
    await first.areas.put({ ...record!, status: 'downloading' });
    const saved = new Set(first.tiles.entries.keys());

    const reloaded = first.make();
    await reloaded.load();
    expect(reloaded.snapshot()[0]).toMatchObject({ status: 'paused', pauseReason: 'interrupted' });
    first.server.requests.length = 0;
    await reloaded.resume(area.id);
    await reloaded.settled(area.id);
    expect(reloaded.snapshot()[0]).toMatchObject({ status: 'complete', doneCount: 20 });
    expect(first.server.requests.filter((u) => saved.has(u))).toEqual([]);
  });

  it('a finished area whose tiles the browser removed says so after a reload, and resume refills it', async () => {
    const first = setup();
    const area = await first.downloader.start(newArea(urls(10)));
    await first.downloader.settled(area.id);
    await first.tiles.delete(urls(10)[3]!);
    await first.tiles.delete(urls(10)[7]!);

    const reloaded = first.make();
    await reloaded.load();
    expect(reloaded.snapshot()[0]).toMatchObject({ status: 'paused', pauseReason: 'evicted', doneCount: 8, bytes: 800 });
    first.server.requests.length = 0;
    await reloaded.resume(area.id);
    await reloaded.settled(area.id);
    expect(reloaded.snapshot()[0]).toMatchObject({ status: 'complete', doneCount: 10 });
    expect(first.server.requests.sort()).toEqual([urls(10)[3], urls(10)[7]].sort());
  });

  it('pause stops at once and resume continues', async () => {
    const { tiles, downloader } = setup();
    const area = await downloader.start(newArea(urls(50)));
    downloader.pause(area.id);
    await downloader.settled(area.id);
    expect(downloader.snapshot()[0]).toMatchObject({ status: 'paused', pauseReason: 'user' });
    expect(tiles.entries.size).toBeLessThan(50);
    await downloader.resume(area.id);
    await downloader.settled(area.id);
    expect(downloader.snapshot()[0]).toMatchObject({ status: 'complete', doneCount: 50 });
  });

  it('deleting an area removes only the tiles no other area needs', async () => {
    const { tiles, areas, downloader } = setup();
    const big = await downloader.start(newArea(urls(10)));
    await downloader.settled(big.id);
    const small = await downloader.start(newArea([...urls(4), ...urls(3, 'b')]));
    await downloader.settled(small.id);
    expect(tiles.entries.size).toBe(13);

    await downloader.remove(small.id);
    expect([...tiles.entries.keys()].sort()).toEqual(urls(10).sort());
    await downloader.remove(big.id);
    expect(tiles.entries.size).toBe(0);
    expect(await areas.list()).toEqual([]);
    expect(downloader.snapshot()).toEqual([]);
  });

  it('cancelling a running download stops it and removes what it stored', async () => {
    const { tiles, downloader } = setup();
    const area = await downloader.start(newArea(urls(50)));
    await downloader.remove(area.id);
    expect(tiles.entries.size).toBe(0);
    expect(downloader.snapshot()).toEqual([]);
  });

  it('a 404 counts as done without storing; a 403 pauses with the reason', async () => {
    const { server, tiles, downloader } = setup();
    const list = urls(6);
    server.state.status.set(list[2]!, 404);
    const a = await downloader.start(newArea(list));
    await downloader.settled(a.id);
    expect(downloader.snapshot()[0]).toMatchObject({ status: 'complete', doneCount: 6, missingCount: 1 });
    expect(tiles.entries.has(list[2]!)).toBe(false);

    server.state.status.set(urls(1, 'c')[0]!, 403);
    const b = await downloader.start(newArea(urls(1, 'c')));
    await downloader.settled(b.id);
    expect(downloader.snapshot().find((r) => r.id === b.id)).toMatchObject({
      status: 'paused',
      pauseReason: 'error',
      errorDetail: 'HTTP 403 for https://tiles.example/c/0.pbf',
    });
  });

  it('a full disk pauses with reason storage', async () => {
    const { tiles, downloader } = setup();
    let puts = 0;
    const put = tiles.put.bind(tiles);
    tiles.put = async (url, body, type) => {
      if (++puts > 5) throw new DOMException('quota', 'QuotaExceededError');
      return put(url, body, type);
    };
    const area = await downloader.start(newArea(urls(20)));
    await downloader.settled(area.id);
    expect(downloader.snapshot()[0]).toMatchObject({ status: 'paused', pauseReason: 'storage', doneCount: 5 });
  });
});

describe('restoreArea', () => {
  it('drops a damaged record and clamps an impossible count', () => {
    expect(restoreArea({ id: 'x', status: 'bogus' })).toBeNull();
    const good: AreaRecord = {
      id: 'a',
      ...newArea(urls(2)),
      doneCount: 5,
      missingCount: 0,
      bytes: 0,
      status: 'paused',
      pauseReason: 'user',
      createdAt: '2026-11-04T06:30:00.000Z',
      updatedAt: '2026-11-04T06:30:00.000Z',
    };
    expect(restoreArea(good)?.doneCount).toBe(2);
  });
});

describe('tileUrl', () => {
  it('builds URLs the way maplibre does: subdomain pick, tms rows, quadkey, ratio', () => {
    const t = { z: 13, x: 6746, y: 3104 };
    expect(tileUrl(['https://a/{z}/{x}/{y}.pbf', 'https://b/{z}/{x}/{y}.pbf'], t)).toBe('https://a/13/6746/3104.pbf');
    expect(tileUrl(['https://a/{z}/{x}/{y}.pbf', 'https://b/{z}/{x}/{y}.pbf'], { ...t, x: 6747 })).toBe('https://b/13/6747/3104.pbf');
    expect(tileUrl(['https://a/{z}/{x}/{y}.png'], t, { scheme: 'tms' })).toBe('https://a/13/6746/5087.png');
    expect(tileUrl(['https://a/{quadkey}{ratio}.png'], { z: 2, x: 1, y: 1 }, { pixelRatio: 2 })).toBe('https://a/03@2x.png');
  });
});
