import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { OWASP_SCRYPT, scryptHasher } from '../server/auth/password.ts';
import { databaseFile, openSqliteStore } from '../server/db/sqliteStore.ts';
import { FIXTURE_OFFICES } from '../../test/server/helpers.ts';
import { runUsersCommand } from './usersCommand.ts';

const fast = scryptHasher({ ...OWASP_SCRYPT, N: 2 ** 10 });
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'users-cmd-'));
  const store = openSqliteStore(databaseFile(dir));
  store.offices.replaceAll(FIXTURE_OFFICES);
  store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], stdinText = '', hasher = fast) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(stdinText ? [stdinText] : []),
  };
  const code = await runUsersCommand(argv, io, { hasher, env: { DATA_DIR: dir } });
  return { code, stdout, stderr };
}

describe('stations users add', () => {
  it('adds an editor with the password from a pipe, who can then log in', async () => {
    const { code, stdout, stderr } = await run(['add', 'alice', '--office', '110105016'], 'a long passphrase 1\nignored\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('added editor alice for office 110105016\n');

    const store = openSqliteStore(databaseFile(dir));
    try {
      expect(store.users.findByUsername('alice')?.passwordHash).toMatch(/^scrypt\$/);
      const app = await buildApp({ db: store, hasher: fast });
      const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: 'a long passphrase 1' } });
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toEqual({ username: 'alice', role: 'editor', officeCode: '110105016' });
      await app.close();
    } finally {
      store.close();
    }
  });

  it('hashes with the OWASP parameters by default', async () => {
    const { code } = await run(['add', 'root', '--role', 'admin'], 'another long passphrase\n', scryptHasher());
    expect(code).toBe(0);
    const store = openSqliteStore(databaseFile(dir));
    expect(store.users.findByUsername('root')?.passwordHash.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
    expect(store.users.findByUsername('root')?.officeCode).toBeNull();
    store.close();
  });

  it('refuses a password given as an argument', async () => {
    const { code, stderr } = await run(['add', 'alice', '--office', '110105016', '--password', 'secret secret']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--password'");
    const extra = await run(['add', 'alice', 'secret-secret', '--office', '110105016']);
    expect(extra.code).toBe(2);
  });

  it('explains bad input', async () => {
    expect((await run(['add', 'alice'], 'a long passphrase 1\n')).stderr).toContain('an editor needs --office');
    expect((await run(['add', 'alice', '--office', '999999999'], 'a long passphrase 1\n')).stderr).toContain('no street office with code 999999999');
    expect((await run(['add', 'alice', '--office', '110105016'], 'short\n')).stderr).toContain('at least 12 characters');
    expect((await run(['add', 'alice', '--office', '110105016'])).stderr).toContain('no password given');
    expect((await run(['add', 'alice', '--office', '110105016', '--role', 'boss'])).code).toBe(2);
    await run(['add', 'alice', '--office', '110105016'], 'a long passphrase 1\n');
    const again = await run(['add', 'ALICE', '--office', '110105016'], 'a long passphrase 2\n');
    expect(again).toMatchObject({ code: 1, stderr: 'stations users: user "ALICE" already exists\n' });
  });

  it('lists accounts', async () => {
    await run(['add', 'alice', '--office', '110105016'], 'a long passphrase 1\n');
    expect((await run(['list'])).stdout).toBe('alice\teditor\t110105016\n');
  });
});
