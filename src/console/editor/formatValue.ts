/** A station field's value in words, for "theirs and mine" and the history. */
import type { Amenity, HostType, StationKind, StationStatus } from '../../core/station.ts';
import type { ConsoleI18n } from '../i18n/context.tsx';

export function formatValue(field: string, value: unknown, { t, m, f }: ConsoleI18n): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (field) {
    case 'geometry': {
      const c = (value as { coordinates?: number[] }).coordinates ?? [];
      return c.map((n) => n.toFixed(6)).join(', ');
    }
    case 'amenities':
      return (value as Amenity[]).map((a) => m.amenities[a] ?? a).join(t.listSeparator) || '—';
    case 'kind':
      return m.kinds[value as StationKind] ?? String(value);
    case 'host_type':
      return m.hostTypes[value as HostType] ?? String(value);
    case 'status':
      return t.statuses[value as StationStatus] ?? String(value);
    case 'verified_at':
    case 'updated_at':
      return f.dateTime(new Date(String(value)));
    case 'closure': {
      const c = value as { reason: string; from?: string; until?: string };
      return t.closureSummary(c.reason, c.from ? f.dateTime(new Date(c.from)) : null, c.until ? f.dateTime(new Date(c.until)) : null);
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export const fieldLabel = (field: string, t: ConsoleI18n['t']): string => t.fieldLabels[field] ?? field;
