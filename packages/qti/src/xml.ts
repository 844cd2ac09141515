import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A small, plain DOM over fast-xml-parser's ordered output: elements keep their children in
 * document order (QTI item bodies are mixed content), names lose their namespace prefix
 * (`qti:qti-value` → `qti-value`, `m:math` → `math`), and text is entity-decoded.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are decoded below (the five XML ones and character references only): DOCTYPE
  // entities are refused before parsing, so nothing else may expand.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  maxNestedTags: 200,
});

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** `&lt;` → `<`, `&#x41;` → `A`; unknown named entities stay as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return Object.hasOwn(NAMED, body) ? (NAMED[body] ?? whole) : whole;
  });
}

/** Refuses document types: they declare entities, which can pull in outside files (XXE) or
 * expand without bound ("billion laughs"). QTI never needs them. */
function refusesDoctype(text: string): string | null {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    return 'a DOCTYPE or entity declaration was found; these are refused (they can read outside files or expand without bound)';
  }
  return null;
}

function convert(nodes: unknown): XmlNode[] {
  const out: XmlNode[] = [];
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === ':@') continue;
      const value = record[key];
      if (key === '#text') {
        out.push(decodeEntities(String(value ?? '')));
      } else if (key === '#cdata') {
        // CDATA is literal: no entity decoding.
        const inner = Array.isArray(value) ? value : [];
        out.push(
          inner
            .map((part) =>
              typeof part === 'object' && part !== null
                ? String((part as Record<string, unknown>)['#text'] ?? '')
                : '',
            )
            .join(''),
        );
      } else {
        const attrs: Record<string, string> = Object.create(null);
        const rawAttrs = record[':@'];
        if (typeof rawAttrs === 'object' && rawAttrs !== null) {
          for (const [name, attrValue] of Object.entries(rawAttrs)) {
            attrs[name] = decodeEntities(String(attrValue));
          }
        }
        out.push({ name: key, attrs, children: convert(value) });
      }
    }
  }
  return out;
}

/** Parses XML text into the small DOM, or a message with the line and column of the fault. */
export function parseXml(text: string): XmlResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refused = refusesDoctype(source);
  if (refused) return { ok: false, error: refused };
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const where = Number.isFinite(col)
      ? `line ${line}, column ${col}`
      : Number.isFinite(line)
        ? `line ${line}`
        : '';
    return { ok: false, error: `malformed XML${where ? ` at ${where}` : ''}: ${msg}` };
  }
  let nodes: XmlNode[];
  try {
    nodes = convert(parser.parse(source));
  } catch (error) {
    return {
      ok: false,
      error: `unreadable XML: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const root = nodes.find((n): n is XmlElement => typeof n !== 'string');
  return root ? { ok: true, root } : { ok: false, error: 'the XML has no root element' };
}

export const isElement = (node: XmlNode | undefined): node is XmlElement =>
  typeof node === 'object' && node !== null;

/** Child elements, optionally only those named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  );
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** Every descendant element (document order), optionally only those named `name`. */
export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (name === undefined || child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

/** All text inside, markup dropped. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textContent).join('');
}

export const attr = (element: XmlElement, name: string): string | undefined =>
  Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return withoutControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Drops the control characters XML 1.0 forbids (all below U+0020 but tab, LF and CR). */
function withoutControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += ch;
  }
  return out;
}

/** Bytes → text: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Null when not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
