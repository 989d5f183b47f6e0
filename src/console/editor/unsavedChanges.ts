/**
 * Whether the open editor holds changes that are not saved, so that whatever would close it
 * (← back to the list, another tab, another station) asks before throwing them away. One editor
 * is open at a time; it reports here, and the places that close it ask here.
 */
let dirty = false;

/** The editor says whether its form differs from what it opened (false when it closes). */
export function setUnsavedChanges(value: boolean): void {
  dirty = value;
}

/**
 * True when it is fine to close the editor: nothing unsaved, or the user agreed to discard it
 * (window.confirm with `question`). Cancelling keeps everything as it was.
 * @example
 * if (confirmDiscard(t.confirmDiscard)) closeEditor();
 */
export function confirmDiscard(question: string): boolean {
  if (!dirty) return true;
  if (!window.confirm(question)) return false;
  dirty = false;
  return true;
}
