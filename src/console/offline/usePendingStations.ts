/**
 * The stations still to be created, for the table, the map and the editor: derived from the
 * offline queue (pendingStations.ts), with each refused one's reason in words.
 */
import { useMemo } from 'react';
import type { Office } from '../../core/offices.ts';
import type { Station } from '../../core/station.ts';
import { describeFailure, storedFailure } from '../api/describeFailure.ts';
import type { ConsoleMessages } from '../i18n/messages.ts';
import type { OutboxItem } from './outboxItem.ts';
import { isPendingId, pendingStations } from './pendingStations.ts';

export interface PendingView {
  stations: Station[];
  /** By provisional id: null while waiting, the server's refusal in words once refused. */
  refusals: ReadonlyMap<string, string | null>;
}

export function usePendingStations(
  items: readonly OutboxItem[],
  offices: readonly Office[],
  officeCode: string | null,
  t: ConsoleMessages,
  officeName: (code: string) => string | null,
): PendingView {
  return useMemo(() => {
    const refusals = new Map<string, string | null>();
    for (const item of items) {
      if (item.method !== 'POST' || !isPendingId(item.stationId)) continue;
      const refusal =
        item.state === 'failed' && item.error
          ? describeFailure(storedFailure(item.error), t, officeName)
          : null;
      refusals.set(item.stationId, refusal);
    }
    return { stations: pendingStations(items, offices, officeCode), refusals };
  }, [items, offices, officeCode, t, officeName]);
}
