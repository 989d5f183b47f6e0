/**
 * The `stations` command line. `bin/stations.mjs` calls `main` through tsx; tests call it with
 * fake streams. This function never exits the process: it returns the exit code.
 *
 *   0  done (validate: the file is clean)
 *   1  the data is bad or unreadable
 *   2  the command was typed wrong (usage error)
 */
import { fileURLToPath } from 'node:url';
import { UsageError } from './args.ts';
import { NEAREST_USAGE, runNearestCommand } from './nearestCommand.ts';
import { runValidateCommand, VALIDATE_USAGE } from './validateCommand.ts';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: NodeJS.ReadableStream;
}

/** The checkout's own data, wherever the command is run from. */
export const DEFAULT_STATIONS_PATH = fileURLToPath(new URL('../../data/stations.geojson', import.meta.url));

const USAGE = `
  ${NEAREST_USAGE.split('\n').join('\n  ')}

  ${VALIDATE_USAGE.split('\n').join('\n  ')}

  stations users ...   (account administration; see stations users --help)
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === 'nearest') return await runNearestCommand(rest, io, DEFAULT_STATIONS_PATH);
    if (cmd === 'validate') return await runValidateCommand(rest, io);
    // ---- `stations users …`: account administration, in src/cli/usersCommand.ts (another helper's file). ----
    if (cmd === 'users') return (await import('./usersCommand.ts')).runUsersCommand(rest, io);
    // ---- end of users dispatch ----
    if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
      (cmd === undefined ? io.stderr : io.stdout).write(`Usage:${USAGE}`);
      return cmd === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${cmd}"; expected nearest, validate or users`);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      const usage = cmd === 'nearest' ? NEAREST_USAGE : cmd === 'validate' ? VALIDATE_USAGE : USAGE;
      io.stderr.write(`stations: ${(err as Error).message}\n\nUsage: ${usage.trimEnd()}\n`);
      return 2;
    }
    throw err;
  }
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags. */
function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
