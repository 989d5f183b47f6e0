/**
 * TRUST_PROXY: behind a reverse proxy or CDN every request arrives from the proxy's address, so the
 * per-address limits (20 new rider reports an hour, the login back-off) would lump all riders
 * together. With trustProxy the address is the client's from X-Forwarded-For; without it, a
 * client cannot dodge the limits by sending that header itself.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_LIMIT } from '../../src/server/routes/reports.ts';
import { startTestServer } from './helpers.ts';
import type { TestServer } from './helpers.ts';

let t: TestServer | null = null;
afterEach(async () => t?.close());

const report = (forwardedFor: string) =>
  t!.app.inject({
    method: 'POST',
    url: '/api/reports',
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { id: randomUUID(), station_id: 'a1', kind: 'charger_broken', note: '', created_at: '2026-03-02T10:00:00+08:00' },
  });

async function fill(forwardedFor: string): Promise<void> {
  for (let i = 0; i < REPORT_LIMIT.MAX_NEW; i++) expect((await report(forwardedFor)).statusCode).toBe(201);
}

describe('client addresses behind a proxy', () => {
  it('with trustProxy, riders behind the same proxy have a limit each', async () => {
    t = await startTestServer({ trustProxy: true });
    await fill('203.0.113.7');
    expect((await report('203.0.113.7')).statusCode).toBe(429);
    expect((await report('198.51.100.23')).statusCode, 'another rider behind the same proxy').toBe(201);
  });

  it('without it, X-Forwarded-For is ignored: a client cannot escape the limit by inventing addresses', async () => {
    t = await startTestServer();
    await fill('203.0.113.7');
    expect((await report('198.51.100.23')).statusCode).toBe(429);
  });

  it('with trustProxy, the login back-off keys on the forwarded address too', async () => {
    t = await startTestServer({ trustProxy: true });
    const login = (forwardedFor: string, username: string) =>
      t!.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-forwarded-for': forwardedFor }, payload: { username, password: 'wrong' } });
    // Five failures for five different accounts from one address: the address is now blocked …
    for (const name of ['u1', 'u2', 'u3', 'u4', 'u5']) expect((await login('203.0.113.7', name)).statusCode).toBe(401);
    expect((await login('203.0.113.7', 'u6')).statusCode).toBe(429);
    // … and another rider's address is not.
    expect((await login('198.51.100.23', 'u6')).statusCode).toBe(401);
  });
});
