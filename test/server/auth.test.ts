import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '../../src/server/auth/loginThrottle.ts';
import { OWASP_SCRYPT, scryptHasher } from '../../src/server/auth/password.ts';
import { PLAIN_COOKIE_NAME, SECURE_COOKIE_NAME, SESSION_LIFETIME_MS } from '../../src/server/auth/sessions.ts';
import { IN_A, login, PASSWORD, startTestServer } from './helpers.ts';
import type { TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => t.close());

const attempt = (username: string, password: string, ip = '203.0.113.7') =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip });

describe('login', () => {
  it('logs in, reports the session with a CSRF token, and logs out', async () => {
    const res = await attempt('alice', PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toEqual({ username: 'alice', role: 'editor', officeCode: '110105016' });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = res.cookies.find((c) => c.name === PLAIN_COOKIE_NAME);
    expect(cookie).toMatchObject({ httpOnly: true, path: '/', sameSite: 'Strict' });
    expect(res.headers['cache-control']).toBe('no-store');

    const s = await login(t.app, 'alice');
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(s.csrf);

    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: s.headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: { code: 'unauthenticated', message: 'Log in first.', details: null } });
  });

  it('uses the __Host- cookie, Secure, when cookies are secure', async () => {
    const secure = await startTestServer({ secureCookies: true });
    try {
      const res = await secure.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: PASSWORD } });
      const cookie = res.cookies.find((c) => c.name === SECURE_COOKIE_NAME);
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Strict' });
      expect(cookie).not.toHaveProperty('domain');
    } finally {
      await secure.close();
    }
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await attempt('alice', 'not the password');
    const unknown = await attempt('nobody', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
  });

  it('rejects a login body with unknown fields', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: PASSWORD, admin: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'admin', message: 'unknown field' }]);
  });

  it('expires a session after its lifetime', async () => {
    const s = await login(t.app, 'alice');
    t.clock.advance(SESSION_LIFETIME_MS + 1000);
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(401);
  });
});

describe('login rate limit', () => {
  it('blocks an account after repeated failures without hashing, then lets the real user in after the back-off', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.FREE_FAILURES; i++) {
      // A different address each time: the per-account key is what trips.
      expect((await attempt('alice', `guess ${i}`, `198.51.100.${i + 1}`)).statusCode).toBe(401);
    }
    const callsBefore = t.hasher.verifyCalls;
    const blocked = await attempt('alice', PASSWORD, '192.0.2.50');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBe(LOGIN_THROTTLE.BASE_DELAY_MS / 1000);
    expect(t.hasher.verifyCalls).toBe(callsBefore); // refused before any hashing

    t.clock.advance(LOGIN_THROTTLE.BASE_DELAY_MS + 1);
    expect((await attempt('alice', PASSWORD, '192.0.2.50')).statusCode).toBe(200);
  });

  it('blocks an address that tries many accounts, and doubles the back-off up to its cap', async () => {
    const ip = '203.0.113.99';
    for (let i = 0; i < LOGIN_THROTTLE.FREE_FAILURES; i++) await attempt(`user${i}`, 'x', ip);
    const first = await attempt('bob', PASSWORD, ip);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBe(30);

    t.clock.advance(31_000);
    await attempt('someone', 'x', ip); // one more failure: 60 s
    expect(Number((await attempt('bob', PASSWORD, ip)).headers['retry-after'])).toBe(60);

    for (let i = 0; i < 10; i++) {
      t.clock.advance(LOGIN_THROTTLE.MAX_DELAY_MS + 1);
      await attempt('someone', 'x', ip);
    }
    const capped = await attempt('bob', PASSWORD, ip);
    expect(Number(capped.headers['retry-after'])).toBe(LOGIN_THROTTLE.MAX_DELAY_MS / 1000);

    // Never for good: after the cap the address is free again, and after a quiet hour all is forgotten.
    t.clock.advance(LOGIN_THROTTLE.MAX_DELAY_MS + 1);
    expect((await attempt('bob', PASSWORD, ip)).statusCode).toBe(200);
  });

  it('forgets failures after a quiet period', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.FREE_FAILURES - 1; i++) await attempt('alice', 'x');
    t.clock.advance(LOGIN_THROTTLE.FORGET_AFTER_MS + 1);
    await attempt('alice', 'x'); // counts as the first failure again, so no block
    expect((await attempt('alice', PASSWORD)).statusCode).toBe(200);
  });
});

describe('password hashing', () => {
  it('defaults to OWASP scrypt parameters and verifies in constant-time form', async () => {
    expect(OWASP_SCRYPT).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    const hasher = scryptHasher();
    const stored = await hasher.hash('a long enough passphrase');
    expect(stored.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
    expect(await hasher.verify('a long enough passphrase', stored)).toBe(true);
    expect(await hasher.verify('wrong', stored)).toBe(false);
    expect(await hasher.verify('x', 'garbage')).toBe(false);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the header, or with another session\'s token', async () => {
    const alice = await login(t.app, 'alice');
    const bob = await login(t.app, 'bob');
    const payload = { geometry: { type: 'Point', coordinates: IN_A }, properties: { name: '新驿站', kind: 'rest_station', opening_hours: '24/7', address: '某路1号', host_type: 'street_facility' } };
    const missing = await t.app.inject({ method: 'POST', url: '/api/stations', headers: { cookie: alice.cookie }, payload });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf');
    const foreign = await t.app.inject({ method: 'POST', url: '/api/stations', headers: { cookie: alice.cookie, 'x-csrf-token': bob.csrf }, payload });
    expect(foreign.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload });
    expect(ok.statusCode).toBe(201);
  });

  it('answers 401 before CSRF when there is no session', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/stations/a1' });
    expect(res.statusCode).toBe(401);
  });
});
