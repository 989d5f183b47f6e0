/**
 * One refresh of the station data against the network, as a pure-ish step: given the copy the
 * device has (or none), ask the network the cheapest question that can tell what changed, and
 * return what to show and what to store. No state, no timers: syncSource.ts owns those.
 *
 * - With the API server (the copy carries a data version): `?since=<version>`, a delta with
 *   tombstones. A 410 (the server cannot answer from that version) falls back to a full download.
 * - Otherwise the static files, each with If-None-Match: an unchanged file costs a 304. The
 *   stations come as columns (stations.columns.json, src/core/stationColumns.ts), decoded and then
 *   checked by the same validator as any GeoJSON.
 * - Hubs and offices are always static files with their own ETags.
 */
import { decodeStationColumns } from '../../core/stationColumns.ts';
import { validateHubCollection, validateStationCollection } from '../../core/validate.ts';
import type { Hub, Station } from '../../core/station.ts';
import { DATA_FILES } from '../data/dataFiles.ts';
import { parseOffices } from '../data/offices.ts';
import { fileProblem, latestChange } from '../data/stationSource.ts';
import type { LoadedData, Office, SourceProblem } from '../data/stationSource.ts';
import { applyDelta } from './applyDelta.ts';
import type { DataMeta } from './db.ts';
import { getChangesSince, getIfChanged } from './network.ts';
import type { Conditional, Fetch } from './network.ts';

export interface Endpoints {
  fetch: Fetch;
  /** Folder of the published files (DATA_FILES: stations.columns.json, hubs.geojson, offices.geojson). */
  dataUrl: URL;
  /** The API server's collection (`/api/stations`), asked only once the server announced itself. */
  apiUrl: URL;
}

export interface LocalState {
  data: LoadedData;
  meta: DataMeta;
}

/** What a refresh found out, and what to write to IndexedDB. */
export type RefreshResult =
  /** The network answered and nothing changed: only `meta.checkedAt` moves. */
  | { kind: 'unchanged'; meta: DataMeta }
  /** The network could not be reached (or the service worker answered from its cache). */
  | { kind: 'offline'; reason: string }
  /** New data; `fromCache`: the service worker's copy, on a first visit without the network. */
  | { kind: 'full'; state: LocalState; fromCache: boolean; parts: { stations?: Station[]; hubs?: Hub[]; offices?: Office[] } }
  | { kind: 'delta'; state: LocalState; changed: Station[]; deletedIds: string[] };

export interface RefreshOptions {
  /**
   * Only the stations, leaving hubs and offices to the next refresh: a first visit shows the list
   * as soon as the one file it needs is in, with nothing else sharing a slow connection.
   */
  stationsOnly?: boolean;
}

/** Ask the network about `local` (null: this device has nothing yet). Throws only when `local` is null and no data came. */
export async function refreshData(endpoints: Endpoints, local: LocalState | null, at: Date, options: RefreshOptions = {}): Promise<RefreshResult> {
  const meta = local?.meta;
  if (local && meta?.origin === 'server' && meta.dataVersion !== null) {
    const delta = await refreshFromServer(endpoints, local, meta.dataVersion, at);
    if (delta) return delta;
    // 410: the server's history does not reach back to our version; download everything again.
  }
  return fullRefresh(endpoints, local, at, options.stationsOnly === true);
}

/**
 * With the API server: the stations as a `?since=` delta, and beside it hubs and offices as
 * static files with If-None-Match (a 304 each when unchanged). A first visit loads the stations
 * alone, so the first refresh after it is also where hubs and offices arrive. null: the server
 * cannot answer from our version (410), download everything again.
 */
async function refreshFromServer(endpoints: Endpoints, local: LocalState, version: number, at: Date): Promise<RefreshResult | null> {
  const file = (name: string) => new URL(name, endpoints.dataUrl);
  const [d, h, o] = await Promise.allSettled([
    fetchDelta(endpoints, local, version, at),
    getIfChanged(endpoints.fetch, file(DATA_FILES.hubs), local.meta.etags.hubs),
    getIfChanged(endpoints.fetch, file(DATA_FILES.offices), local.meta.etags.offices),
  ]);
  if (d.status === 'rejected') return errorResult(d.reason);
  const delta = d.value;
  if (delta === null || delta.kind === 'offline') return delta;
  const hubs = partOf(h, 'hubs');
  const offices = partOf(o, 'offices');
  if (!hubs.changed && !offices.changed) return delta;

  const base: LocalState = delta.kind === 'delta' ? delta.state : { data: local.data, meta: delta.kind === 'unchanged' ? delta.meta : local.meta };
  const problems: SourceProblem[] = [
    ...base.data.problems.filter((p) => p.file === 'stations'),
    ...(hubs.changed ? hubs.problems : keptProblems(local, 'hubs', hubs.problems)),
    ...(offices.changed ? offices.problems : keptProblems(local, 'offices', offices.problems)),
  ];
  const iso = at.toISOString();
  const data: LoadedData = {
    ...base.data,
    hubs: hubs.changed ? hubs.items : base.data.hubs,
    offices: offices.changed ? offices.items : base.data.offices,
    problems,
    fetchedAt: at,
  };
  const meta: DataMeta = {
    ...base.meta,
    etags: {
      ...base.meta.etags,
      hubs: hubs.changed ? hubs.etag : base.meta.etags.hubs,
      offices: offices.changed ? offices.etag : base.meta.etags.offices,
    },
    fetchedAt: iso,
    checkedAt: iso,
    problems,
  };
  return {
    kind: 'full',
    state: { data, meta },
    fromCache: false,
    parts: {
      ...(delta.kind === 'delta' ? { stations: data.stations } : {}),
      ...(hubs.changed ? { hubs: hubs.items } : {}),
      ...(offices.changed ? { offices: offices.items } : {}),
    },
  };
}

async function fetchDelta(endpoints: Endpoints, local: LocalState, version: number, at: Date): Promise<RefreshResult | null> {
  const delta = await getChangesSince(endpoints.fetch, endpoints.apiUrl, version);
  if (delta.kind === 'resync') return null;
  const checkedAt = at.toISOString();
  if (delta.changed.length === 0 && delta.deletedIds.length === 0) {
    return { kind: 'unchanged', meta: { ...local.meta, dataVersion: delta.version, checkedAt } };
  }
  const { stations: changed, problems } = validateStationCollection({ type: 'FeatureCollection', features: delta.changed });
  const stationProblems = problems.map((p) => ({ ...p, file: 'stations' as const }));
  const data = applyDelta(local.data, { changed, deletedIds: delta.deletedIds, problems: stationProblems }, at);
  // The full file's ETag no longer describes this copy: a later full download must not get a 304.
  const meta: DataMeta = {
    ...local.meta,
    dataVersion: delta.version,
    etags: { ...local.meta.etags, stations: null },
    fetchedAt: checkedAt,
    checkedAt,
    problems: data.problems,
  };
  return { kind: 'delta', state: { data, meta }, changed, deletedIds: [...delta.deletedIds] };
}

async function fullRefresh(endpoints: Endpoints, local: LocalState | null, at: Date, stationsOnly: boolean): Promise<RefreshResult> {
  const etags = local?.meta.etags ?? { stations: null, hubs: null, offices: null };
  const file = (name: string) => new URL(name, endpoints.dataUrl);
  const [s, h, o] = await Promise.allSettled([
    getIfChanged(endpoints.fetch, file(DATA_FILES.stations), etags.stations),
    stationsOnly ? UNCHANGED : getIfChanged(endpoints.fetch, file(DATA_FILES.hubs), etags.hubs),
    stationsOnly ? UNCHANGED : getIfChanged(endpoints.fetch, file(DATA_FILES.offices), etags.offices),
  ]);

  if (s.status === 'rejected') {
    if (local) return errorResult(s.reason);
    throw s.reason;
  }
  const st = s.value;
  // The service worker's cached file is never newer than the copy we keep ourselves.
  if (local && (st.kind === 'fromCache' || st.kind === 'unchanged')) {
    if (st.kind === 'fromCache') return { kind: 'offline', reason: 'the service worker answered from its cache' };
    const hubs = partOf(h, 'hubs');
    const offices = partOf(o, 'offices');
    if (!hubs.changed && !offices.changed) {
      return { kind: 'unchanged', meta: { ...local.meta, checkedAt: at.toISOString() } };
    }
  }
  if (!local && st.kind === 'unchanged') throw new Error(`304 for ${DATA_FILES.stations} without a local copy`);

  const problems: SourceProblem[] = [];
  let stations: Station[];
  let dataVersion = local?.meta.dataVersion ?? null;
  let stationsEtag = etags.stations;
  if (st.kind === 'unchanged') {
    stations = local?.data.stations ?? [];
    problems.push(...(local?.data.problems.filter((p) => p.file === 'stations') ?? []));
  } else {
    const result = readStations(st.json);
    stations = result.stations;
    problems.push(...result.problems);
    stationsEtag = st.etag;
    dataVersion = st.kind === 'changed' ? st.dataVersion : null;
  }

  const hubs = partOf(h, 'hubs');
  const offices = partOf(o, 'offices');
  const hubList = hubs.changed ? hubs.items : (local?.data.hubs ?? []);
  const officeList = offices.changed ? offices.items : (local?.data.offices ?? []);
  problems.push(...(hubs.changed ? hubs.problems : keptProblems(local, 'hubs', hubs.problems)));
  problems.push(...(offices.changed ? offices.problems : keptProblems(local, 'offices', offices.problems)));

  const fromCache = st.kind === 'fromCache';
  const iso = at.toISOString();
  const meta: DataMeta = {
    origin: dataVersion === null ? 'static' : 'server',
    dataVersion,
    etags: {
      stations: stationsEtag,
      hubs: hubs.changed ? hubs.etag : etags.hubs,
      offices: offices.changed ? offices.etag : etags.offices,
    },
    fetchedAt: iso,
    // Data the service worker had cached is not a confirmation from the network.
    checkedAt: fromCache ? (local?.meta.checkedAt ?? new Date(0).toISOString()) : iso,
    problems,
  };
  const data: LoadedData = {
    stations,
    hubs: hubList,
    offices: officeList,
    problems,
    fetchedAt: at,
    dataAsOf: latestChange(stations),
  };
  return {
    kind: 'full',
    state: { data, meta },
    fromCache,
    parts: {
      ...(st.kind === 'unchanged' ? {} : { stations }),
      ...(hubs.changed ? { hubs: hubs.items } : {}),
      ...(offices.changed ? { offices: offices.items } : {}),
    },
  };
}

/**
 * The stations file through its decoder and the one validator. A file that does not decode (not
 * columns, another version, columns of unequal length) is one problem with the file as a whole,
 * as a stations file that is no FeatureCollection is.
 */
function readStations(json: unknown): { stations: Station[]; problems: SourceProblem[] } {
  const decoded = decodeStationColumns(json);
  if (!decoded.ok) return { stations: [], problems: [fileProblem('stations', DATA_FILES.stations, decoded.reason)] };
  const { stations, problems } = validateStationCollection(decoded.collection);
  return { stations, problems: problems.map((p) => ({ ...p, file: 'stations' as const })) };
}

const UNCHANGED: Promise<Conditional> = Promise.resolve({ kind: 'unchanged' });

type Part<T> =
  | { changed: true; items: T[]; problems: SourceProblem[]; etag: string | null }
  | { changed: false; problems: SourceProblem[] };

function partOf(result: PromiseSettledResult<Conditional>, file: 'hubs'): Part<Hub>;
function partOf(result: PromiseSettledResult<Conditional>, file: 'offices'): Part<Office>;
function partOf(result: PromiseSettledResult<Conditional>, file: 'hubs' | 'offices'): Part<Hub> | Part<Office> {
  if (result.status === 'rejected') {
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
    return { changed: false, problems: [fileProblem(file, DATA_FILES[file], reason)] };
  }
  const r = result.value;
  if (r.kind === 'unchanged') return { changed: false, problems: [] };
  if (file === 'hubs') {
    const v = validateHubCollection(r.json);
    return { changed: true, items: v.hubs, etag: r.etag, problems: v.problems.map((p) => ({ ...p, file: 'hubs' as const })) };
  }
  const v = parseOffices(r.json);
  return { changed: true, items: v.offices, etag: r.etag, problems: v.problems };
}

/** A file not downloaded this time keeps its earlier problems; without a copy, its failure is the problem. */
function keptProblems(local: LocalState | null, file: 'hubs' | 'offices', failure: SourceProblem[]): SourceProblem[] {
  return local ? local.data.problems.filter((p) => p.file === file) : failure;
}

function errorResult(error: unknown): RefreshResult {
  return { kind: 'offline', reason: error instanceof Error ? error.message : String(error) };
}
