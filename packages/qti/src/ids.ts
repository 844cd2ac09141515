/**
 * Identifiers in both directions. Ours: `^[A-Za-z0-9_.:-]+$`, at most 64 characters, never
 * `__proto__`, `constructor` or `prototype`. QTI's: XML names without a colon (NCName), so they
 * may not start with a digit, `-` or `.`.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX = 64;

/** A short stable hash (FNV-1a, base 36), to keep shortened ids apart. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Turns any text into an id that passes our rules (not yet unique: see IdAllocator). */
export function sanitizeId(source: string, fallback = 'id'): string {
  const raw = decodeQtiId(source);
  let id = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '_');
  if (!/[A-Za-z0-9]/.test(id)) id = fallback;
  if (RESERVED.has(id)) id = `${id}_`;
  if (id.length > MAX)
    id = `${id.slice(0, MAX - 9)}-${shortHash(raw).padStart(8, '0').slice(0, 8)}`;
  return id;
}

/** Hands out sanitised ids, unique within one scope, remembering what each source id became. */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly bySource = new Map<string, string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  /** The id for `source`: the same source always gets the same id. */
  get(source: string, fallback = 'id'): string {
    const known = this.bySource.get(source);
    if (known !== undefined) return known;
    const base = sanitizeId(source, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, MAX - suffix.length)}${suffix}`;
    }
    this.used.add(id);
    this.bySource.set(source, id);
    return id;
  }
}

/**
 * Our ids that are not XML names (a leading digit, `-` or `.`, or a colon) are written to QTI as
 * `_·` + the id with `:` as `·` (U+00B7 is an XML name character that our ids never contain),
 * so `1st` ⇄ `_·1st` and `a:b` ⇄ `_·a·b` survive a round trip exactly.
 */
const MARK = '_\u00b7';
export function encodeQtiId(id: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id) && !id.startsWith(MARK)
    ? id
    : `${MARK}${id.replace(/:/g, '\u00b7')}`;
}

export function decodeQtiId(id: string): string {
  return id.startsWith(MARK) ? id.slice(MARK.length).replace(/\u00b7/g, ':') : id;
}

/** Our ids → QTI identifiers, unique within a scope. */
export class QtiIdAllocator {
  private readonly used = new Set<string>();
  private readonly byId = new Map<string, string>();

  get(id: string): string {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    const base = encodeQtiId(id);
    let out = base;
    for (let n = 2; this.used.has(out); n++) out = `${base}-${n}`;
    this.used.add(out);
    this.byId.set(id, out);
    return out;
  }
}
