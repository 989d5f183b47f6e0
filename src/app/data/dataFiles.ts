/**
 * The files the rider app downloads from its data folder (`data/`): the stations as columns
 * (src/core/stationColumns.ts, about three quarters of the GeoJSON's compressed bytes), hubs and
 * offices as GeoJSON. data/stations.geojson stays published for everyone else.
 */
export const DATA_FILES = {
  stations: 'stations.columns.json',
  hubs: 'hubs.geojson',
  offices: 'offices.geojson',
} as const satisfies Record<'stations' | 'hubs' | 'offices', string>;
