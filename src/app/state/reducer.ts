/**
 * Pure transitions of the rider screen. No clock, no storage, no DOM: effects live in hooks
 * and dispatch actions here.
 */
import type { Locale } from '../../i18n/i18n.ts';
import type { Action, AppState, Filters, Origin, ThemePref } from './types.ts';
import type { NavProvider } from '../../i18n/messages.ts';

export interface InitialStateInput {
  now: Date;
  locale: Locale;
  localeChosen: boolean;
  theme: ThemePref;
  filters: Filters;
  navProvider: NavProvider | null;
  origin: Origin | null;
}

export function initialState(input: InitialStateInput): AppState {
  return {
    config: { status: 'loading' },
    data: { status: 'loading' },
    origin: input.origin,
    locate: { kind: 'idle' },
    overlay: { kind: 'none' },
    filters: input.filters,
    now: input.now,
    locale: input.locale,
    localeChosen: input.localeChosen,
    theme: input.theme,
    navProvider: input.navProvider,
    mapState: 'loading',
  };
}

const THEME_CYCLE: Record<ThemePref, ThemePref> = { system: 'dark', dark: 'light', light: 'system' };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'configLoaded':
      return { ...state, config: { status: 'ready', config: action.config } };
    case 'dataLoaded':
      return { ...state, data: { status: 'loaded', data: action.data, index: action.index } };
    case 'dataFailed':
      return { ...state, data: { status: 'failed', message: action.message } };
    case 'tick':
      return { ...state, now: action.now };
    case 'locateStarted':
      return { ...state, locate: { kind: 'locating', slow: false } };
    case 'locateSlow':
      return state.locate.kind === 'locating' ? { ...state, locate: { kind: 'locating', slow: true } } : state;
    case 'located':
      return {
        ...state,
        locate: { kind: 'located', accuracyMeters: action.accuracyMeters },
        origin: { lngLat: action.lngLat, source: 'gps', accuracyMeters: action.accuracyMeters },
      };
    case 'locateFailed':
      return { ...state, locate: { kind: action.reason } };
    case 'originChosen':
      // Choosing a place ends any map picking and closes the picker.
      return { ...state, origin: action.origin, overlay: { kind: 'none' } };
    case 'toggleNeed': {
      const has = state.filters.needs.includes(action.amenity);
      const needs = has ? state.filters.needs.filter((a) => a !== action.amenity) : [...state.filters.needs, action.amenity];
      return { ...state, filters: { ...state.filters, needs } };
    }
    case 'toggleOnly24h':
      return { ...state, filters: { ...state.filters, only24h: !state.filters.only24h } };
    case 'toggleIncludeClosed':
      return { ...state, filters: { ...state.filters, includeClosed: !state.filters.includeClosed } };
    case 'openDetail':
      return { ...state, overlay: { kind: 'detail', stationId: action.stationId } };
    case 'openPicker':
      return { ...state, overlay: { kind: 'picker' } };
    case 'startPickOnMap':
      return state.mapState === 'unavailable' ? state : { ...state, overlay: { kind: 'pickOnMap' } };
    case 'openAbout':
      return { ...state, overlay: { kind: 'about' } };
    case 'openMyReports':
      return { ...state, overlay: { kind: 'myReports', stationId: action.fromStation, returnTo: action.fromStation } };
    case 'showAllReports':
      return state.overlay.kind === 'myReports' ? { ...state, overlay: { ...state.overlay, stationId: null } } : state;
    case 'closeOverlay':
      // "My reports" opened from a station's detail goes back to that detail.
      if (state.overlay.kind === 'myReports' && state.overlay.returnTo) {
        return { ...state, overlay: { kind: 'detail', stationId: state.overlay.returnTo } };
      }
      return { ...state, overlay: { kind: 'none' } };
    case 'setLocale':
      return { ...state, locale: action.locale, localeChosen: true };
    case 'cycleTheme':
      return { ...state, theme: THEME_CYCLE[state.theme] };
    case 'navProviderUsed':
      return { ...state, navProvider: action.provider };
    case 'mapState':
      return { ...state, mapState: action.state };
    default:
      return assertNever(action);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled action ${JSON.stringify(value)}`);
}
