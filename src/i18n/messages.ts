/**
 * The shape of one language's message table. zh-CN is written first and English follows it;
 * the compiler refuses a table that misses a key. Functions take already formatted parts
 * (times, dates, distances), so word order stays the language's own.
 */
import type { Amenity, HostType, HubKind, StationKind } from '../core/station.ts';
import type { NavLink } from '../core/navLinks.ts';
import type { ReportKind, ReportStatus } from '../core/report.ts';

export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';
export type NavProvider = NavLink['provider'];

export interface Messages {
  appTitle: string;
  appSubtitle: string;
  skipToList: string;

  // header
  locateMe: string;
  choosePlace: string;
  languageSwitchLabel: string;
  /** The name of the other language, shown on the switch. */
  otherLanguageName: string;
  themeLabel: (current: string) => string;
  themeNames: { system: string; light: string; dark: string };
  openAbout: string;

  // location
  locationPrompt: string;
  /** The same place while a fix is on its way. */
  locatingPrompt: string;
  locating: string;
  locatingSlowHint: string;
  located: (accuracy: string) => string;
  locationDenied: string;
  locationUnavailable: string;
  locationSlow: string;
  locationUnsupported: string;
  originNear: (label: string) => string;
  originLabels: { gps: string; map: string; url: string; remembered: string };

  // filters
  filtersLabel: string;
  amenities: Record<Amenity, string>;
  only24h: string;
  includeClosed: string;

  // list
  loadingData: string;
  loadFailedTitle: string;
  loadFailedAdvice: string;
  loadFailedOffline: string;
  /** The technical reason, for support. */
  loadFailedDetail: (reason: string) => string;
  retry: string;
  retrying: string;
  fileProblem: (file: string, detail: string) => string;
  dataProblems: (count: number) => string;
  listCount: (count: number, radiusKm: number, includeClosed: boolean) => string;
  listEmpty: string;
  listEmptyHint: string;
  listHeading: string;
  moreAmenities: (count: number) => string;
  distanceMeters: (m: number) => string;
  distanceKm: (km: string) => string;
  etaMinutes: (min: number) => string;
  staleData: (days: number) => string;

  // open states
  open24h: string;
  openUntil: (time: string) => string;
  open: string;
  closesInMinutes: (min: number) => string;
  closesBeforeArrival: (time: string) => string;
  closedOpensAt: (when: string) => string;
  closed: string;
  temporarilyClosedUntil: (date: string) => string;
  temporarilyClosed: string;
  permanentlyClosed: string;
  hoursUnknown: string;
  hoursUnreadable: string;
  atArrival: string;
  now: string;
  tomorrow: string;

  // detail
  close: string;
  detailLabel: (name: string) => string;
  kinds: Record<StationKind, string>;
  hubKinds: Record<HubKind, string>;
  hostTypes: Record<HostType, string>;
  hoursTitle: string;
  today: string;
  dayTypes: Record<DayType, string>;
  closedAllDay: string;
  allDay: string;
  always24h: string;
  nextDay: string;
  hoursNotKnownDetail: string;
  /** Days shown fall in years the bundled holiday calendar does not have yet. */
  holidayCalendarMissing: (years: readonly number[]) => string;
  amenitiesTitle: string;
  noAmenities: string;
  addressTitle: string;
  call: (phone: string) => string;
  noPhone: string;
  verified: (date: string, days: number) => string;
  neverVerified: string;
  office: (name: string) => string;
  hostedIn: (host: string) => string;
  closureReason: (reason: string) => string;
  navigateTitle: string;
  providers: Record<NavProvider, string>;
  lastUsed: string;
  distanceAndEta: (distance: string, eta: string) => string;

  // picker
  pickerTitle: string;
  pickerHubs: string;
  pickerSearch: string;
  pickOnMap: string;
  pickOnMapUnavailable: string;
  pickOnMapHint: string;
  cancel: string;
  noHubs: string;

  // map
  mapLabel: string;
  mapLoading: string;
  mapUnavailable: string;
  mapFailed: string;
  showMapList: string;

  // about
  aboutTitle: string;
  aboutSample: string;
  aboutOutlines: string;
  aboutSubdistricts: string;
  aboutDataDate: (date: string) => string;
  aboutFetched: (date: string) => string;
  aboutCounts: (stations: number, hubs: number, offices: number) => string;
  aboutProblems: (count: number) => string;
  aboutMap: string;
  aboutGlyphs: string;
  /** Which years of official holidays and make-up days the app knows. */
  aboutHolidayCalendar: (first: number, last: number) => string;
  aboutPrivacy: string;

  // offline areas (src/app/areas)
  offlineAreas: OfflineAreasMessages;

  // rider reports, 随手报 (src/app/reports)
  reports: ReportsMessages;
}

/** "Report a problem" and "My reports". Times and distances arrive formatted. */
export interface ReportsMessages {
  // in the station detail
  entryTitle: string;
  button: string;
  forStation: (count: number) => string;
  confirmSent: string;
  confirmQueued: string;
  confirmSlow: string;
  confirmRateLimited: string;
  confirmFailed: (reason: string) => string;
  notDurable: string;

  // the sheet
  sheetTitle: string;
  kindLegend: string;
  kinds: Record<ReportKind, string>;
  kindHints: Record<ReportKind, string>;
  noteLabel: string;
  noteLabelRequired: string;
  notePlaceholder: string;
  noteCount: (used: number, max: number) => string;
  usePosition: string;
  usePositionHint: (distance: string) => string;
  privacy: string;
  privacyWithPosition: string;
  send: string;
  sending: string;
  errors: {
    kind_required: string;
    note_required: string;
    note_too_long: (max: number) => string;
    position_outside: string;
    position_unknown: string;
    invalid: (detail: string) => string;
    notSaved: (detail: string) => string;
  };

  // my reports
  open: string;
  openWithCount: (waiting: number) => string;
  title: string;
  intro: string;
  empty: string;
  emptyForStation: string;
  onlyStation: (name: string) => string;
  showAll: string;
  states: Record<'queued' | 'failed' | ReportStatus, string>;
  stateHints: {
    queued: string;
    queuedTried: (attempts: number) => string;
    sending: string;
    rateLimited: string;
    open: string;
    acknowledged: string;
    resolved: string;
    dismissed: string;
  };
  failureReasons: { station_not_found: string; report_id_conflict: string; invalid_body: string; other: (detail: string) => string };
  failedHint: string;
  reportedAt: (time: string) => string;
  replyLabel: string;
  answeredAt: (time: string) => string;
  withPosition: string;
  stationGone: string;
  remove: string;
  cancelQueued: string;
  /** The second tap's label: deleting loses what the rider wrote. */
  confirmRemove: string;
  confirmCancel: string;
  checking: string;
  checkedAt: (time: string) => string;
  checkOffline: string;
  checkFailed: string;
}

/** "Download an area for offline use". Sizes and dates arrive formatted. */
export interface OfflineAreasMessages {
  open: string;
  title: string;
  intro: string;
  chooseTitle: string;
  kindPlace: string;
  kindHub: string;
  kindOffice: string;
  radius: string;
  radiusKm: (km: number) => string;
  hub: string;
  office: string;
  noOrigin: string;
  maxZoom: string;
  zoomOption: (zoom: number, finest: boolean) => string;
  overzoomNote: (zoom: number) => string;
  estimating: string;
  tileCount: (count: number, minZoom: number, maxZoom: number) => string;
  alreadyStored: (count: number) => string;
  tileSize: (size: string, basis: 'measured' | 'sampled' | 'metadata' | 'guess') => string;
  stationData: (size: string | null, stored: boolean) => string;
  space: (needed: string, available: string | null) => string;
  download: string;
  refusedStorage: (needed: string, available: string) => string;
  refusedProvider: (provider: 'osm' | 'tianditu' | 'google') => string;
  refusedNotAllowed: string;
  styleFailed: (detail: string) => string;
  tooLarge: string;
  listTitle: string;
  listEmpty: string;
  areaAroundPlace: (radius: string) => string;
  areaAroundHub: (hub: string, radius: string) => string;
  areaOffice: (office: string) => string;
  progress: (done: number, total: number, size: string) => string;
  downloading: string;
  pausedByRider: (done: number, total: number) => string;
  connectionLost: (done: number, total: number) => string;
  storageFull: (done: number, total: number) => string;
  interrupted: (done: number, total: number) => string;
  evicted: (done: number, total: number) => string;
  failed: (detail: string) => string;
  saved: (date: string, size: string) => string;
  pause: string;
  resume: string;
  cancel: string;
  remove: string;
  /** Shown by the download button once a download started (the button stays off until the choice changes). */
  startedHint: string;
  persistDenied: string;
  iosNote: string;
}
