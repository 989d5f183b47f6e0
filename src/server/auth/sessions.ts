/**
 * Server-side sessions. The browser holds a random id in an HttpOnly cookie; the database holds
 * only its SHA-256, the user and a CSRF token the client must echo in `X-CSRF-Token`.
 *
 * Cookie name: `__Host-session` whenever the cookie can be Secure (HTTPS, or `secureCookies`).
 * Browsers refuse a `__Host-` cookie without Secure, so plain-http development (localhost) uses
 * the fallback name `stations-session` with the same HttpOnly, Path=/ and SameSite=Strict.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRecord, Store } from '../repository.ts';

export const SECURE_COOKIE_NAME = '__Host-session';
export const PLAIN_COOKIE_NAME = 'stations-session';
/** A working day with margin; the console logs in again after that. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

export const hashSessionId = (id: string): string => createHash('sha256').update(id).digest('base64url');

export function cookieIsSecure(request: FastifyRequest, secureCookies: boolean): boolean {
  return secureCookies || request.protocol === 'https';
}

export function startSession(
  store: Store,
  reply: FastifyReply,
  userId: number,
  at: Date,
  secure: boolean,
): { csrfToken: string; expiresAt: Date } {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS);
  store.sessions.deleteExpired(at);
  store.sessions.create(hashSessionId(id), userId, csrfToken, at, expiresAt);
  reply.setCookie(secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME, id, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    maxAge: Math.floor(SESSION_LIFETIME_MS / 1000),
  });
  return { csrfToken, expiresAt };
}

function sessionCookie(request: FastifyRequest, secure: boolean): string | undefined {
  const cookies = request.cookies;
  // Over HTTPS only the __Host- cookie counts: a plain one could have been planted by a sibling domain.
  return secure ? cookies[SECURE_COOKIE_NAME] : (cookies[SECURE_COOKIE_NAME] ?? cookies[PLAIN_COOKIE_NAME]);
}

export function readSession(store: Store, request: FastifyRequest, at: Date, secure: boolean): (SessionRecord & { idHash: string }) | null {
  const id = sessionCookie(request, secure);
  if (!id || id.length > 200) return null;
  const idHash = hashSessionId(id);
  const session = store.sessions.find(idHash, at);
  return session ? { ...session, idHash } : null;
}

export function endSession(store: Store, reply: FastifyReply, idHash: string, secure: boolean): void {
  store.sessions.delete(idHash);
  reply.clearCookie(secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
}

/** Constant-time comparison of the header the client sent with the session's token. */
export function csrfMatches(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
