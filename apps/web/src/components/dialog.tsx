'use client';

import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A modal dialog (the native `<dialog>`): while open, focus stays inside and the rest of the page
 * is inert; Esc closes it. Focus goes first to the element marked `data-initial-focus` (the safe
 * choice), else to the first control.
 */
export function Modal({
  open,
  onClose,
  labelledBy,
  className,
  children,
}: {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      node.showModal();
      node.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
    if (!open && node.open) node.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
