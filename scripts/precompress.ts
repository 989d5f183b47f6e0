/**
 * Post-build step: writes `.br` (brotli quality 11) and `.gz` (gzip level 9) beside every text
 * file in dist/, so the production server (@fastify/static `preCompressed`) sends them without
 * compressing on each request. A sibling that would not be smaller is not written.
 *
 *   tsx scripts/precompress.ts [dir]     (default dist)
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export const PRECOMPRESSED_EXTENSIONS = ['js', 'mjs', 'css', 'html', 'json', 'svg', 'webmanifest', 'geojson'] as const;
const pattern = new RegExp(`\\.(?:${PRECOMPRESSED_EXTENSIONS.join('|')})$`);

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && pattern.test(entry.name)) yield path;
  }
}

export async function precompress(dir: string): Promise<{ files: number; bytes: number; brBytes: number; gzBytes: number }> {
  const totals = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  const paths: string[] = [];
  for await (const path of walk(dir)) paths.push(path);
  // Two at a time: the machine has 2 cores, and brotli 11 is the slow part of the build.
  for (let i = 0; i < paths.length; i += 2) {
    await Promise.all(
      paths.slice(i, i + 2).map(async (path) => {
        const body = await readFile(path);
        const [br, gzipped] = await Promise.all([
          brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          }),
          gz(body, { level: 9 }),
        ]);
        totals.files += 1;
        totals.bytes += body.length;
        if (br.length < body.length) {
          await writeFile(`${path}.br`, br);
          totals.brBytes += br.length;
        }
        if (gzipped.length < body.length) {
          await writeFile(`${path}.gz`, gzipped);
          totals.gzBytes += gzipped.length;
        }
      }),
    );
  }
  return totals;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = resolve(process.argv[2] ?? 'dist');
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    console.error(`precompress: ${dir} is not a directory (run vite build first)`);
    process.exit(1);
  }
  const started = performance.now();
  const t = await precompress(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `precompress: ${t.files} files in ${relative(process.cwd(), dir) || '.'}, ${kb(t.bytes)} → br ${kb(t.brBytes)}, gz ${kb(t.gzBytes)} (${Math.round(performance.now() - started)} ms)`,
  );
}
