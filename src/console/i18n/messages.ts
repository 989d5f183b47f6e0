/**
 * The console's own message table (zh-CN first, English second). Words the rider app already
 * has (amenities, station kinds, host types, open states) come from its table (src/i18n), so the
 * two screens never disagree. Functions take already formatted parts.
 */
import type { DuplicateReason } from '../../core/import/duplicates.ts';
import type { StationStatus } from '../../core/station.ts';
import type { CoordinateSystem, HistoryVersion } from '../api/types.ts';
import type { DayKey, HoursPreset } from '../editor/hoursModel.ts';
import type { ReportMessages } from './reportMessages.ts';

export interface ConsoleMessages {
  /** Which of the importer's ready-made texts (`zh` / `en`) to show. */
  importerText: 'zh' | 'en';
  title: string;
  subtitle: string;
  checkingSession: string;
  languageSwitch: string;
  otherLanguageName: string;
  retry: string;
  cancel: string;
  /** Between items of a list: '、' in Chinese, ', ' in English. */
  listSeparator: string;

  // login
  loginTitle: string;
  username: string;
  password: string;
  login: string;
  loggingIn: string;
  loginWrong: string;
  loginMissing: string;
  loginRateLimited: (seconds: number) => string;
  sessionExpired: string;
  loggedOut: string;
  logout: string;
  serverUnreachable: string;
  signedInAs: (username: string, role: string) => string;
  roles: { editor: string; admin: string };

  // workspace
  officeLabel: string;
  tabStations: string;
  tabImport: string;
  loadingStations: string;
  loadFailed: (reason: string) => string;
  stationCount: (shown: number, total: number) => string;
  refresh: string;
  addStation: string;
  placingHint: string;
  /** The map legend: its name, and the words for two of its colours (the others are shared). */
  legendLabel: string;
  legendSoon: string;
  legendClosed: string;
  placingNoMap: string;
  usePlace: string;

  // outbox
  outboxWaiting: (n: number) => string;
  outboxSending: string;
  outboxWillSend: string;
  outboxNotDurable: string;
  outboxConflicts: (n: number) => string;
  outboxFailed: (n: number) => string;
  outboxAllSent: (n: number) => string;
  outboxTitle: string;
  outboxNewStation: string;
  sendNow: string;
  discard: string;
  /** A delete queued offline met a later edit by someone else. */
  deleteConflict: (version: number) => string;
  deleteAnyway: string;
  keepStation: string;
  deleteConflictAgain: string;
  resolve: string;
  pendingBadge: string;

  // table
  tableCaption: string;
  colName: string;
  colStatus: string;
  colOpenNow: string;
  colStaleness: string;
  colReports: string;
  colUpdated: string;
  sortBy: (column: string) => string;
  search: string;
  statusFilter: string;
  allStatuses: string;
  openFilter: string;
  openFilters: { all: string; open: string; closed: string; unknown: string };
  staleOnly: (days: number) => string;
  statuses: Record<StationStatus, string>;
  closureScheduled: string;
  closureEnded: string;
  staleDays: (days: number) => string;
  neverVerified: string;
  noRows: string;
  showMore: (n: number) => string;

  // editor
  editTitle: (name: string) => string;
  newTitle: string;
  backToList: string;
  /** History → the station's editor. */
  backToStation: string;
  readOnly: string;
  sectionBasics: string;
  sectionPlace: string;
  sectionAmenities: string;
  sectionHours: string;
  name: string;
  nameEn: string;
  kind: string;
  hostType: string;
  address: string;
  /** The English address field (optional). */
  addressEn: string;
  phone: string;
  lng: string;
  lat: string;
  moveHint: string;
  movedNotice: string;
  outsideWarning: (officeName: string) => string;
  duplicateWarning: (name: string, meters: number, reason: DuplicateReason) => string;
  /** Asked before saving a station that looks like a duplicate. */
  confirmDuplicate: (name: string, meters: number, reason: DuplicateReason) => string;
  /** Asked before leaving an editor with unsaved changes. */
  confirmDiscard: string;
  /** `names`: the nearest few, to recognise them. */
  nearbyNote: (n: number, names: string) => string;
  save: string;
  saving: string;
  saved: string;
  create: string;
  creating: string;
  created: string;
  savedOffline: string;
  /** The browser is offline: what happens to changes made now. */
  offlineNow: string;
  /** Saved on the device behind a new station's create. */
  savedBehindCreate: string;
  /** The change kept on this device has reached the server. */
  queuedDelivered: string;
  /** A new station kept on the device (listed, marked waiting). */
  createdOffline: string;
  /** A delete of a new station that may have reached the server: it waits behind the create. */
  deleteBehindCreate: string;
  /** A refused new station, corrected, goes to the server again. */
  resendingCreate: string;
  /** A delete kept on this device. */
  deleteQueued: string;
  /** The new station is no longer waiting to be sent. */
  pendingGone: string;
  /** The editor's note on a station the server does not have yet. */
  pendingNote: string;
  /** The same, when the server refused it: its reason, and what to do. */
  pendingRefused: (reason: string) => string;
  /** Outbox: open a refused new station to correct it. */
  outboxFix: string;
  nothingToSave: string;
  fixFirst: string;
  markVerified: string;
  verifiedOn: (date: string, days: number) => string;
  deleteStation: string;
  confirmDelete: (name: string) => string;
  deleting: string;
  deleted: string;
  showHistory: string;
  problems: {
    required: string;
    phone: string;
    empty: string;
    tooLong: string;
    unreadable: string;
    badTime: string;
    order: string;
    past: string;
    /** Holiday hours chosen twice: in the hours (`PH …`) and in the holiday field. */
    holidayTwice: string;
  };

  // hours
  hoursUnknown: string;
  /** What riders see while the hours are unknown, and how to set them. */
  hoursUnknownNote: string;
  presetsLabel: string;
  presets: Record<HoursPreset, string>;
  days: Record<DayKey, string>;
  dayClosed: string;
  dayAllDay: string;
  dayHours: string;
  from: string;
  to: string;
  addSpan: string;
  removeSpan: string;
  nextDayShort: string;
  copyMonday: string;
  rawLabel: string;
  rawHelp: string;
  rawValid: string;
  customHours: string;
  /** A day row with a start or end time missing. */
  dayTimesMissing: (day: string) => string;
  /** The `PH …` rule the day rows keep at the end of the hours (e.g. 'PH off'). */
  holidayRuleKept: (rule: string) => string;
  holidayRuleDrop: string;
  meaningToday: (hours: string, state: string) => string;
  meaningUnknown: string;
  weekTitle: string;
  holidayLegend: string;
  /** The holiday choice when the hours themselves carry the holiday rule. */
  holidayFromHours: (rule: string) => string;
  holidaySame: string;
  holidayClosed: string;
  holidayAllDay: string;
  holidayCustom: string;

  // status and closure
  statusLegend: string;
  scheduleClosure: string;
  closureReason: string;
  closureFrom: string;
  closureUntil: string;
  closureFromHelp: string;
  closureUntilHelp: string;
  endClosure: string;
  closureSummary: (reason: string, from: string | null, until: string | null) => string;

  // conflict
  conflictTitle: string;
  conflictIntro: (mine: number | null, theirs: number) => string;
  colField: string;
  colTheirs: string;
  colMine: string;
  keepTheirs: string;
  keepMine: string;
  saveChoices: string;
  discardMine: string;
  conflictResolved: string;

  // history
  historyTitle: (name: string) => string;
  loadingHistory: string;
  versionLabel: (n: number) => string;
  actions: Record<HistoryVersion['action'], string>;
  historyBy: (who: string, when: string) => string;
  noChanges: string;
  revert: string;
  confirmRevert: (n: number) => string;
  reverted: (n: number) => string;
  /** The history note of a revert, in the console's words. */
  revertNote: (n: number) => string;
  currentVersion: string;
  fieldLabels: Record<string, string>;

  // import and export
  importTitle: string;
  chooseFile: string;
  fileInfo: (name: string, size: string) => string;
  encodingLabel: string;
  encodingAuto: (detected: string) => string;
  encodingPreview: string;
  crsLegend: string;
  crs: Record<CoordinateSystem, string>;
  crsRequired: string;
  defaultsLegend: string;
  noDefault: string;
  /** Rows rejected only because no host type was given: what to do. */
  hostTypeColumnMissing: (rows: number) => string;
  chooseHostType: string;
  /** The per-row reason for a missing host type (`suggested`: a host type name the text hints at). */
  hostTypeMissingReason: (suggested: string | null) => string;
  upload: string;
  uploading: string;
  previewSummary: (s: { add: number; update: number; unchanged: number; rejected: number; duplicates: number }) => string;
  toAdd: string;
  toUpdate: string;
  unchangedRows: (n: number) => string;
  rejectedRows: string;
  duplicateRows: string;
  colRow: string;
  colHours: string;
  colNotes: string;
  colReasons: string;
  colChanges: string;
  amenitiesConverted: (written: string, names: string) => string;
  includeDuplicate: string;
  commit: (n: number) => string;
  committing: (n: number) => string;
  committed: (added: number, updated: number) => string;
  commitFailed: (reason: string) => string;
  previewAgain: string;
  nothingToCommit: string;
  exportTitle: string;
  exportCsv: string;
  exportGeojson: string;
  fileTooLarge: (maxMb: number) => string;
  fileUnknownType: string;

  // errors
  errNetwork: string;
  errUnauthenticated: string;
  errCsrf: string;
  errNotFound: string;
  errOutsideJurisdiction: (office: string) => string;
  errOutsideAll: string;
  errInvalid: (details: string) => string;
  errConflict: string;
  errServer: string;
  errOther: (message: string) => string;
  /** The server said yes, but its answer cannot be read. */
  errBadResponse: string;

  /** The rider reports view (reportMessages.ts). */
  reports: ReportMessages;
}
