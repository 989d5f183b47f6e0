import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zhCN.ts';
import { historyNote } from './historyNote.ts';

// QA: "reverted to version 1", written by the server in English, showed as is in the Chinese console.
describe('history notes', () => {
  it("says a revert's note in the console's language", () => {
    expect(historyNote({ action: 'revert', note: 'reverted to version 1' }, zhCN)).toBe('恢复到第 1 版');
    expect(historyNote({ action: 'revert', note: 'reverted to version 12' }, en)).toBe('reverted to version 12');
  });

  it('shows other notes as written, and none when there is none', () => {
    expect(historyNote({ action: 'import', note: 'sheet 2026-03.csv, row 4' }, zhCN)).toBe('sheet 2026-03.csv, row 4');
    expect(historyNote({ action: 'update', note: null }, zhCN)).toBeNull();
  });
});
