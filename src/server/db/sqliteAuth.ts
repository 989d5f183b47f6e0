/** Users, sessions and login attempts over SQLite. */
import type {
  LoginAttemptRepository,
  Role,
  SessionRepository,
  User,
  UserRepository,
} from '../repository.ts';
import type { SqliteDatabase } from './open.ts';

interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  role: Role;
  office_code: string | null;
  created_at: string;
}

const toUser = (r: UserRow): User => ({ id: r.id, username: r.username, role: r.role, officeCode: r.office_code });

export function sqliteUserRepository(db: SqliteDatabase): UserRepository {
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username');
  const insert = db.prepare<[string, string, Role, string | null, string], UserRow>(
    'INSERT INTO users (username, password_hash, role, office_code, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
  );
  return {
    findByUsername: (username) => {
      const row = byName.get(username);
      return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
    },
    get: (id) => {
      const row = byId.get(id);
      return row ? toUser(row) : null;
    },
    add: (u) => {
      const row = insert.get(u.username, u.passwordHash, u.role, u.officeCode, u.at.toISOString());
      if (!row) throw new Error(`user ${u.username} was not inserted`);
      return toUser(row);
    },
    list: () => all.all().map(toUser),
  };
}

export function sqliteSessionRepository(db: SqliteDatabase): SessionRepository {
  const insert = db.prepare(
    'INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const find = db.prepare<[string, string], UserRow & { csrf_token: string; expires_at: string; user_id: number }>(
    `SELECT u.*, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id_hash = ? AND s.expires_at > ?`,
  );
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const expired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  return {
    create: (idHash, userId, csrfToken, at, expiresAt) => {
      insert.run(idHash, userId, csrfToken, at.toISOString(), expiresAt.toISOString());
    },
    find: (idHash, at) => {
      const row = find.get(idHash, at.toISOString());
      return row ? { user: toUser(row), csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) } : null;
    },
    delete: (idHash) => {
      remove.run(idHash);
    },
    deleteExpired: (at) => expired.run(at.toISOString()).changes,
  };
}

interface AttemptRow {
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

export function sqliteLoginAttemptRepository(db: SqliteDatabase): LoginAttemptRepository {
  const get = db.prepare<[string], AttemptRow>('SELECT * FROM login_attempts WHERE key = ?');
  const put = db.prepare(`INSERT INTO login_attempts (key, failures, last_failure_at, blocked_until) VALUES (?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at,
      blocked_until = excluded.blocked_until`);
  const clear = db.prepare('DELETE FROM login_attempts WHERE key = ?');
  return {
    get: (key) => {
      const row = get.get(key);
      if (!row) return null;
      return {
        failures: row.failures,
        lastFailureAt: new Date(row.last_failure_at),
        blockedUntil: row.blocked_until ? new Date(row.blocked_until) : null,
      };
    },
    put: (key, a) => {
      put.run(key, a.failures, a.lastFailureAt.toISOString(), a.blockedUntil?.toISOString() ?? null);
    },
    clear: (key) => {
      clear.run(key);
    },
  };
}
