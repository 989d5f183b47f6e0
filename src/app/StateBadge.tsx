/**
 * An open-state label. The tone shows as colour AND as a shape (full dot, half dot, cross,
 * question mark), so it reads without colour vision and in glare.
 */
import type { Tone } from './format/openStateText.ts';

function Shape({ tone }: { tone: Tone }) {
  const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 3, strokeLinecap: 'round' } as const;
  switch (tone) {
    case 'open':
      return <circle cx="12" cy="12" r="8" fill="currentColor" />;
    case 'soon':
      return (
        <>
          <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M12 5a7 7 0 0 0 0 14z" fill="currentColor" />
        </>
      );
    case 'closed':
      return <path d="M6 6l12 12 M18 6 6 18" {...line} />;
    case 'unknown':
      return <path d="M8.5 9a3.5 3.5 0 1 1 4.7 3.3c-.8.3-1.2.9-1.2 1.7v.5 M12 19v.5" {...line} />;
    default:
      return null;
  }
}

export function StateBadge({ tone, text }: { tone: Tone; text: string }) {
  return (
    <span className={`state state--${tone}`}>
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
        <Shape tone={tone} />
      </svg>
      <span>{text}</span>
    </span>
  );
}
