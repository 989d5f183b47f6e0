/** The title row of a sheet or dialog: its heading and a close button with a 48 px target. */
interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
}

export function SheetHeader({ title, closeLabel, onClose }: Props) {
  return (
    <div className="sheet__header">
      <h2>{title}</h2>
      <button type="button" className="sheet__close" onClick={onClose} aria-label={closeLabel}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12 M18 6 6 18" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
