/**
 * The record-keeping cells of a row: kind, host type, status and closure, office, and when
 * it was last verified. Labels (驿站, 物业门岗, 暂停) or codes are read; an unknown value is
 * reported and left out, never replaced by a guess.
 */
import type { HostType, StationProperties } from '../station.ts';
import { importMessage, type ImportMessage } from './messages.ts';
import { columnLabel, type ColumnKey } from './sheetColumns.ts';
import { HOST_TYPE_LABELS, HOST_TYPE_NAMES_EN, labelOf, readHostType, readKind, readStatus, suggestHostType } from './sheetLabels.ts';
import type { RowOptions } from './sheetRow.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const label = (key: ColumnKey): string => `${columnLabel(key).zh} ${key}`;

/**
 * `2026-02-01 08:00` (Beijing time, as offices write it), `2026/2/1`, or an ISO string with an
 * offset → ISO 8601 with an offset. Null if unreadable.
 * @example
 * readDateTime('2026-02-01 08:00') // '2026-02-01T08:00:00+08:00'
 */
export function readDateTime(cell: string): string | null {
  const s = cell.normalize('NFKC').trim();
  const local = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (local) {
    const [y, mo, d, h, mi, sec] = local.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    // Date.UTC rolls 2月30日 over into March; a real calendar date reads back the same.
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59) return null;
    const p2 = (v: number): string => String(v).padStart(2, '0');
    return `${y}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(sec)}+08:00`;
  }
  const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s);
  return withOffset && !Number.isNaN(Date.parse(s)) ? s : null;
}

/**
 * Reads kind, host_type, status, closure, office_code and verified_at.
 * @param cell the row's trimmed cell by column ('' when absent)
 * @param add receives every message
 * @param text name and address, for the host type suggestion
 * @example
 * readAdminFields(cell, { crs: 'gcj02', officeCode: '110105016', now }, add, { name: '富力城物业岗亭驿站' })
 * // { properties: { kind: 'rest_station', status: 'operational', office_code: '110105016', verified_at: null },
 * //   suggestedHostType: 'property_guard_booth' } (and a host_type_missing warning)
 */
export function readAdminFields(
  cell: (key: ColumnKey) => string,
  options: RowOptions,
  add: (m: ImportMessage) => void,
  text: { name?: string; address?: string },
): { properties: Partial<StationProperties>; suggestedHostType?: HostType } {
  const props: Partial<StationProperties> = {};
  const result: { properties: Partial<StationProperties>; suggestedHostType?: HostType } = { properties: props };
  // Enumerations: a label (驿站, 物业门岗, 暂停) or the code; unknown values are not guessed.
  const kindCell = cell('kind');
  const kind = kindCell ? readKind(kindCell) : (options.defaults?.kind ?? 'rest_station');
  if (kind) props.kind = kind;
  else add(importMessage('value_unknown', { field: label('kind'), value: kindCell }));

  const hostCell = cell('host_type');
  const hostType = hostCell ? readHostType(hostCell) : (options.defaults?.host_type ?? null);
  if (hostType) props.host_type = hostType;
  else if (hostCell) add(importMessage('value_unknown', { field: label('host_type'), value: hostCell }));
  else {
    const suggestedHostType = suggestHostType(text.name ?? '', text.address ?? '', cell('note')) ?? undefined;
    if (suggestedHostType) result.suggestedHostType = suggestedHostType;
    add(
      importMessage(
        'host_type_missing',
        suggestedHostType
          ? { suggested: suggestedHostType, suggestedZh: labelOf(HOST_TYPE_LABELS, suggestedHostType), suggestedEn: HOST_TYPE_NAMES_EN[suggestedHostType] }
          : {},
      ),
    );
  }

  const statusCell = cell('status');
  const status = statusCell ? readStatus(statusCell) : 'operational';
  if (status) props.status = status;
  else add(importMessage('value_unknown', { field: label('status'), value: statusCell }));

  const closureReason = cell('closure_reason');
  if (status === 'temporarily_closed' || closureReason) {
    const closure: NonNullable<StationProperties['closure']> = { reason: closureReason };
    for (const key of ['closure_from', 'closure_until'] as const) {
      if (!cell(key)) continue;
      const iso = readDateTime(cell(key));
      if (iso) closure[key === 'closure_from' ? 'from' : 'until'] = iso;
      else add(importMessage('value_unknown', { field: label(key), value: cell(key) }));
    }
    if (closureReason) {
      if (FORMULA_START.test(closureReason)) add(importMessage('formula_like_text', { field: label('closure_reason') }));
      props.closure = closure;
    } else add(importMessage('closure_reason_missing'));
  }

  const rowOffice = cell('office_code');
  if (options.officeCode && rowOffice && rowOffice !== options.officeCode) {
    add(importMessage('office_mismatch', { expected: options.officeCode, received: rowOffice }));
  }
  const officeCode = rowOffice || options.officeCode;
  if (officeCode) props.office_code = officeCode;

  const verified = cell('verified_at');
  const verifiedIso = verified ? readDateTime(verified) : null;
  if (verified && !verifiedIso) add(importMessage('value_unknown', { field: label('verified_at'), value: verified }));
  props.verified_at = verifiedIso;
  return result;
}
