/**
 * The static host the reach benchmarks (bench-offline.ts) load the built app from: what a plain
 * static host with compression does. Every file is compressed once (brotli quality 11 or gzip
 * level 9, as precompressing hosts serve them, e.g. nginx `brotli_static` / `gzip_static`) and
 * sent in the best coding the browser accepts; ETag / 304; hashed assets immutable; extension-less
 * paths get index.html. `stop()` makes the host unreachable (for the offline runs).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Coding = 'br' | 'gzip' | 'identity';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.geojson', '.pbf', '.svg']);

interface Entry {
  etag: string;
  type: string;
  bodies: Partial<Record<Coding, Buffer>>;
}

export interface BenchServer {
  readonly origin: string;
  /** Bytes of the body as sent in `coding` (for the report). */
  size(path: string, coding: Coding): number | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchServer(rootDir: string, maxCoding: Coding): Promise<BenchServer> {
  const root = resolve(rootDir);
  const cache = new Map<string, Entry | null>();

  function entryFor(path: string): Entry | null {
    const full = normalize(join(root, decodeURIComponent(path)));
    if (full !== root && !full.startsWith(root + sep)) return null;
    if (cache.has(full)) return cache.get(full) ?? null;
    let entry: Entry | null = null;
    try {
      if (statSync(full).isFile()) {
        const raw = readFileSync(full);
        const ext = extname(full).toLowerCase();
        const bodies: Entry['bodies'] = { identity: raw };
        if (COMPRESSIBLE.has(ext)) {
          bodies.gzip = gzipSync(raw, { level: 9 });
          bodies.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
        }
        entry = { etag: `"${createHash('sha1').update(raw).digest('base64url')}"`, type: TYPES[ext] ?? 'application/octet-stream', bodies };
      }
    } catch {
      entry = null;
    }
    cache.set(full, entry);
    return entry;
  }

  function pick(entry: Entry, accept: string): Coding {
    const ok = (c: Coding) => entry.bodies[c] !== undefined && accept.includes(c);
    if (maxCoding === 'br' && ok('br')) return 'br';
    if (maxCoding !== 'identity' && ok('gzip')) return 'gzip';
    return 'identity';
  }

  let server: Server | null = null;
  let port = 0;
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let entry = entryFor(path.endsWith('/') ? `${path}index.html` : path);
    if (!entry && !extname(path)) entry = entryFor('/index.html');
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    const coding = pick(entry, String(req.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = {
      'Content-Type': entry.type,
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const body = entry.bodies[coding] as Buffer;
    if (coding !== 'identity') headers['Content-Encoding'] = coding;
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  };

  const bench: BenchServer = {
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    size(path, coding) {
      const entry = entryFor(path);
      return entry?.bodies[coding]?.length ?? entry?.bodies.identity?.length ?? null;
    },
    async start() {
      if (server) return;
      const s = createServer(handler);
      await new Promise<void>((ok, fail) => {
        s.once('error', fail);
        s.listen(port, '127.0.0.1', () => ok());
      });
      port = (s.address() as AddressInfo).port;
      server = s;
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      await new Promise<void>((ok) => {
        s.close(() => ok());
        s.closeAllConnections();
      });
    },
  };
  await bench.start();
  return bench;
}
