'use client';

import { useCall } from '@alliance/api/react';
import { ID_CHARACTERS } from '@alliance/quiz-engine';
import { Alert, Card } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';

/** A submitted form's fields by name, as text ('' when a field is absent). */
export type Fields = (name: string) => string;

/**
 * A form on a card, as each "new …" form of the admin app has it: a title, the fields, one
 * submit button that says while it is busy, an optional Cancel, and what went wrong under it.
 */
export function FormCard({
  title,
  submit,
  busy,
  pending = false,
  error,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  submit: string;
  /** What the submit button says while the request runs. */
  busy?: string;
  pending?: boolean;
  error?: { message: string } | null;
  onSubmit: (fields: Fields) => void;
  onCancel?: () => void;
  children: ReactNode;
}) {
  return (
    <Card>
      <h2>{title}</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          onSubmit((name) => String(data.get(name) ?? ''));
        }}
      >
        {children}
        <div className="filters__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending && busy ? busy : submit}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
      {error && <Alert>{error.message}</Alert>}
    </Card>
  );
}

/** The button that opens a form, and beside it what the last one did. */
export function OpenButton({
  label,
  onOpen,
  children,
}: {
  label: string;
  onOpen: () => void;
  children?: ReactNode;
}) {
  return (
    <p>
      <button type="button" className="button button--primary" onClick={onOpen}>
        {label}
      </button>
      {children}
    </p>
  );
}

/** A new record's id: the characters the API accepts for one, said where it is typed. */
export function IdField({
  id,
  label,
  placeholder,
  name = 'id',
  autoFocus = false,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  placeholder: string;
  name?: string;
  autoFocus?: boolean;
  /** Set, the field is controlled (a form that suggests the id from a name). */
  value?: string;
  onChange?: (value: string) => void;
  hint?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        required
        maxLength={64}
        pattern={`${ID_CHARACTERS}+`}
        title="Letters, digits and _ . : - only"
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: only where the form was opened to type this
        autoFocus={autoFocus}
        {...(value === undefined ? {} : { value, onChange: (e) => onChange?.(e.target.value) })}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** Which module a new item, case or quiz belongs to, or none. */
export function ModuleField({
  id,
  name = 'moduleId',
  modules,
}: {
  id: string;
  name?: string;
  modules: ReadonlyArray<{ id: string; title: string }>;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>In module</label>
      <select id={id} name={name} defaultValue="">
        <option value="">No module</option>
        {modules.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A button that makes one call, after `confirm` is accepted if given, and then reloads the page's
 * data; it is off while the call runs, and what went wrong shows under it.
 */
export function ActionButton<I, O>({
  call,
  input,
  confirm,
  className = 'button button--small',
  label,
  done,
  children,
}: {
  call: (input: I) => Promise<O>;
  input: I;
  /** The question to ask first ("Remove … from the cohort?"). */
  confirm?: string;
  className?: string;
  /** The button's name for screen readers, when its text is not enough. */
  label?: string;
  /** What to say once it worked ("Sent again."), where the refreshed page does not show it. */
  done?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const run = useCall(call, () => router.refresh());
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={run.pending}
        aria-label={label}
        onClick={() => {
          if (!confirm || window.confirm(confirm)) run.fire(input);
        }}
      >
        {children}
      </button>
      {run.error && <Alert>{run.error.message}</Alert>}
      {done && run.data !== undefined && (
        <span className="muted" role="status">
          {done}
        </span>
      )}
    </>
  );
}
