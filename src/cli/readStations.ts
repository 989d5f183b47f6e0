/**
 * Reads a stations file for the command line: "-" means standard input. Failures come back as
 * values with a sentence, never as a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { validateStationCollection } from '../core/validate.ts';
import type { ValidationProblem } from '../core/validate.ts';
import type { Station } from '../core/station.ts';

export type ReadResult =
  | { ok: true; json: unknown }
  | { ok: false; error: string };

export type StationsResult =
  | { ok: true; stations: Station[]; problems: ValidationProblem[] }
  | { ok: false; error: string };

/** Parsed JSON from a file (or stdin), or why not. */
export async function readJson(path: string, stdin?: NodeJS.ReadableStream): Promise<ReadResult> {
  let text: string;
  try {
    text = path === '-' && stdin ? await readAll(stdin) : await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    return { ok: false, error: `cannot read ${path}: ${why}` };
  }
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    return { ok: false, error: `${path} is not valid JSON: ${(err as Error).message}` };
  }
}

export async function readStations(path: string, stdin?: NodeJS.ReadableStream): Promise<StationsResult> {
  const read = await readJson(path, stdin);
  if (!read.ok) return read;
  return { ok: true, ...validateStationCollection(read.json) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
