/**
 * The pure half of the schema-driven form: what JSON Schema (as zod's `toJSONSchema` writes it)
 * says about a field, a default value for a new array element, immutable edits by path, and
 * labels. No React here, so every rule is unit-tested.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  description?: string;
}

export type Path = ReadonlyArray<string | number>;

/** `['options', 2, 'fraction']` → `options[2].fraction`, as quiz-engine names issue paths. */
export function pathString(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** An id for the input of a path, safe in HTML and CSS selectors. */
export function fieldId(prefix: string, path: Path): string {
  return `${prefix}-${pathString(path).replace(/[^A-Za-z0-9_-]/g, '_') || 'root'}`;
}

/** What kind of control a schema needs. */
export type FieldKind =
  | 'object'
  | 'array'
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'const'
  | 'string-or-number'
  | 'nullable'
  | 'variant'
  | 'json';

const isNull = (schema: JsonSchema) => schema.type === 'null';

/** The non-null schema of `X | null`, or null when the union is anything else. */
export function nullableOf(schema: JsonSchema): JsonSchema | null {
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length !== 2 || !union.some(isNull)) return null;
  return union.find((s) => !isNull(s)) ?? null;
}

/**
 * For a union of objects told apart by one constant property (`kind: 'item' | 'draw'`), that
 * property's name and the options by value; null for any other union.
 */
export function variantsOf(
  schema: JsonSchema,
): { key: string; options: Array<{ value: string; schema: JsonSchema }> } | null {
  const union = schema.anyOf ?? schema.oneOf;
  if (!union?.length || union.some((s) => s.type !== 'object' || !s.properties)) return null;
  const first = union[0]?.properties ?? {};
  const key = Object.keys(first).find((k) =>
    union.every((s) => typeof s.properties?.[k]?.const === 'string'),
  );
  if (!key) return null;
  return {
    key,
    options: union.map((s) => ({ value: String(s.properties?.[key]?.const), schema: s })),
  };
}

export function kindOf(schema: JsonSchema): FieldKind {
  if (schema.const !== undefined) return 'const';
  if (schema.enum) return 'enum';
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const types = union.map((s) => s.type);
    if (types.length === 2 && types.includes('string') && types.includes('number'))
      return 'string-or-number';
    if (nullableOf(schema)) return 'nullable';
    if (variantsOf(schema)) return 'variant';
    return 'json';
  }
  switch (schema.type) {
    case 'object':
      return schema.properties ? 'object' : 'json';
    case 'array':
      return schema.items ? 'array' : 'json';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return 'json';
  }
}

/** A value for a new field or array element: the schema's default, else the emptiest valid shape. */
export function defaultFor(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  switch (kindOf(schema)) {
    case 'const':
      return schema.const;
    case 'enum':
      return schema.enum?.[0];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || child.default !== undefined)
          out[key] = defaultFor(child);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => defaultFor(schema.items ?? {}));
    case 'number':
    case 'integer':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? 1 : 0);
    case 'boolean':
      return false;
    case 'string':
    case 'string-or-number':
      return '';
    case 'variant': {
      const first = variantsOf(schema)?.options[0];
      return first ? defaultFor(first.schema) : null;
    }
    default:
      return null;
  }
}

/** A new element for an array, with a fresh `id` when elements have ids (`a`, `b`, … then `x3`). */
export function newElement(schema: JsonSchema, existing: readonly unknown[]): unknown {
  const element = defaultFor(schema.items ?? {});
  if (
    element &&
    typeof element === 'object' &&
    !Array.isArray(element) &&
    schema.items?.properties?.id
  ) {
    const taken = new Set(
      existing.map((e) => (e && typeof e === 'object' ? (e as { id?: unknown }).id : undefined)),
    );
    let id = '';
    for (let n = 0; ; n++) {
      id = n < 26 ? String.fromCharCode(97 + n) : `x${n}`;
      if (!taken.has(id)) break;
    }
    (element as Record<string, unknown>).id = id;
  }
  return element;
}

/** The value at a path, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced (undefined removes an object key). */
export function setAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  if (typeof key === 'number') {
    const array = Array.isArray(root) ? [...root] : [];
    array[key] = setAt(array[key], rest, next);
    return array;
  }
  const object =
    root && typeof root === 'object' && !Array.isArray(root)
      ? { ...(root as Record<string, unknown>) }
      : {};
  const child = setAt(object[key], rest, next);
  if (child === undefined) delete object[key];
  else object[key] = child;
  return object;
}

/** An array with the element at `from` moved to `to` (both clamped to the array). */
export function moveElement<T>(array: readonly T[], from: number, to: number): T[] {
  const out = [...array];
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [moved] = out.splice(from, 1);
  if (moved === undefined && from >= array.length) return [...array];
  out.splice(target, 0, moved as T);
  return out;
}

/** `toleranceType` → `Tolerance type`; `caseSensitive` → `Case sensitive`. */
export function labelFor(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SINGULAR: Record<string, string> = {
  options: 'Option',
  premises: 'Premise',
  responses: 'Response',
  items: 'Item',
  answers: 'Answer',
  patterns: 'Pattern',
  gaps: 'Gap',
  levels: 'Level',
  rubric: 'Criterion',
  cards: 'Card',
  buckets: 'Bucket',
  hints: 'Hint',
  tags: 'Tag',
  objectives: 'Objective',
  units: 'Unit',
  figures: 'Figure',
  columns: 'Column',
  rows: 'Row',
  entries: 'Entry',
  sections: 'Section',
};

/** The name of one element of an array field: `options` → `Option`. */
export function elementLabel(key: string): string {
  return SINGULAR[key] ?? labelFor(key.replace(/s$/, ''));
}

/** Fields whose text runs to sentences get a text area rather than a one-line input. */
const LONG_TEXT = new Set(['prompt', 'explanation', 'feedback', 'text', 'description', 'stimulus']);
export const isLongText = (key: string) => LONG_TEXT.has(key);

export interface FieldIssue {
  path: string;
  message: string;
}

/** Issues that belong exactly to this path. */
export function issuesAt(issues: readonly FieldIssue[], path: Path): FieldIssue[] {
  const at = pathString(path);
  return issues.filter((issue) => issue.path === at);
}

/**
 * The closest path a form shows for an issue: `options[2].fraction` stays itself;
 * `(key)` or an unknown deep path falls back to the nearest existing ancestor, or '' (the top).
 */
export function anchorPath(issuePath: string, value: unknown): Path {
  const parts: Array<string | number> = [];
  for (const match of issuePath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  while (parts.length && getAt(value, parts) === undefined) parts.pop();
  return parts;
}
