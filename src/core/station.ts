/**
 * The station: one schema, used by the importer, the API, the client's loader and the
 * IndexedDB restore. Everything that crosses a boundary passes `validateStationCollection`
 * (see validate.ts) and is trusted afterwards.
 *
 * Coordinates are WGS-84, `[lng, lat]` (RFC 7946). Times are ISO 8601 strings with an offset.
 * The written contract is `data/SCHEMA.md`; keep the two in step.
 */
// zod/mini: the same checks as classic zod in about a third of the bytes (this schema is in the
// rider app's first download). Server code may wrap these schemas with classic zod freely.
import { z } from 'zod/mini';

/** What a place is. Hubs (depots, dispatch points, drivers' homes) live in hubs.geojson. */
export const STATION_KINDS = ['rest_station', 'charging_point', 'battery_swap_cabinet'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

export const HUB_KINDS = ['delivery_depot', 'dispatch_point', 'drivers_home'] as const;
export type HubKind = (typeof HUB_KINDS)[number];

/** The fixed amenity vocabulary. Order here is the display order. */
export const AMENITIES = [
  'ebike_charging',
  'battery_swap',
  'phone_charging',
  'drinking_water',
  'hot_water',
  'microwave',
  'fridge',
  'toilet',
  'seating',
  'heating',
  'air_conditioning',
  'raincoats',
  'first_aid',
  'wifi',
  'repair_tools',
] as const;
export type Amenity = (typeof AMENITIES)[number];

/** The six hosting models of Chaoyang's stations (DOMAIN.md). */
export const HOST_TYPES = [
  'party_community_centre',
  'community_building',
  'property_guard_booth',
  'street_facility',
  'company_space',
  'residential_square',
] as const;
export type HostType = (typeof HOST_TYPES)[number];

export const STATION_STATUSES = ['operational', 'temporarily_closed', 'permanently_closed'] as const;
export type StationStatus = (typeof STATION_STATUSES)[number];

/** Official 9-digit code of a street office (GB/T 2260 county code + township code). */
export const officeCodeSchema = z.string().check(z.regex(/^\d{9}$/, 'a 9-digit street office code'));

const isoDateTime = z.iso.datetime({ offset: true });

/** A string trimmed of surrounding space, then between `min` and `max` characters long. */
export const trimmed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const closureSchema = z
  .strictObject({
    reason: trimmed(1, 200),
    /** When the closure starts; absent means "already". */
    from: z.optional(isoDateTime),
    /** When it ends by itself; absent means "until further notice". */
    until: z.optional(isoDateTime),
  })
  .check(
    z.refine((c) => !c.from || !c.until || Date.parse(c.from) < Date.parse(c.until), {
      message: 'closure.from must be before closure.until',
    }),
  );
export type Closure = z.infer<typeof closureSchema>;

export const lngLatSchema = z.tuple([z.number(), z.number()]);
/** Always `[lng, lat]`, WGS-84. */
export type LngLat = [lng: number, lat: number];

export const stationPropertiesSchema = z
  .strictObject({
    name: trimmed(1, 120),
    name_en: z.optional(trimmed(1, 160)),
    kind: z.enum(STATION_KINDS),
    amenities: z.array(z.enum(AMENITIES)).check(z.maxLength(AMENITIES.length)),
    /** OpenStreetMap opening_hours syntax; null when the hours are not known. */
    opening_hours: z.nullable(trimmed(1, 500)),
    /** Hours on official public holidays (chinese-days); absent means the regular hours apply. */
    holiday_hours: z.optional(trimmed(1, 500)),
    status: z.enum(STATION_STATUSES),
    /** Required when status is temporarily_closed. */
    closure: z.optional(closureSchema),
    address: trimmed(1, 200),
    address_en: z.optional(trimmed(1, 240)),
    phone: z.optional(z.string().check(z.trim(), z.regex(/^\+?[0-9][0-9 -]{4,19}$/, 'a phone number of digits, spaces and dashes'))),
    office_code: officeCodeSchema,
    host_type: z.enum(HOST_TYPES),
    updated_at: isoDateTime,
    verified_at: z.nullable(isoDateTime),
    /** Server-side version counter; absent in static files. */
    version: z.optional(z.number().check(z.int(), z.positive())),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.status === 'temporarily_closed' && !p.closure) {
        ctx.addIssue({ code: 'custom', path: ['closure'], message: 'a temporarily closed station needs closure.reason' });
      }
    }),
  );
export type StationProperties = z.infer<typeof stationPropertiesSchema>;

export interface Station {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: LngLat };
  properties: StationProperties;
}

export const hubPropertiesSchema = z.strictObject({
  name: trimmed(1, 120),
  name_en: z.optional(trimmed(1, 160)),
  kind: z.enum(HUB_KINDS),
  operator: z.optional(trimmed(1, 80)),
  address: trimmed(1, 200),
  office_code: officeCodeSchema,
});
export type HubProperties = z.infer<typeof hubPropertiesSchema>;

export interface Hub {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: LngLat };
  properties: HubProperties;
}

/** The station's time zone. China has one, without daylight saving since 1991. */
export const STATION_TIME_ZONE = 'Asia/Shanghai';
