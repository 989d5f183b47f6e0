/**
 * The rider screen's state, as discriminated unions. Transitions live in reducer.ts and are pure.
 */
import type { RankedStation, StationIndex } from '../../core/rank.ts';
import type { Amenity, LngLat } from '../../core/station.ts';
import type { Locale } from '../../i18n/i18n.ts';
import type { NavProvider } from '../../i18n/messages.ts';
import type { AppConfig } from '../config.ts';
import type { LoadedData } from '../data/stationSource.ts';

export type ThemePref = 'system' | 'light' | 'dark';

export interface Filters {
  /** Amenities a station must all have. */
  needs: Amenity[];
  only24h: boolean;
  includeClosed: boolean;
}

export type DataState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; data: LoadedData; index: StationIndex };

export type OriginSource = 'gps' | 'hub' | 'map' | 'url' | 'remembered';

/** Where the ranking is measured from. Hubs are named through `hubId`; the rest by source. */
export interface Origin {
  lngLat: LngLat;
  source: OriginSource;
  hubId?: string;
  accuracyMeters?: number;
}

/** What the last "locate me" did; independent of the origin, which may come from elsewhere. */
export type LocateStatus =
  | { kind: 'idle' }
  | { kind: 'locating'; slow: boolean }
  | { kind: 'located'; accuracyMeters: number }
  | { kind: 'denied' }
  | { kind: 'unavailable' }
  | { kind: 'slow' }
  | { kind: 'unsupported' };

export type Overlay =
  | { kind: 'none' }
  | { kind: 'detail'; stationId: string }
  | { kind: 'picker' }
  | { kind: 'pickOnMap' }
  | { kind: 'about' }
  /**
   * The rider's reports; `stationId` shows only that station's, `returnTo` is the station
   * detail it was opened from (closing goes back there).
   */
  | { kind: 'myReports'; stationId: string | null; returnTo: string | null };

export type MapState = 'loading' | 'ready' | 'unavailable';

export type ConfigState = { status: 'loading' } | { status: 'ready'; config: AppConfig };

export interface AppState {
  config: ConfigState;
  data: DataState;
  origin: Origin | null;
  locate: LocateStatus;
  overlay: Overlay;
  filters: Filters;
  /** The screen's notion of "now"; advanced by the clock tick. */
  now: Date;
  locale: Locale;
  /** True once the rider used the language switch; until then the browser's language rules. */
  localeChosen: boolean;
  theme: ThemePref;
  navProvider: NavProvider | null;
  mapState: MapState;
}

export type Action =
  | { type: 'configLoaded'; config: AppConfig }
  | { type: 'dataLoaded'; data: LoadedData; index: StationIndex }
  | { type: 'dataFailed'; message: string }
  | { type: 'tick'; now: Date }
  | { type: 'locateStarted' }
  | { type: 'locateSlow' }
  | { type: 'located'; lngLat: LngLat; accuracyMeters: number }
  | { type: 'locateFailed'; reason: 'denied' | 'unavailable' | 'slow' | 'unsupported' }
  | { type: 'originChosen'; origin: Origin }
  | { type: 'toggleNeed'; amenity: Amenity }
  | { type: 'toggleOnly24h' }
  | { type: 'toggleIncludeClosed' }
  | { type: 'openDetail'; stationId: string }
  | { type: 'openPicker' }
  | { type: 'startPickOnMap' }
  | { type: 'openAbout' }
  /** From the header (null) or from a station's detail (that station). */
  | { type: 'openMyReports'; fromStation: string | null }
  | { type: 'showAllReports' }
  | { type: 'closeOverlay' }
  | { type: 'setLocale'; locale: Locale }
  | { type: 'cycleTheme' }
  | { type: 'navProviderUsed'; provider: NavProvider }
  | { type: 'mapState'; state: MapState };

export type { RankedStation };
