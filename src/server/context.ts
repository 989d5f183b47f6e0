/** What every route module receives from `buildApp`, and the request decorations it can rely on. */
import type { PasswordHasher } from './auth/password.ts';
import type { Jurisdictions } from './jurisdiction.ts';
import type { PublishedFiles } from './published.ts';
import type { Store, User } from './repository.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  secureCookies: boolean;
  jurisdictions: Jurisdictions;
  /** The published stations (GeoJSON and columns), re-serialised only when the data version moves. */
  published: PublishedFiles;
}

export interface RequestSession {
  user: User;
  csrfToken: string;
  idHash: string;
  expiresAt: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in session, or null; loaded for every /api request. */
    session: RequestSession | null;
  }
  interface FastifyContextConfig {
    /** State-changing route that needs neither a session nor a CSRF token (only login). */
    public?: boolean;
  }
}
