/**
 * The published station collection riders download, serialised once per data version: as GeoJSON
 * (GET /api/stations and /data/stations.geojson, the reference format) and as columns
 * (/data/stations.columns.json, src/core/stationColumns.ts, what the rider app downloads). About
 * 2 MB and 1.3 MB of JSON for Chaoyang, so each is also compressed once (brotli or gzip, as the
 * client accepts): riders are on weak signal.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { encodeStationColumns } from '../core/stationColumns.ts';
import { ifNoneMatchHits, strongEtag } from './httpCaching.ts';
import type { StationRepository } from './repository.ts';

/** Short enough that a change reaches riders within minutes even through a CDN. */
export const PUBLISHED_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';
export const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';
export const COLUMNS_TYPE = 'application/json; charset=utf-8';

type Coding = 'identity' | 'br' | 'gzip';

/** One representation of the published stations at one data version. */
export interface Published {
  dataVersion: number;
  body: string;
  /** Content-Type of `body`. */
  type: string;
  etag: string;
  /** Compressed bodies, made on first request for each coding. */
  encoded: Partial<Record<Exclude<Coding, 'identity'>, Buffer>>;
  /** Settles once the brotli body has been replaced by the smallest one (quality 11). */
  bestBrotli?: Promise<void>;
}

/** Both representations, each serialised on its first request after the data version moved. */
export interface PublishedFiles {
  geojson(): Published;
  columns(): Published;
}

export function publishedCache(stations: Pick<StationRepository, 'dataVersion' | 'publishedJson' | 'listPublished'>): PublishedFiles {
  return {
    geojson: perDataVersion(stations, GEOJSON_TYPE, () => stations.publishedJson()),
    columns: perDataVersion(stations, COLUMNS_TYPE, () => JSON.stringify(encodeStationColumns(stations.listPublished()))),
  };
}

function perDataVersion(stations: Pick<StationRepository, 'dataVersion'>, type: string, serialise: () => string): () => Published {
  let cached: Published | null = null;
  return () => {
    const dataVersion = stations.dataVersion();
    if (cached?.dataVersion !== dataVersion) {
      const body = serialise();
      cached = { dataVersion, body, type, etag: strongEtag(body), encoded: {} };
    }
    return cached;
  };
}

function chooseCoding(acceptEncoding: string | undefined): Coding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name?.toLowerCase()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : 'identity';
}

/** Each coding is its own representation, so its strong ETag differs: `"hash"`, `"hash-br"`, `"hash-gzip"`. */
const etagFor = (etag: string, coding: Coding): string => (coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`);

/**
 * Brotli 5 answers the first request at once (tens of ms); brotli 11 is then made off the event
 * loop (about 3 s for Chaoyang) and replaces it: about 18 % fewer bytes (156 → 128 KB), over half a
 * second on a 400 kbit/s first visit. Both decode to the same body, so they share one ETag.
 */
function encode(published: Published, coding: Exclude<Coding, 'identity'>): Buffer {
  if (coding === 'br' && !published.encoded.br) {
    published.encoded.br = brotliCompressSync(published.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    published.bestBrotli = new Promise((done) => {
      brotliCompress(
        published.body,
        { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(published.body) } },
        (err, best) => {
          if (!err && best.length < (published.encoded.br?.length ?? Infinity)) published.encoded.br = best;
          done();
        },
      );
    });
  }
  published.encoded[coding] ??= gzipSync(published.body, { level: 6 });
  return published.encoded[coding];
}

/** Sends the stations in this representation, or 304 when the client already has these bytes (in any coding). */
export function sendPublished(request: FastifyRequest, reply: FastifyReply, published: Published): FastifyReply {
  const coding = chooseCoding(request.headers['accept-encoding']);
  void reply.headers({
    etag: etagFor(published.etag, coding),
    'cache-control': PUBLISHED_CACHE_CONTROL,
    'x-data-version': String(published.dataVersion),
    vary: 'Accept-Encoding',
  });
  if (matchesAnyCoding(request.headers['if-none-match'], published.etag)) return reply.code(304).send();
  void reply.type(published.type);
  if (coding === 'identity') return reply.send(published.body);
  return reply.header('content-encoding', coding).send(encode(published, coding));
}

/** A client holding the same data in another coding need not download it again. */
function matchesAnyCoding(header: string | undefined, etag: string): boolean {
  return (['identity', 'br', 'gzip'] as const).some((c) => ifNoneMatchHits(header, etagFor(etag, c)));
}
