/**
 * `stations users add <username> --office <code> [--role editor|admin]` and `stations users list`.
 *
 * The password is read from stdin, never from the command line (where `ps` and shell history
 * would keep it): typed twice without echo at a terminal, or the first line of a pipe
 * (`printf '%s\n' "$PW" | npx stations users add …`). Stored as scrypt at OWASP cost.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scryptHasher } from '../server/auth/password.ts';
import type { PasswordHasher } from '../server/auth/password.ts';
import { databaseFile, openSqliteStore } from '../server/db/sqliteStore.ts';
import type { Role } from '../server/repository.ts';
import { DEFAULT_SEED_FILES, seedOfficesIfEmpty } from '../server/seed.ts';
import type { CliIO } from './main.ts';

export const USERS_USAGE = `stations users add <username> --office <code> [--role editor|admin] [--data-dir <dir>]
    Adds a console account; reads the password from stdin (never give it as an argument).
    An editor belongs to one street office (9-digit code); an admin may act across offices.
  stations users list [--data-dir <dir>]
    Lists accounts. --data-dir defaults to $DATA_DIR, else ./var (the server's database folder).`;

export const MIN_PASSWORD_LENGTH = 12;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export interface UsersCommandOptions {
  hasher?: PasswordHasher;
  env?: Record<string, string | undefined>;
  officesFile?: string;
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`stations users: ${message}\n\nUsage: ${USERS_USAGE}\n`);
  return 2;
}

export async function runUsersCommand(argv: string[], io: CliIO, options: UsersCommandOptions = {}): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout).write(`Usage: ${USERS_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'add' && sub !== 'list') return usage(io, `unknown subcommand "${sub}"; expected add or list`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { office: { type: 'string' }, role: { type: 'string' }, 'data-dir': { type: 'string' } },
    });
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  const { values, positionals } = parsed;
  const env = options.env ?? process.env;
  const dataDir = resolve(values['data-dir'] ?? env.DATA_DIR ?? './var');

  if (sub === 'list') {
    if (positionals.length > 0) return usage(io, 'list takes no arguments');
    if (!existsSync(databaseFile(dataDir))) {
      io.stdout.write(`no database yet at ${databaseFile(dataDir)}\n`);
      return 0;
    }
    const store = openSqliteStore(databaseFile(dataDir));
    try {
      for (const u of store.users.list()) io.stdout.write(`${u.username}\t${u.role}\t${u.officeCode ?? '-'}\n`);
    } finally {
      store.close();
    }
    return 0;
  }

  const [username, ...extra] = positionals;
  if (username === undefined || extra.length > 0) return usage(io, 'add needs exactly one <username> (and no password argument)');
  if (!USERNAME.test(username)) return usage(io, `username "${username}" must be 2–64 letters, digits, dot, dash or underscore`);
  const role = (values.role ?? 'editor') as Role;
  if (role !== 'editor' && role !== 'admin') return usage(io, `--role must be editor or admin, got "${values.role}"`);
  const office = values.office ?? null;
  if (office === null && role === 'editor') return usage(io, 'an editor needs --office <9-digit street office code>');
  if (office !== null && !/^\d{9}$/.test(office)) return usage(io, `--office expects a 9-digit street office code, got "${office}"`);

  const store = openSqliteStore(databaseFile(dataDir));
  try {
    seedOfficesIfEmpty(store, options.officesFile ?? DEFAULT_SEED_FILES.officesFile);
    if (office !== null && !store.offices.get(office)) {
      io.stderr.write(`stations users: no street office with code ${office} (see GET /api/offices)\n`);
      return 1;
    }
    if (store.users.findByUsername(username)) {
      io.stderr.write(`stations users: user "${username}" already exists\n`);
      return 1;
    }
    const password = await readPassword(io, `Password for ${username}: `);
    if (password === null) {
      io.stderr.write('stations users: no password given on stdin\n');
      return 1;
    }
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      io.stderr.write(`stations users: the password must have at least ${MIN_PASSWORD_LENGTH} characters\n`);
      return 1;
    }
    const passwordHash = await (options.hasher ?? scryptHasher()).hash(password);
    const user = store.users.add({ username, passwordHash, role, officeCode: office, at: new Date() });
    io.stdout.write(`added ${user.role} ${user.username}${user.officeCode ? ` for office ${user.officeCode}` : ''}\n`);
    return 0;
  } finally {
    store.close();
  }
}

// ---- Reading the password: hidden and typed twice at a terminal, the first line of a pipe. ----

type TtyStream = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

const MAX_BYTES = 4096;

async function firstLine(stream: NodeJS.ReadableStream): Promise<string | null> {
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.includes('\n') || text.length > MAX_BYTES) break;
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  return line === '' ? null : line;
}

/** One hidden line from a raw-mode terminal; null on Ctrl-C or Ctrl-D. */
function hiddenLine(stdin: TtyStream, io: CliIO, prompt: string): Promise<string | null> {
  io.stderr.write(prompt);
  stdin.setRawMode?.(true);
  stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | null) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return finish(typed);
        if (ch === '\u0003' || ch === '\u0004') return finish(null);
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export async function readPassword(io: CliIO, prompt: string): Promise<string | null> {
  const stdin = io.stdin as TtyStream;
  if (!stdin.isTTY) return firstLine(stdin);
  const first = await hiddenLine(stdin, io, prompt);
  if (first === null || first === '') return null;
  const second = await hiddenLine(stdin, io, 'Again: ');
  if (second !== first) {
    io.stderr.write('The two passwords differ.\n');
    return null;
  }
  return first;
}
