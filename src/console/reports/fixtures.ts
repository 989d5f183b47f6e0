/** Readable reports for the unit tests: a 双井 station's rider reports on one November afternoon. */
import type { OfficeReport } from '../../core/report.ts';

let serial = 0;

/** A report as GET /api/reports returns it; `over` sets what the test is about. */
export function officeReport(over: Partial<OfficeReport> = {}): OfficeReport {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    station_id: 'sj-001',
    station_name: '双井·二十二院街小哥加油站',
    office_code: '110105016',
    kind: 'charger_broken',
    note: '三个充电口都没电',
    suggested_position: null,
    created_at: '2026-11-04T11:19:40+08:00',
    received_at: '2026-11-04T11:20:00+08:00',
    status: 'open',
    reply: null,
    answered_at: null,
    answered_by: null,
    revision: 1,
    ...over,
  };
}
