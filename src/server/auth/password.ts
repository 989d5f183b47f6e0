/**
 * Password hashing with scrypt. The stored string carries its own parameters
 * (`scrypt$N$r$p$salt$hash`, base64), so raising the cost later leaves old hashes verifiable.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
  keyBytes: number;
  saltBytes: number;
}

/** OWASP's recommended minimum for scrypt: N=2^17, r=8, p=1 (about 128 MiB and 0.4 s a hash here). */
export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1, keyBytes: 32, saltBytes: 16 };

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is too small for N=2^17.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 2 * 128 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, params.keyBytes, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * @example
 * const hasher = scryptHasher();                 // real cost
 * const fast = scryptHasher({ ...OWASP_SCRYPT, N: 2 ** 10 }); // tests only
 */
export function scryptHasher(params: ScryptParams = OWASP_SCRYPT): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(params.saltBytes);
      const key = await derive(password, salt, params);
      return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
    },
    async verify(password, stored) {
      const parts = stored.split('$');
      if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
      const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
      const salt = Buffer.from(parts[4] ?? '', 'base64');
      const expected = Buffer.from(parts[5] ?? '', 'base64');
      if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length === 0) return false;
      const key = await derive(password, salt, { N, r, p, keyBytes: expected.length, saltBytes: salt.length });
      return timingSafeEqual(key, expected);
    },
  };
}
