/**
 * `npm run bench:api`: does the API server hold at a whole country's size?
 *
 * Two databases in the same run: the Chaoyang sample's size (2,912 stations) as the baseline, and
 * 150,000 stations. For each, over real HTTP on a loopback port (the real SQLite file, WAL,
 * synchronous=FULL): loading the stations (one transaction), the first GET /api/stations after a
 * change (the published collection is rebuilt), a repeat GET (served from memory), a conditional
 * GET answered 304, one station read, a PATCH by an editor, and the `?since=` delta a rider's app
 * then asks for. Medians of several runs; ratios 150k ÷ 3k.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { OWASP_SCRYPT, scryptHasher } from '../src/server/auth/password.ts';
import { openSqliteStore } from '../src/server/db/sqliteStore.ts';
import { officeAt } from '../src/core/offices.ts';
import type { Office } from '../src/core/offices.ts';
import { AMENITIES, STATION_KINDS } from '../src/core/station.ts';
import type { LngLat, Station } from '../src/core/station.ts';
import type { Store } from '../src/server/repository.ts';
import { mulberry32 } from './lib/prng.ts';

const SIZES = [2_912, 150_000];
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const PASSWORD = 'bench password, never a real one';

const HOURS = ['24/7', '24/7', 'Mo-Su 08:00-20:00', 'Mo-Fr 09:00-18:00', 'Mo-Su 22:00-06:00', null];

function readOffices(): Office[] {
  const file = new URL('../data/offices.geojson', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { features: Office[] }).features;
}

/** `count` stations at seeded random points inside Chaoyang's offices, each owned by its office. */
function randomStations(count: number, offices: readonly Office[], seed: number): Station[] {
  const rng = mulberry32(seed);
  const stations: Station[] = [];
  while (stations.length < count) {
    const lngLat: LngLat = [Number((116.35 + rng.next() * 0.29).toFixed(6)), Number((39.82 + rng.next() * 0.27).toFixed(6))];
    const office = officeAt(offices, lngLat);
    if (!office) continue;
    const i = stations.length;
    stations.push({
      type: 'Feature',
      id: `bench-${String(i).padStart(6, '0')}`,
      geometry: { type: 'Point', coordinates: lngLat },
      properties: {
        name: `${office.properties.name}第${i}号驿站`,
        kind: rng.pick(STATION_KINDS),
        amenities: AMENITIES.filter(() => rng.chance(0.4)),
        opening_hours: rng.pick(HOURS),
        status: 'operational',
        address: `北京市朝阳区某路${i}号`,
        office_code: office.properties.code,
        host_type: 'street_facility',
        updated_at: '2026-11-20T10:00:00+08:00',
        verified_at: null,
      },
    });
  }
  return stations;
}

interface Figures {
  loadMs: number;
  fullRebuildMs: number;
  fullBytes: number;
  repeatMs: number;
  notModifiedMs: number;
  oneStationMs: number;
  patchMs: number;
  deltaMs: number;
  deltaBytes: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function measure(size: number): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  const store: Store = openSqliteStore(join(dir, 'stations.sqlite'));
  let app: FastifyInstance | null = null;
  try {
    const offices = readOffices();
    store.offices.replaceAll(offices);
    const hasher = scryptHasher({ ...OWASP_SCRYPT, N: 2 ** 10 });
    const at = new Date();
    store.users.add({ username: 'editor', passwordHash: await hasher.hash(PASSWORD), role: 'admin', officeCode: null, at });
    const stations = randomStations(size, offices, 20261129);
    const load = await timed(async () =>
      store.transaction(() => {
        for (const s of stations) store.stations.write(s, false, { action: 'seed', by: 'bench', at, summary: [] });
      }),
    );

    app = await buildApp({ db: store, hasher });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'editor', password: PASSWORD }),
    });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const runs: Omit<Figures, 'loadMs'>[] = [];
    for (let run = 0; run < RUNS; run++) {
      const target = stations[(run * 7919) % stations.length]!;
      const before = Number((await fetch(`${base}/api/stations/${target.id}`).then((r) => r.json())).properties.version);
      // A change moves the data version: the next full GET rebuilds the published collection.
      const patch = await timed(() =>
        fetch(`${base}/api/stations/${target.id}`, {
          method: 'PATCH',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', 'if-match': `"${before}"` },
          body: JSON.stringify({ properties: { phone: `010-6${String(run).padStart(7, '0')}` } }),
        }).then(async (r) => {
          if (r.status !== 200) throw new Error(`PATCH ${target.id}: HTTP ${r.status} ${await r.text()}`);
        }),
      );
      const version = (v: Response) => Number(v.headers.get('x-data-version'));
      const full = await timed(async () => {
        const r = await fetch(`${base}/api/stations`, { headers: { 'accept-encoding': 'identity' } });
        return { etag: r.headers.get('etag'), version: version(r), bytes: (await r.arrayBuffer()).byteLength };
      });
      const repeat = await timed(() => fetch(`${base}/api/stations`, { headers: { 'accept-encoding': 'identity' } }).then((r) => r.arrayBuffer()));
      const notModified = await timed(async () => {
        const r = await fetch(`${base}/api/stations`, { headers: { 'if-none-match': full.value.etag ?? '' } });
        await r.arrayBuffer();
        if (r.status !== 304) throw new Error(`expected 304, got ${r.status}`);
      });
      const one = await timed(() => fetch(`${base}/api/stations/${target.id}`).then((r) => r.arrayBuffer()));
      const delta = await timed(async () => {
        const r = await fetch(`${base}/api/stations?since=${full.value.version - 1}`, { headers: { 'accept-encoding': 'identity' } });
        const body = (await r.json()) as { changed: unknown[] };
        if (body.changed.length !== 1) throw new Error(`expected one changed station in the delta, got ${body.changed.length}`);
        return JSON.stringify(body).length;
      });
      runs.push({
        fullRebuildMs: full.ms,
        fullBytes: full.value.bytes,
        repeatMs: repeat.ms,
        notModifiedMs: notModified.ms,
        oneStationMs: one.ms,
        patchMs: patch.ms,
        deltaMs: delta.ms,
        deltaBytes: delta.value,
      });
    }
    const pick = (k: keyof Omit<Figures, 'loadMs'>) => median(runs.map((r) => r[k]));
    return {
      loadMs: load.ms,
      fullRebuildMs: pick('fullRebuildMs'),
      fullBytes: pick('fullBytes'),
      repeatMs: pick('repeatMs'),
      notModifiedMs: pick('notModifiedMs'),
      oneStationMs: pick('oneStationMs'),
      patchMs: pick('patchMs'),
      deltaMs: pick('deltaMs'),
      deltaBytes: pick('deltaBytes'),
    };
  } finally {
    await app?.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows: [string, keyof Figures, 'ms' | 'bytes'][] = [
  ['load all stations (one transaction)', 'loadMs', 'ms'],
  ['GET /api/stations after a change (rebuild)', 'fullRebuildMs', 'ms'],
  ['  its size (identity)', 'fullBytes', 'bytes'],
  ['GET /api/stations again (from memory)', 'repeatMs', 'ms'],
  ['GET /api/stations If-None-Match → 304', 'notModifiedMs', 'ms'],
  ['GET /api/stations/:id', 'oneStationMs', 'ms'],
  ['PATCH /api/stations/:id (If-Match)', 'patchMs', 'ms'],
  ['GET /api/stations?since= (one change)', 'deltaMs', 'ms'],
  ['  its size', 'deltaBytes', 'bytes'],
];

const results: Figures[] = [];
for (const size of SIZES) {
  process.stdout.write(`measuring ${size.toLocaleString('en')} stations (${RUNS} runs)…\n`);
  results.push(await measure(size));
}
const fmt = (v: number, unit: 'ms' | 'bytes') => (unit === 'ms' ? `${v.toFixed(v < 10 ? 2 : 0)} ms` : `${(v / 1024).toFixed(1)} KB`);
console.log(`\n| | ${SIZES.map((s) => `${s.toLocaleString('en')} stations`).join(' | ')} | ratio |`);
console.log(`|---|${SIZES.map(() => '---').join('|')}|---|`);
for (const [label, key, unit] of rows) {
  const [small, large] = results.map((r) => r[key]);
  console.log(`| ${label} | ${fmt(small!, unit)} | ${fmt(large!, unit)} | ${(large! / small!).toFixed(1)}× |`);
}
console.log(`\nnode ${process.version}, medians of ${RUNS} runs (load: one run)`);
