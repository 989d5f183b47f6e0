/**
 * The rider reports view's words (`t.reports`), kept apart from the rest of the console's table
 * so each stays readable. Functions take already formatted parts.
 */
import type { ReportKind, ReportStatus } from '../../core/report.ts';
import type { ReportFilter } from '../api/types.ts';
import type { AnswerProblem, AnswerStatus } from '../reports/answer.ts';

export interface ReportMessages {
  tab: string;
  /** The tab badge's meaning, for screen readers. */
  badgeLabel: (n: number) => string;
  title: string;
  intro: string;
  filterLabel: string;
  filters: Record<ReportFilter, string>;
  onlyStation: (name: string) => string;
  allStations: string;
  loading: string;
  loadFailed: (reason: string) => string;
  /** A refresh failed; the list shown is from `time`. */
  staleList: (time: string, reason: string) => string;
  updatedAt: (time: string) => string;
  refreshNow: string;
  count: (n: number) => string;
  empty: string;
  emptyUnanswered: string;
  emptyStation: string;
  kinds: Record<ReportKind, string>;
  statuses: Record<ReportStatus, string>;
  /** What each answer means for the rider, beside the choice. */
  statusHelp: Record<AnswerStatus, string>;
  riderNote: string;
  noNote: string;
  received: string;
  ago: { justNow: string; minutes: (n: number) => string; hours: (n: number) => string; days: (n: number) => string };
  suggested: string;
  /** The suggested place and how far it is from where the station is now. */
  suggestedAt: (lngLat: string, distance: string | null) => string;
  moveToSuggested: string;
  suggestedFlash: string;
  openStation: (name: string) => string;
  stationGone: string;
  answerLegend: string;
  currentAnswer: string;
  noReplyYet: string;
  answeredBy: (who: string, when: string) => string;
  answer: string;
  changeAnswer: string;
  closeAnswer: string;
  replyLabel: string;
  replyHelp: string;
  replyCount: (used: number, max: number) => string;
  save: string;
  saving: string;
  saved: (status: string) => string;
  problems: Record<AnswerProblem, string>;
  conflictTitle: string;
  conflictIntro: (who: string, when: string) => string;
  theirAnswer: string;
  saveMineOnTop: string;
  keepTheirs: string;
  keptTheirs: string;
  errNotFound: string;
  /** The stations table's count, as a link to the reports. */
  showStationReports: (n: number, name: string) => string;
}
