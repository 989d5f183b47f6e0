/**
 * A station's name and address in the console's language: the English name (`name_en`) in the
 * English console when the station has one, else the Chinese name offices write.
 */
import type { Locale } from '../../i18n/i18n.ts';
import type { Station } from '../../core/station.ts';

/** @example stationLabel(station, 'en') // 'ErShiErYuan Street Courier Station' (or the Chinese name when none) */
export function stationLabel(station: Pick<Station, 'properties'>, locale: Locale): string {
  const p = station.properties;
  return locale === 'en' && p.name_en?.trim() ? p.name_en : p.name;
}

/** @example stationAddress(station, 'en') // the English address when there is one */
export function stationAddress(station: Pick<Station, 'properties'>, locale: Locale): string {
  const p = station.properties;
  return locale === 'en' && p.address_en?.trim() ? p.address_en : p.address;
}
