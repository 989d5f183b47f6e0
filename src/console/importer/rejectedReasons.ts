/**
 * The preview's rejected rows in plain words: a missing host type is said once by the importer
 * (host_type_missing), so the schema's refusal of the same field (developer text such as
 * `properties.host_type is not valid: feature 0 …`) is left out; and rows that only lack a
 * host type are counted, so the preview can say "choose a default host type".
 */
import type { ImportMessage } from '../../core/import/messages.ts';
import type { ImportPreview } from '../api/types.ts';

/** The schema's refusal of a missing host type, which host_type_missing already says in words. */
const isHostTypeRefusal = (msg: ImportMessage): boolean => msg.code === 'field_invalid' && String(msg.params.field ?? '').includes('host_type');
const isHostTypeMissing = (msg: ImportMessage): boolean => msg.code === 'host_type_missing';

/**
 * The reasons a row was rejected, without the schema's developer text when the importer
 * already explains it (no host type given).
 */
export function readableReasons(reasons: readonly ImportMessage[]): ImportMessage[] {
  return reasons.some(isHostTypeMissing) ? reasons.filter((r) => !isHostTypeRefusal(r)) : [...reasons];
}

/** Rows rejected for no other reason than a missing host type: a default host type fixes them. */
export function rowsMissingOnlyHostType(rejected: ImportPreview['rejected']): number {
  return rejected.filter((r) => r.reasons.some(isHostTypeMissing) && r.reasons.every((m) => isHostTypeMissing(m) || isHostTypeRefusal(m))).length;
}
