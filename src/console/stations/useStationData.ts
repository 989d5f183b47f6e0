/**
 * The offices and the stations the console shows, loaded from the API and kept current: a
 * write's answer updates one station in place, and `refresh` asks only for what changed since
 * the data version last seen (`?since=`), falling back to everything.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Office } from '../../core/offices.ts';
import type { Station } from '../../core/station.ts';
import type { ApiClient } from '../api/client.ts';
import type { ApiFailure } from '../api/result.ts';

export type StationData =
  | { status: 'loading' }
  | { status: 'failed'; failure: ApiFailure }
  | { status: 'loaded'; offices: Office[]; stations: Station[]; dataVersion: number | null };

export interface StationDataApi {
  data: StationData;
  refreshing: boolean;
  refresh(): Promise<void>;
  /** Puts a station the server returned into the list (new, changed or moved). */
  upsert(station: Station): void;
  remove(id: string): void;
}

export function useStationData(client: ApiClient): StationDataApi {
  const [data, setData] = useState<StationData>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const current = useRef(data);
  current.current = data;

  const loadAll = useCallback(async () => {
    const [offices, stations] = await Promise.all([client.offices(), client.stations()]);
    if (!offices.ok) return setData({ status: 'failed', failure: offices.failure });
    if (!stations.ok) return setData({ status: 'failed', failure: stations.failure });
    setData({ status: 'loaded', offices: offices.value.features, stations: stations.value.stations, dataVersion: stations.value.dataVersion });
  }, [client]);

  useEffect(() => {
    void loadAll();
  }, [loadAll]);

  const refresh = useCallback(async () => {
    const now = current.current;
    setRefreshing(true);
    try {
      if (now.status !== 'loaded' || now.dataVersion === null) return await loadAll();
      const changes = await client.changesSince(now.dataVersion);
      if (!changes.ok) {
        if (changes.failure.kind === 'http' && changes.failure.status === 410) return await loadAll();
        return; // keep what is shown; the caller says the refresh failed
      }
      setData((prev) => {
        if (prev.status !== 'loaded') return prev;
        const gone = new Set([...changes.value.deleted.map((d) => d.id), ...changes.value.changed.map((s) => s.id)]);
        return {
          ...prev,
          stations: [...prev.stations.filter((s) => !gone.has(s.id)), ...changes.value.changed],
          dataVersion: changes.value.version,
        };
      });
    } finally {
      setRefreshing(false);
    }
  }, [client, loadAll]);

  const upsert = useCallback((station: Station) => {
    setData((prev) => {
      if (prev.status !== 'loaded') return prev;
      const old = prev.stations.find((s) => s.id === station.id);
      // An older answer (a replayed request) never replaces a newer version.
      if (old && (old.properties.version ?? 0) > (station.properties.version ?? 0)) return prev;
      return { ...prev, stations: old ? prev.stations.map((s) => (s.id === station.id ? station : s)) : [...prev.stations, station] };
    });
  }, []);

  const remove = useCallback((id: string) => {
    setData((prev) => (prev.status === 'loaded' ? { ...prev, stations: prev.stations.filter((s) => s.id !== id) } : prev));
  }, []);

  return { data, refreshing, refresh, upsert, remove };
}
