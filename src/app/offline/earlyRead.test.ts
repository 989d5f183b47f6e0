import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EARLY_READ_NAMES } from './earlyRead.ts';

describe("index.html's early read of the local copy", () => {
  test('names the database and the stores db.ts creates', () => {
    const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
    expect(html).toContain(`indexedDB.open('${EARLY_READ_NAMES.database}')`);
    expect(html).toContain(`[${EARLY_READ_NAMES.stores.map((s) => `'${s}'`).join(', ')}]`);
    const db = readFileSync(new URL('./db.ts', import.meta.url), 'utf8');
    for (const store of EARLY_READ_NAMES.stores.slice(1)) expect(db).toContain(`createObjectStore('${store}'`);
    expect(db).toContain(`createObjectStore('meta')`);
  });
});
