import type { ReactNode } from 'react';

/** What every item renderer receives; `item` is narrowed to its type. */
export interface ItemFieldProps<P> {
  item: P;
  /** The current response in the engine's shape, or undefined (read defensively). */
  response: unknown;
  onChange: (response: unknown) => void;
  disabled?: boolean;
  /** Per-part correctness from the engine's score, once checked. */
  parts?: Record<string, boolean>;
  /** Prefix for element ids, so two items on one page do not clash. */
  idPrefix: string;
  /** Why the current response cannot be saved, said at the field (e.g. "not a number"). */
  error?: string | null;
}

/**
 * The decimal mark of the browser's locale: "," where numbers are written 29,5 (de, fr, nl…),
 * else ".". A numeric answer carries it, so the engine reads "1,200" as the learner meant it.
 */
export function localeDecimalMark(): '.' | ',' {
  try {
    const locale = typeof navigator === 'undefined' ? 'en' : navigator.language;
    const decimal = new Intl.NumberFormat(locale)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value;
    return decimal === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/** `record[key]` only when it is the record's own property (ids such as `toString` are valid). */
export function own(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/** The `text` of a text response, or "" when there is none. */
export function readText(response: unknown): string {
  const text = own(response, 'text');
  return typeof text === 'string' ? text : '';
}

/**
 * An assignment (thing id → target id or null) for exactly the given things: unknown things are
 * dropped and unknown targets read as "not answered", so the emitted response always parses.
 */
export function readAssignment(
  response: unknown,
  field: string,
  thingIds: readonly string[],
  targetIds: ReadonlySet<string>,
): Record<string, string | null> {
  const given = own(response, field);
  return Object.fromEntries(
    thingIds.map((id) => {
      const value = own(given, id);
      return [id, typeof value === 'string' && targetIds.has(value) ? value : null];
    }),
  );
}

/** Whether a part was right, wrong, or is not judged (undefined). */
export function partState(
  parts: Record<string, boolean> | undefined,
  key: string,
): boolean | undefined {
  const value = own(parts, key);
  return typeof value === 'boolean' ? value : undefined;
}

/** `base item-part item-part--right|wrong`, or just `base` when the part is not judged. */
export function partClass(base: string, state: boolean | undefined): string {
  if (state === undefined) return base;
  return `${base} item-part ${state ? 'item-part--right' : 'item-part--wrong'}`;
}

/** A ✓ / ✗ badge with its meaning in words for assistive technology. */
export function PartMark({
  state,
  label,
  id,
}: {
  state: boolean | undefined;
  /** Names the part when an item has several marks side by side (e.g. "Unit"). */
  label?: string;
  id?: string;
}) {
  if (state === undefined) return null;
  const words = state ? 'correct' : 'not correct';
  return (
    <span id={id} className={`item-mark ${state ? 'item-mark--right' : 'item-mark--wrong'}`}>
      <span aria-hidden="true">{state ? '✓' : '✗'}</span>
      {label ? <span aria-hidden="true">{label}</span> : null}
      <span className="visually-hidden">{label ? `${label} ${words}` : words}</span>
    </span>
  );
}

/** The item's prompt as the fieldset's legend: plain text, line breaks kept by CSS. */
function Prompt({ text }: { text: string }) {
  return <legend className="item__prompt">{text}</legend>;
}

/** The fieldset every item is rendered in; `disabled` disables every control inside. */
export function ItemFieldset({
  type,
  prompt,
  disabled,
  children,
  describedBy,
}: {
  type: string;
  prompt: string;
  disabled?: boolean;
  children: ReactNode;
  describedBy?: string;
}) {
  return (
    <fieldset className={`item item--${type}`} disabled={disabled} aria-describedby={describedBy}>
      <Prompt text={prompt} />
      {children}
    </fieldset>
  );
}

/** The option shown first in every select: nothing chosen yet. */
export const CHOOSE = 'Choose…';
