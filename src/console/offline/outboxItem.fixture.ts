/** Test fixture: a waiting outbox item with every field set; tests override what they are about. */
import type { OutboxItem } from './outboxItem.ts';

export function outboxItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    key: 'k',
    username: 'sj-editor',
    method: 'PATCH',
    path: '/api/stations/cy-0001',
    ifMatch: 3,
    body: {},
    stationId: 'cy-0001',
    label: '驿站',
    fields: [],
    createdAt: '2026-11-04T10:00:00.000Z',
    attempts: 0,
    state: 'waiting',
    error: null,
    base: null,
    current: null,
    ...overrides,
  };
}
