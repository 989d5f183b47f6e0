import { describe, expect, it } from 'vitest';
import type { ApiClient, WriteMethod, WriteOptions } from '../api/client.ts';
import type { ApiResult } from '../api/result.ts';
import { flushOutbox } from './flush.ts';
import type { OutboxItem } from './outboxItem.ts';
import { restoreOutboxItem } from './outboxItem.ts';
import { memoryOutboxStore } from './outboxStore.ts';
import { outboxItem } from './outboxItem.fixture.ts';

const item = (key: string, overrides: Partial<OutboxItem> = {}): OutboxItem =>
  outboxItem({ key, body: { properties: { name: key } }, fields: ['name'], createdAt: `2026-11-04T10:00:0${key.length}Z`, ...overrides });

type Call = { method: WriteMethod; path: string; options: WriteOptions };

/** A server that applies PATCHes when If-Match is current, remembering idempotency keys. */
function fakeServer(startVersion: number, options: { dropFirstAnswer?: boolean; down?: boolean } = {}) {
  let version = startVersion;
  const seen = new Map<string, ApiResult<unknown>>();
  const calls: Call[] = [];
  let dropped = false;
  const client = {
    csrfToken: 'token',
    async write(method: WriteMethod, path: string, _body: unknown, o: WriteOptions): Promise<ApiResult<unknown>> {
      calls.push({ method, path, options: o });
      if (options.down) return { ok: false, failure: { kind: 'network', message: 'Failed to fetch' } };
      const stored = o.idempotencyKey ? seen.get(o.idempotencyKey) : undefined;
      let result = stored;
      if (!result) {
        if (o.ifMatch !== version) {
          result = { ok: false, failure: { kind: 'http', status: 409, code: 'version_conflict', message: 'stale', details: { current: null }, retryAfterSeconds: null } };
        } else {
          version += 1;
          result = { ok: true, value: null, status: 200, etag: `"${version}"`, headers: new Headers() };
        }
        if (o.idempotencyKey) seen.set(o.idempotencyKey, result);
      }
      if (options.dropFirstAnswer && !dropped) {
        dropped = true;
        return { ok: false, failure: { kind: 'network', message: 'connection reset' } };
      }
      return result;
    },
    getSession: async () => ({ ok: false, failure: { kind: 'network', message: '' } }),
  } as unknown as ApiClient;
  return { client, calls, version: () => version };
}

describe('sending the offline queue', () => {
  it('applies each edit once, even when an answer is lost, and rebases the next edit of the station', async () => {
    const store = memoryOutboxStore();
    await store.put(item('a'));
    await store.put(item('bb', { body: { properties: { phone: '010-1' } }, fields: ['phone'] }));
    const server = fakeServer(3, { dropFirstAnswer: true });

    const first = await flushOutbox({ store, client: server.client, username: 'sj-editor' });
    expect(first.stop).toBe('network');
    expect(await store.list()).toHaveLength(2);

    const second = await flushOutbox({ store, client: server.client, username: 'sj-editor' });
    expect(second.stop).toBe('done');
    expect(second.applied.map((a) => [a.item.key, a.version])).toEqual([
      ['a', 4],
      ['bb', 5],
    ]);
    expect(server.version()).toBe(5); // two edits, two versions: the retried one was not applied twice
    expect(server.calls.map((c) => [c.options.idempotencyKey, c.options.ifMatch])).toEqual([
      ['a', 3],
      ['a', 3],
      ['bb', 4],
    ]);
    expect(await store.list()).toEqual([]);
  });

  it('keeps a conflicting edit with its state, and leaves other users and a down server alone', async () => {
    const store = memoryOutboxStore();
    await store.put(item('a', { ifMatch: 2 }));
    await store.put(item('other', { username: 'js-editor', stationId: 'cy-0002' }));
    const report = await flushOutbox({ store, client: fakeServer(3).client, username: 'sj-editor' });
    expect(report.conflicts.map((c) => [c.key, c.state, c.error?.code])).toEqual([['a', 'conflict', 'version_conflict']]);
    expect((await store.list()).map((i) => [i.key, i.state])).toEqual([
      ['a', 'conflict'],
      ['other', 'waiting'],
    ]);
    const down = await flushOutbox({ store, client: fakeServer(3, { down: true }).client, username: 'js-editor' });
    expect(down.stop).toBe('network');
  });

  it('restores stored items, dropping what it cannot trust', () => {
    expect(restoreOutboxItem({ ...item('a'), attempts: 'x', state: 'odd' })).toMatchObject({ key: 'a', attempts: 0, state: 'waiting' });
    expect(restoreOutboxItem({ key: 'a', method: 'PUT' })).toBeNull();
    expect(restoreOutboxItem({ ...item('a'), path: 'http://elsewhere/api' })).toBeNull();
  });
});
