/**
 * A modal sheet on the native <dialog>: the page behind it is inert, Escape closes it, Tab
 * cycles inside it, and focus returns to whatever opened it.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface Props {
  /** Accessible name of the dialog. */
  label: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** Extra attributes for tests, e.g. { 'data-station-id': id }. */
  dataAttributes?: Record<`data-${string}`, string>;
  className?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function Dialog({ label, onClose, children, testId, dataAttributes, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The first control (the close button) gets focus, not a link deep inside.
    dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`sheet ${className ?? ''}`}
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
      // A tap on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      {...dataAttributes}
    >
      <div className="sheet__body">{children}</div>
    </dialog>
  );
}
