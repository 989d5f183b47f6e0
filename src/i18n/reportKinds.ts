/**
 * What riders can report, in words: one table for the rider app and the console, so the office
 * reads exactly the choice the rider tapped.
 */
import type { ReportKind } from '../core/report.ts';

export const REPORT_KIND_WORDS: Record<'zh-CN' | 'en', Record<ReportKind, string>> = {
  'zh-CN': {
    closed_but_listed_open: '写着开放，其实没开',
    wrong_hours: '开放时间不对',
    charger_broken: '充电设施坏了',
    amenity_missing: '登记的设施没有',
    wrong_location: '位置不对',
    gone: '驿站已经没有了',
    dirty_or_unsafe: '脏乱或不安全',
    other: '其他问题',
  },
  en: {
    closed_but_listed_open: 'Listed open, but closed',
    wrong_hours: 'Opening hours are wrong',
    charger_broken: 'Charger broken',
    amenity_missing: 'A listed amenity is missing',
    wrong_location: 'Wrong location',
    gone: 'The station is gone',
    dirty_or_unsafe: 'Dirty or unsafe',
    other: 'Something else',
  },
};
