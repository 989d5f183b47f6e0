/**
 * A small static file server for browser tests: serves the production build (dist/) the way a plain
 * static host would, on a free loopback port.
 *
 * What the tests need from it, beyond files:
 * - ETag / If-None-Match → 304, so "unchanged data costs a 304" can be asserted;
 * - SPA fallback: an extension-less path that is not a file gets index.html;
 * - stop() and start() again on the SAME port (same origin, so the service worker and storage
 *   survive): the only honest way to go offline, since `context.setOffline` does not cut a service
 *   worker's own fetches;
 * - the /data/ files can be served from another directory (`setDataDir`), for "data changed" tests;
 * - a count of requests per path, so a test can assert "not fetched again".
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.pmtiles': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServerOptions {
  /** Directory to serve (normally dist/). */
  root: string;
  /** Serve `dataPrefix` paths from this directory instead of `root`. */
  dataDir?: string;
  /** URL prefix of the data files; default '/data/'. */
  dataPrefix?: string;
  /** Fixed port; default a free one chosen by the OS (then kept across restarts). */
  port?: number;
}

export interface RequestRecord {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Path and query as requested. */
  url: string;
  status: number;
  ifNoneMatch: string | undefined;
}

/** Return true when the request was answered by the interceptor (e.g. an injected failure). */
export type Interceptor = (req: IncomingMessage, res: ServerResponse, path: string) => boolean | Promise<boolean>;

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  etag: string;
}

export class StaticServer {
  readonly root: string;
  private readonly dataPrefix: string;
  private dataDir: string | null;
  private server: Server | null = null;
  private boundPort: number;
  private readonly counts = new Map<string, number>();
  private readonly log: RequestRecord[] = [];
  private readonly files = new Map<string, CachedFile>();
  private interceptor: Interceptor | null = null;

  constructor(options: StaticServerOptions) {
    this.root = resolve(options.root);
    this.dataPrefix = options.dataPrefix ?? '/data/';
    this.dataDir = options.dataDir ? resolve(options.dataDir) : null;
    this.boundPort = options.port ?? 0;
  }

  get port(): number {
    if (this.boundPort === 0) throw new Error('StaticServer: not started yet, so it has no port');
    return this.boundPort;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  url(path = '/'): string {
    return new URL(path, this.origin).href;
  }

  /** Listens on the port it had before (or the configured/free one the first time). */
  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`static server error: ${String(error)}`);
      });
    });
    // Restarting right after stop(): retry briefly in case the kernel still holds the port.
    for (let attempt = 0; ; attempt++) {
      try {
        await new Promise<void>((ok, fail) => {
          server.once('error', fail);
          server.listen(this.boundPort, '127.0.0.1', () => {
            server.off('error', fail);
            ok();
          });
        });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 20) throw error;
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
    this.boundPort = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open (keep-alive) connections, so the browser really sees "offline". */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Serve the data files from `dir` from now on (null: back to root/data). */
  setDataDir(dir: string | null): void {
    this.dataDir = dir ? resolve(dir) : null;
  }

  /** Answer some requests yourself (delays, failures); null removes it. */
  setInterceptor(interceptor: Interceptor | null): void {
    this.interceptor = interceptor;
  }

  /** How many requests reached the server for this path (query ignored), any status. */
  requestCount(path: string): number {
    return this.counts.get(path) ?? 0;
  }

  get requests(): readonly RequestRecord[] {
    return this.log;
  }

  resetCounts(): void {
    this.counts.clear();
    this.log.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    this.counts.set(path, (this.counts.get(path) ?? 0) + 1);
    const ifNoneMatch = header(req, 'if-none-match');
    res.on('finish', () => {
      this.log.push({ method, path, url: url.pathname + url.search, status: res.statusCode, ifNoneMatch });
    });

    if (this.interceptor && (await this.interceptor(req, res, path))) return;
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }

    let file = await this.resolveFile(path);
    if (!file && !extname(path)) {
      // SPA fallback: a client-side route gets the app shell.
      const indexPath = join(this.root, 'index.html');
      const cached = await this.readCached(indexPath);
      if (cached) file = { path: indexPath, cached };
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
      return;
    }

    const headers: Record<string, string> = {
      'Content-Type': MIME_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      ETag: file.cached.etag,
      // Hashed build assets never change; everything else is revalidated (cheap: a 304).
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (ifNoneMatch && etagMatches(ifNoneMatch, file.cached.etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = String(file.cached.size);
    res.writeHead(200, headers);
    res.end(method === 'HEAD' ? undefined : file.cached.body);
  }

  private async resolveFile(path: string): Promise<{ path: string; cached: CachedFile } | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    let base = this.root;
    let relative = decoded;
    if (this.dataDir && decoded.startsWith(this.dataPrefix)) {
      base = this.dataDir;
      relative = decoded.slice(this.dataPrefix.length);
    }
    const full = normalize(join(base, relative));
    if (full !== base && !full.startsWith(base + sep)) return null; // ../ escapes
    const candidates = decoded.endsWith('/') || full === base ? [join(full, 'index.html')] : [full, join(full, 'index.html')];
    for (const candidate of candidates) {
      const cached = await this.readCached(candidate);
      if (cached) return { path: candidate, cached };
    }
    return null;
  }

  private async readCached(fullPath: string): Promise<CachedFile | null> {
    let info;
    try {
      info = await stat(fullPath);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const known = this.files.get(fullPath);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const body = await readFile(fullPath);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const cached = { mtimeMs: info.mtimeMs, size: body.length, body, etag };
    this.files.set(fullPath, cached);
    return cached;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const strip = (tag: string): string => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag));
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const server = new StaticServer(options);
  await server.start();
  return server;
}
