/**
 * Shared set-up for server tests: a real SQLite file in a temp folder, two square fixture
 * offices side by side, three accounts, a clock the test moves, and a cheap scrypt.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { OWASP_SCRYPT, scryptHasher } from '../../src/server/auth/password.ts';
import type { PasswordHasher } from '../../src/server/auth/password.ts';
import { openSqliteStore } from '../../src/server/db/sqliteStore.ts';
import type { Office, Store } from '../../src/server/repository.ts';
import type { LngLat, Station, StationProperties } from '../../src/core/station.ts';

export const OFFICE_A = '110105016'; // 双井街道: lng 116.44–116.475
export const OFFICE_B = '110105023'; // 将台地区: lng 116.475–116.51 (shares the line lng = 116.475)
export const PASSWORD = 'correct horse battery staple';
export const IN_A: LngLat = [116.46, 39.89];
export const IN_B: LngLat = [116.49, 39.89];
export const OUTSIDE_ALL: LngLat = [116.3, 39.95];

function square(code: string, name: string, nameEn: string, west: number, east: number): Office {
  const [south, north] = [39.87, 39.91];
  return {
    type: 'Feature',
    id: code,
    geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
    properties: { code, name, name_en: nameEn, centre: [(west + east) / 2, (south + north) / 2] },
  };
}

export const FIXTURE_OFFICES: Office[] = [
  square(OFFICE_A, '双井街道', 'Shuangjing Subdistrict', 116.44, 116.475),
  square(OFFICE_B, '将台地区', 'Jiangtai Area', 116.475, 116.51),
];

export function testClock(startIso = '2026-03-02T02:00:00.000Z') {
  let nowMs = Date.parse(startIso);
  return { now: () => new Date(nowMs), advance: (ms: number) => void (nowMs += ms) };
}

/** scrypt at a test cost, counting calls so a test can prove a login never reached it. */
export function countingHasher(): PasswordHasher & { verifyCalls: number } {
  const inner = scryptHasher({ ...OWASP_SCRYPT, N: 2 ** 10 });
  const hasher = {
    verifyCalls: 0,
    hash: (password: string) => inner.hash(password),
    verify: (password: string, stored: string) => {
      hasher.verifyCalls += 1;
      return inner.verify(password, stored);
    },
  };
  return hasher;
}

export function stationProps(overrides: Partial<StationProperties> = {}): StationProperties {
  return {
    name: '双井·二十二院街小哥加油站',
    kind: 'rest_station',
    amenities: ['ebike_charging', 'drinking_water'],
    opening_hours: '24/7',
    status: 'operational',
    address: '朝阳区百子湾路22号院',
    office_code: OFFICE_A,
    host_type: 'street_facility',
    updated_at: '2026-01-10T01:00:00.000Z',
    verified_at: null,
    ...overrides,
  };
}

export function feature(id: string, lngLat: LngLat, overrides: Partial<StationProperties> = {}): Station {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: lngLat }, properties: stationProps(overrides) };
}

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  clock: ReturnType<typeof testClock>;
  hasher: ReturnType<typeof countingHasher>;
  dir: string;
  close(): Promise<void>;
}

/** App + store with offices A and B, users alice (editor A), bob (editor B), root (admin), and (unless withStations: false) stations a1, b1. */
export async function startTestServer(options: { secureCookies?: boolean; withStations?: boolean; trustProxy?: boolean } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'stations-test-'));
  const store = openSqliteStore(join(dir, 'stations.sqlite'));
  const clock = testClock();
  const hasher = countingHasher();
  store.offices.replaceAll(FIXTURE_OFFICES);
  const hash = await hasher.hash(PASSWORD);
  const at = clock.now();
  store.users.add({ username: 'alice', passwordHash: hash, role: 'editor', officeCode: OFFICE_A, at });
  store.users.add({ username: 'bob', passwordHash: hash, role: 'editor', officeCode: OFFICE_B, at });
  store.users.add({ username: 'root', passwordHash: hash, role: 'admin', officeCode: null, at });
  const seed = { action: 'seed' as const, by: 'seed', at, summary: [] };
  if (options.withStations ?? true) {
    store.stations.write(feature('a1', IN_A), false, seed);
    store.stations.write(feature('b1', IN_B, { name: '将台小哥加油站', address: '朝阳区将台路1号', office_code: OFFICE_B }), false, seed);
  }
  const app = await buildApp({ db: store, clock, hasher, secureCookies: options.secureCookies, trustProxy: options.trustProxy });
  return {
    app,
    store,
    clock,
    hasher,
    dir,
    close: async () => {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function login(app: FastifyInstance, username: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export const json = <T = any>(res: LightMyRequestResponse): T => res.json() as T;
