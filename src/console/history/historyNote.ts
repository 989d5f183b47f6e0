/**
 * A version's note in the console's language. The server writes notes in English for the
 * record (`reverted to version 3`); a revert's note is the one the console can say in its own
 * words, since the version it names is all it holds. Other notes are shown as written.
 */
import type { HistoryVersion } from '../api/types.ts';
import type { ConsoleMessages } from '../i18n/messages.ts';

const REVERT_NOTE = /^reverted to version (\d+)$/;

/**
 * @example
 * historyNote({ action: 'revert', note: 'reverted to version 1' }, zhCN) // '恢复到第 1 版'
 */
export function historyNote(v: Pick<HistoryVersion, 'action' | 'note'>, t: Pick<ConsoleMessages, 'revertNote'>): string | null {
  if (!v.note) return null;
  const revertedTo = v.action === 'revert' ? REVERT_NOTE.exec(v.note.trim()) : null;
  return revertedTo ? t.revertNote(Number(revertedTo[1])) : v.note;
}
