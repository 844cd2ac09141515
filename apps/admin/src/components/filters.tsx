import { Card } from '@alliance/ui';
import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * A list page's filters: a form that reloads the page (`action`) with them in its address, its
 * submit button, and a link back to the whole list when `clear` is set.
 */
export function FilterForm({
  action,
  label,
  submit,
  clear = false,
  children,
}: {
  action: string;
  /** The form's name for screen readers ("Filter items"). */
  label: string;
  submit: string;
  clear?: boolean;
  children: ReactNode;
}) {
  return (
    <Card>
      <form className="filters" action={action} aria-label={label}>
        {children}
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {submit}
          </button>
          {clear && (
            <Link href={action} className="button">
              Clear
            </Link>
          )}
        </div>
      </form>
    </Card>
  );
}

/** One filter as a drop-down: `any` first (the empty value: no filter), then the choices. */
export function SelectFilter({
  id,
  label,
  name,
  value,
  any,
  children,
}: {
  id: string;
  label: string;
  name: string;
  /** The value the page was asked for, if any. */
  value: string | undefined;
  any: string;
  /** The choices, as `<option>`s. */
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {children}
      </select>
    </div>
  );
}
