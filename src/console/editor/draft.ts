/**
 * The edit form's state as plain data, and the verbs over it: a draft from a station, a new
 * draft at a pin, the PATCH body of what changed, and the checks the form shows before saving.
 *
 * Times in the form are Beijing wall-clock `YYYY-MM-DDTHH:MM` (what `<input type=datetime-local>`
 * holds), whatever the device's zone; they become ISO instants with `+08:00` on the way out.
 */
import { toBeijingParts } from '../../core/beijingTime.ts';
import { formatProblem, validateStationCollection } from '../../core/validate.ts';
import type { Amenity, HostType, LngLat, Station, StationKind, StationStatus } from '../../core/station.ts';
import { AMENITIES } from '../../core/station.ts';
import type { StationCreateBody, StationPatchBody } from '../api/types.ts';
import { checkSpec, holidayRuleInHours } from './hoursModel.ts';

export interface ClosureDraft {
  reason: string;
  /** Beijing `YYYY-MM-DDTHH:MM`, or '' for "from now". */
  from: string;
  /** Beijing `YYYY-MM-DDTHH:MM`, or '' for "until further notice". */
  until: string;
}

export interface Draft {
  name: string;
  name_en: string;
  address_en: string;
  kind: StationKind;
  host_type: HostType;
  address: string;
  phone: string;
  amenities: Amenity[];
  /** null: hours not known. */
  opening_hours: string | null;
  /** '' means: on holidays the regular hours apply. */
  holiday_hours: string;
  status: StationStatus;
  closure: ClosureDraft;
  verified_at: string | null;
  lngLat: LngLat;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as Beijing `YYYY-MM-DDTHH:MM`. */
export function toBeijingInput(iso: string | undefined): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  const p = toBeijingParts(t);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Beijing `YYYY-MM-DDTHH:MM` as an ISO instant with +08:00, or undefined when empty/invalid. */
export function fromBeijingInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const iso = `${value}:00+08:00`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

export function draftFromStation(station: Station): Draft {
  const p = station.properties;
  return {
    name: p.name,
    name_en: p.name_en ?? '',
    address_en: p.address_en ?? '',
    kind: p.kind,
    host_type: p.host_type,
    address: p.address,
    phone: p.phone ?? '',
    amenities: [...p.amenities],
    opening_hours: p.opening_hours,
    holiday_hours: p.holiday_hours ?? '',
    status: p.status,
    closure: { reason: p.closure?.reason ?? '', from: toBeijingInput(p.closure?.from), until: toBeijingInput(p.closure?.until) },
    verified_at: p.verified_at,
    lngLat: [...station.geometry.coordinates] as LngLat,
  };
}

export function newDraft(lngLat: LngLat): Draft {
  return {
    name: '',
    name_en: '',
    address_en: '',
    kind: 'rest_station',
    host_type: 'community_building',
    address: '',
    phone: '',
    amenities: [],
    // Not '24/7': a station whose office skipped the hours must not tell riders it never closes.
    opening_hours: null,
    holiday_hours: '',
    status: 'operational',
    closure: { reason: '', from: '', until: '' },
    verified_at: null,
    lngLat,
  };
}

function closureOf(d: Draft): Record<string, string> | null {
  if (d.status !== 'temporarily_closed') return null;
  const from = fromBeijingInput(d.closure.from);
  const until = fromBeijingInput(d.closure.until);
  return { reason: d.closure.reason.trim(), ...(from ? { from } : {}), ...(until ? { until } : {}) };
}

/** The station properties a draft stands for (server fields left out; '' means absent). */
export function draftProperties(d: Draft): Record<string, unknown> {
  const closure = closureOf(d);
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const props: Record<string, unknown> = {
    name: d.name.trim(),
    name_en: optional(d.name_en),
    address_en: optional(d.address_en),
    kind: d.kind,
    host_type: d.host_type,
    address: d.address.trim(),
    phone: optional(d.phone),
    amenities: AMENITIES.filter((a) => d.amenities.includes(a)),
    opening_hours: d.opening_hours === null ? null : d.opening_hours.trim(),
    holiday_hours: optional(d.holiday_hours),
    status: d.status,
    closure: closure ?? undefined,
    verified_at: d.verified_at,
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

export function createBody(d: Draft): StationCreateBody {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: d.lngLat }, properties: draftProperties(d) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields that may be removed with null in a PATCH (the rest are required or nullable values). */
const REMOVABLE = ['name_en', 'address_en', 'phone', 'holiday_hours', 'closure'] as const;

/**
 * Only what the draft changes, relative to `base` (the version the editor opened).
 * @example patchBody(station, { ...draftFromStation(station), name: 'New' }) // { properties: { name: 'New' } }
 */
export function patchBody(base: Station, d: Draft): StationPatchBody {
  const next = draftProperties(d);
  const before = base.properties as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) if (!same(before[key], value)) properties[key] = value;
  for (const key of REMOVABLE) if (before[key] !== undefined && next[key] === undefined) properties[key] = null;
  const moved = !same(base.geometry.coordinates, d.lngLat);
  return {
    ...(Object.keys(properties).length ? { properties } : {}),
    ...(moved ? { geometry: { type: 'Point', coordinates: d.lngLat } } : {}),
  };
}

export const isEmptyPatch = (body: StationPatchBody): boolean => !body.properties && !body.geometry;

/** Names of the fields a PATCH body changes (`geometry` for a move). */
export function patchFields(body: StationPatchBody): string[] {
  return [...Object.keys(body.properties ?? {}), ...(body.geometry ? ['geometry'] : [])];
}

export type DraftProblem =
  | { field: 'name' | 'address' | 'phone' | 'closure.reason' | 'closure.until' | 'opening_hours' | 'holiday_hours'; code: string }
  | { field: 'other'; code: 'schema'; message: string };

const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;

/**
 * What stops the draft from being saved, in the form's words; the shared schema is the last gate.
 * @param now for "the closure already ended"
 */
export function draftProblems(d: Draft, now: Date, officeCode = '000000000'): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!d.name.trim()) out.push({ field: 'name', code: 'required' });
  if (!d.address.trim()) out.push({ field: 'address', code: 'required' });
  if (d.phone.trim() && !PHONE.test(d.phone.trim())) out.push({ field: 'phone', code: 'phone' });
  if (d.opening_hours !== null) {
    const check = checkSpec(d.opening_hours);
    if (!check.ok) out.push({ field: 'opening_hours', code: check.reason });
  }
  if (d.holiday_hours.trim()) {
    const check = checkSpec(d.holiday_hours);
    if (!check.ok) out.push({ field: 'holiday_hours', code: check.reason });
    // Two answers for holidays would contradict each other (the holiday field wins for riders).
    else if (holidayRuleInHours(d.opening_hours)) out.push({ field: 'holiday_hours', code: 'holidayTwice' });
  }
  if (d.status === 'temporarily_closed') {
    if (!d.closure.reason.trim()) out.push({ field: 'closure.reason', code: 'required' });
    const from = fromBeijingInput(d.closure.from);
    const until = fromBeijingInput(d.closure.until);
    if (from && until && Date.parse(from) >= Date.parse(until)) out.push({ field: 'closure.until', code: 'order' });
    else if (until && Date.parse(until) <= now.getTime()) out.push({ field: 'closure.until', code: 'past' });
  }
  if (out.length > 0) return out;
  // The shared gate, for anything the checks above do not word (lengths, vocabularies).
  const { problems } = validateStationCollection({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'draft',
        geometry: { type: 'Point', coordinates: d.lngLat },
        properties: { ...draftProperties(d), office_code: officeCode, updated_at: now.toISOString() },
      },
    ],
  });
  return problems.map((p) => ({ field: 'other', code: 'schema', message: formatProblem(p) }));
}
