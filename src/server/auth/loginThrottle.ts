/**
 * Login back-off, checked before any password is hashed (a hash costs ~0.4 s of CPU).
 *
 * Two keys per attempt: the account and the client address. After FREE_FAILURES failures a key
 * is blocked for BASE_DELAY·2^k, capped at MAX_DELAY. Failures are forgotten after FORGET_AFTER
 * of quiet, and a block is never longer than MAX_DELAY: an attacker can slow a real user down,
 * never lock them out for good. A successful login clears the account's key.
 */
import type { LoginAttemptRepository } from '../repository.ts';

export const LOGIN_THROTTLE = {
  FREE_FAILURES: 5,
  BASE_DELAY_MS: 30_000,
  MAX_DELAY_MS: 15 * 60_000,
  FORGET_AFTER_MS: 60 * 60_000,
} as const;

export const accountKey = (username: string): string => `user:${username.normalize('NFC').toLowerCase()}`;
export const addressKey = (ip: string): string => `addr:${ip}`;

/** Milliseconds until the first of `keys` is free again; 0 when all are free. */
export function blockedForMs(repo: LoginAttemptRepository, keys: string[], at: Date): number {
  let wait = 0;
  for (const key of keys) {
    const attempt = repo.get(key);
    if (attempt?.blockedUntil) wait = Math.max(wait, attempt.blockedUntil.getTime() - at.getTime());
  }
  return Math.max(0, wait);
}

export function recordFailure(repo: LoginAttemptRepository, keys: string[], at: Date): void {
  for (const key of keys) {
    const previous = repo.get(key);
    const stale = !previous || at.getTime() - previous.lastFailureAt.getTime() > LOGIN_THROTTLE.FORGET_AFTER_MS;
    const failures = stale ? 1 : previous.failures + 1;
    const over = failures - LOGIN_THROTTLE.FREE_FAILURES;
    const delayMs =
      over < 0 ? 0 : Math.min(LOGIN_THROTTLE.MAX_DELAY_MS, LOGIN_THROTTLE.BASE_DELAY_MS * 2 ** Math.min(over, 20));
    repo.put(key, { failures, lastFailureAt: at, blockedUntil: delayMs > 0 ? new Date(at.getTime() + delayMs) : null });
  }
}

export function recordSuccess(repo: LoginAttemptRepository, username: string): void {
  repo.clear(accountKey(username));
}
