/**
 * What a rider needs to know about a station at one instant. Every consumer (list, detail,
 * map, CLI, server) switches exhaustively over `kind`.
 *
 * "unknown" is never shown as open and never as closed.
 */
export type OpenState =
  /** Open; `closesAt` is null when no closing falls within the look-ahead (24/7). */
  | { kind: 'open'; closesAt: Date | null }
  /** Open, but closes within the "closing soon" window (default 30 min). */
  | { kind: 'closing_soon'; closesAt: Date; minutesLeft: number }
  /** Closed by its hours; `opensAt` is null when it does not open within the look-ahead. */
  | { kind: 'closed'; opensAt: Date | null }
  /** Closed by the office for a reason, until a date or further notice. */
  | { kind: 'temporarily_closed'; reason: string; until: Date | null }
  | { kind: 'permanently_closed' }
  /** No hours given, or hours we cannot read: say so, never guess. */
  | { kind: 'unknown'; reason: 'no_hours' | 'unreadable_hours' };

export type OpenStateKind = OpenState['kind'];

/** True only for states in which a rider can walk in. */
export function isOpenState(state: OpenState): boolean {
  return state.kind === 'open' || state.kind === 'closing_soon';
}
