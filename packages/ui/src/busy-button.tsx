import type { ReactNode } from 'react';

export interface BusyButtonProps {
  /** The request it starts is running: the button is off, says so (`aria-busy`) and reads `busyLabel`. */
  busy: boolean;
  /** What it says while busy, in place of its children. */
  busyLabel?: ReactNode;
  /** `primary` for the main action of a form or page. */
  variant?: 'primary' | 'danger' | 'default';
  type?: 'button' | 'submit';
  /** Off for another reason than being busy (nothing to send yet). */
  disabled?: boolean;
  onClick?: () => void;
  children: ReactNode;
}

/** A button that starts a request, and is off and says so while the request runs. */
export function BusyButton({
  busy,
  busyLabel,
  variant = 'default',
  type = 'button',
  disabled = false,
  onClick,
  children,
}: BusyButtonProps) {
  return (
    <button
      type={type}
      className={variant === 'default' ? 'button' : `button button--${variant}`}
      disabled={disabled || busy}
      aria-busy={busy}
      onClick={onClick}
    >
      {busy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
