'use client';

import { type ReactNode, useState } from 'react';
import {
  defaultFor,
  elementLabel,
  type FieldIssue,
  fieldId,
  getAt,
  isLongText,
  issuesAt,
  type JsonSchema,
  kindOf,
  labelFor,
  moveElement,
  newElement,
  nullableOf,
  type Path,
  setAt,
  variantsOf,
} from './model';

export interface SchemaFormProps {
  /** The JSON Schema of the value (zod's `toJSONSchema(schema, { io: 'input' })`). */
  schema: JsonSchema;
  value: unknown;
  onChange: (next: unknown) => void;
  /** Problems to show at the fields they name (`options[2].fraction`). */
  issues?: readonly FieldIssue[];
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  /** Top-level keys not to render (e.g. `id` and `type`, which the page shows itself). */
  hidden?: readonly string[];
  disabled?: boolean;
}

interface FieldProps {
  schema: JsonSchema;
  root: unknown;
  path: Path;
  name: string;
  label: string;
  required: boolean;
  ctx: Omit<SchemaFormProps, 'schema' | 'value' | 'hidden'>;
}

function Issues({ issues, id }: { issues: FieldIssue[]; id: string }) {
  if (!issues.length) return null;
  return (
    <ul className="field__issues" id={`${id}-issues`}>
      {issues.map((issue) => (
        <li key={issue.message}>{issue.message}</li>
      ))}
    </ul>
  );
}

/**
 * A form for any value a JSON Schema describes: objects as groups of fields, arrays as lists
 * with add, remove, move up and move down buttons (keyboard first, no dragging), enums as
 * selects, numbers, booleans and text. Every problem in `issues` is shown at its field, with
 * `aria-invalid` and `aria-describedby` so screen readers hear it.
 */
export function SchemaForm({
  schema,
  value,
  onChange,
  issues = [],
  idPrefix,
  hidden = [],
  disabled,
}: SchemaFormProps) {
  const ctx = { onChange, issues, idPrefix, disabled };
  return (
    <div className="schema-form">
      <Properties schema={schema} root={value} path={[]} skip={hidden} ctx={ctx} />
    </div>
  );
}

function Field(props: FieldProps) {
  const { schema, root, path, ctx } = props;
  const kind = kindOf(schema);
  const id = fieldId(ctx.idPrefix, path);
  const own = issuesAt(ctx.issues ?? [], path);
  const value = getAt(root, path);
  const set = (next: unknown) => ctx.onChange(setAt(root, path, next));
  const help = schema.description ? `${id}-help` : undefined;
  const described =
    [help, own.length ? `${id}-issues` : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    disabled: ctx.disabled,
    'aria-invalid': own.length ? true : undefined,
    'aria-describedby': described,
  } as const;

  if (kind === 'object') return <ObjectField {...props} id={id} issues={own} />;
  if (kind === 'variant') return <VariantField {...props} id={id} issues={own} />;
  if (kind === 'nullable') {
    const inner = nullableOf(schema) ?? {};
    const off = value === null || value === undefined;
    return (
      <div className={`field field--nullable${own.length ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-none`} className="field__none">
          <input
            id={`${id}-none`}
            type="checkbox"
            checked={off}
            disabled={ctx.disabled}
            onChange={(e) => set(e.target.checked ? null : defaultFor(inner))}
          />{' '}
          No {props.label.toLowerCase()}
        </label>
        {!off && <Field {...props} schema={inner} />}
        <Issues issues={own} id={id} />
      </div>
    );
  }
  if (kind === 'array') return <ArrayField {...props} id={id} issues={own} />;

  let control: ReactNode;
  switch (kind) {
    case 'const':
      control = <output id={id}>{String(schema.const)}</output>;
      break;
    case 'enum':
      control = (
        <select {...common} value={String(value ?? '')} onChange={(e) => set(e.target.value)}>
          {value === undefined && <option value="">Choose…</option>}
          {(schema.enum ?? []).map((option) => (
            <option key={String(option)} value={String(option)}>
              {String(option)}
            </option>
          ))}
        </select>
      );
      break;
    case 'boolean':
      return (
        <div className={`field field--check${own.length ? ' field--invalid' : ''}`}>
          <label htmlFor={id}>
            <input
              {...common}
              type="checkbox"
              checked={value === true}
              onChange={(e) => set(e.target.checked)}
            />{' '}
            {props.label}
          </label>
          <Issues issues={own} id={id} />
        </div>
      );
    case 'number':
    case 'integer':
      control = (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : undefined}
          step={kind === 'integer' ? 1 : 'any'}
          onValue={set}
        />
      );
      break;
    case 'string-or-number':
      control = (
        <input
          {...common}
          type="text"
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(e) => {
            const text = e.target.value;
            // A number only when it reads back the same ("007" and "0x10" stay text).
            const n = Number(text);
            set(text.trim() !== '' && Number.isFinite(n) && String(n) === text.trim() ? n : text);
          }}
        />
      );
      break;
    case 'string':
      control = isLongText(props.name) ? (
        <textarea
          {...common}
          rows={props.name === 'prompt' || props.name === 'stimulus' ? 4 : 2}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.target.value)}
        />
      );
      break;
    default:
      control = <JsonInput {...common} value={value} onValue={set} />;
  }
  return (
    <div className={`field${own.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && kind !== 'const' && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {help && (
        <p className="field__hint" id={help}>
          {schema.description}
        </p>
      )}
      <Issues issues={own} id={id} />
    </div>
  );
}

/** A number box that lets the author pass through "" and "-" while typing. */
function NumberInput({
  value,
  onValue,
  ...rest
}: {
  value: number | undefined;
  onValue: (next: number | undefined) => void;
  step: number | 'any';
  id: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const shown =
    Number(text) === value || (text === '' && value === undefined) ? text : String(value ?? '');
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        const n = e.target.valueAsNumber;
        onValue(Number.isFinite(n) ? n : undefined);
      }}
    />
  );
}

/** Anything the form has no control for, edited as JSON; bad JSON is kept as typed and flagged. */
function JsonInput({
  value,
  onValue,
  ...rest
}: {
  value: unknown;
  onValue: (next: unknown) => void;
  id: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <textarea
        {...rest}
        className="field__json"
        rows={4}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onValue(JSON.parse(e.target.value));
            setError(null);
          } catch {
            setError('This is not valid JSON yet.');
          }
        }}
      />
      {error && <p className="field__issues">{error}</p>}
    </>
  );
}

/** A union told apart by a constant (`kind`): a select for the kind, then that kind's fields. */
function VariantField({
  schema,
  root,
  path,
  label,
  ctx,
  id,
  issues,
}: FieldProps & { id: string; issues: FieldIssue[] }) {
  const variants = variantsOf(schema);
  if (!variants) return null;
  const value = getAt(root, path) as Record<string, unknown> | undefined;
  const current =
    variants.options.find((o) => o.value === value?.[variants.key]) ?? variants.options[0];
  const chosen = current?.schema ?? {};
  return (
    <fieldset className={`field-group${issues.length ? ' field--invalid' : ''}`} id={id}>
      <legend>{label}</legend>
      <Issues issues={issues} id={id} />
      <div className="field">
        <label htmlFor={`${id}-${variants.key}`}>{labelFor(variants.key)}</label>
        <select
          id={`${id}-${variants.key}`}
          value={current?.value}
          disabled={ctx.disabled}
          onChange={(e) => {
            const next = variants.options.find((o) => o.value === e.target.value);
            if (next) ctx.onChange(setAt(root, path, defaultFor(next.schema)));
          }}
        >
          {variants.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value}
            </option>
          ))}
        </select>
      </div>
      <Properties schema={chosen} root={root} path={path} skip={[variants.key]} ctx={ctx} />
    </fieldset>
  );
}

/** The fields of an object schema's properties, at `path`, leaving out the keys in `skip`. */
function Properties({
  schema,
  root,
  path,
  skip = [],
  ctx,
}: {
  schema: JsonSchema;
  root: unknown;
  path: Path;
  skip?: readonly string[];
  ctx: FieldProps['ctx'];
}) {
  return (
    <>
      {Object.entries(schema.properties ?? {})
        .filter(([key]) => !skip.includes(key))
        .map(([key, child]) => (
          <Field
            key={key}
            schema={child}
            root={root}
            path={[...path, key]}
            name={key}
            label={labelFor(key)}
            required={schema.required?.includes(key) ?? false}
            ctx={ctx}
          />
        ))}
    </>
  );
}

function ObjectField({
  schema,
  root,
  path,
  label,
  ctx,
  id,
  issues,
}: FieldProps & { id: string; issues: FieldIssue[] }) {
  return (
    <fieldset className={`field-group${issues.length ? ' field--invalid' : ''}`} id={id}>
      <legend>{label}</legend>
      <Issues issues={issues} id={id} />
      <Properties schema={schema} root={root} path={path} ctx={ctx} />
    </fieldset>
  );
}

function ArrayField({
  schema,
  root,
  path,
  name,
  label,
  ctx,
  id,
  issues,
}: FieldProps & { id: string; issues: FieldIssue[] }) {
  const raw = getAt(root, path);
  const list = Array.isArray(raw) ? raw : [];
  const item = schema.items ?? {};
  const one = elementLabel(name);
  const set = (next: unknown[]) => ctx.onChange(setAt(root, path, next));
  const focusLater = (target: string) =>
    requestAnimationFrame(() => {
      const element = document.getElementById(target);
      const control = element?.matches('input, select, textarea, button')
        ? element
        : element?.querySelector<HTMLElement>('input, select, textarea');
      control?.focus();
    });
  const move = (from: number, to: number, button: 'up' | 'down') => {
    set(moveElement(list, from, to));
    // Keep the keyboard on the element that moved, so pressing again moves it further.
    const landed = Math.max(0, Math.min(list.length - 1, to));
    const edge =
      (button === 'up' && landed === 0) || (button === 'down' && landed === list.length - 1);
    focusLater(
      `${fieldId(ctx.idPrefix, [...path, landed])}-${edge ? (button === 'up' ? 'down' : 'up') : button}`,
    );
  };
  const primitive = kindOf(item) !== 'object' && kindOf(item) !== 'variant';
  const atMax = schema.maxItems !== undefined && list.length >= schema.maxItems;
  const atMin = list.length <= (schema.minItems ?? 0);
  return (
    <fieldset className={`field-group field-list${issues.length ? ' field--invalid' : ''}`} id={id}>
      <legend>
        {label} <span className="muted">({list.length})</span>
      </legend>
      <Issues issues={issues} id={id} />
      {list.length === 0 && <p className="muted">None yet.</p>}
      <ol
        className={primitive ? 'field-list__items field-list__items--compact' : 'field-list__items'}
      >
        {list.map((_, index) => {
          const elementPath = [...path, index];
          const elementId = fieldId(ctx.idPrefix, elementPath);
          const title = `${one} ${index + 1}`;
          return (
            <li key={index} className="field-list__item">
              <div className="field-list__body">
                <Field
                  schema={item}
                  root={root}
                  path={elementPath}
                  name={name}
                  label={title}
                  required={false}
                  ctx={ctx}
                />
              </div>
              <div className="field-list__tools">
                <button
                  type="button"
                  className="button button--small"
                  id={`${elementId}-up`}
                  disabled={ctx.disabled || index === 0}
                  onClick={() => move(index, index - 1, 'up')}
                  aria-label={`Move ${title} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small"
                  id={`${elementId}-down`}
                  disabled={ctx.disabled || index === list.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                  aria-label={`Move ${title} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  disabled={ctx.disabled || atMin}
                  onClick={() => {
                    set(list.filter((__, i) => i !== index));
                    focusLater(`${id}-add`);
                  }}
                  aria-label={`Remove ${title}`}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small"
        id={`${id}-add`}
        disabled={ctx.disabled || atMax}
        onClick={() => {
          set([...list, primitive ? defaultFor(item) : newElement(schema, list)]);
          focusLater(fieldId(ctx.idPrefix, [...path, list.length]));
        }}
      >
        Add {one.toLowerCase()}
      </button>
    </fieldset>
  );
}

export { anchorPath, fieldId, pathString } from './model';
