import { escapeXml, isElement, textContent, type XmlElement, type XmlNode } from './xml';

/**
 * XHTML in QTI bodies ⇄ the small markdown our renderer shows (packages/ui `Markdown`):
 * paragraphs, `- ` lists, `**bold**` and `*italic*`. Ordered lists become `1. ` lines and
 * tables become figures (cases) or pipe tables; anything richer is kept as its text, with a
 * warning where something visible is lost (images, maths, media).
 */

export interface FigureTable {
  caption: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

export interface MarkdownContext {
  warnings: Set<string>;
  /** When set, simple tables become figures here instead of pipe tables. */
  figures?: FigureTable[];
  /** Replaces an element (an interaction, a gap) with inline markdown; undefined = default. */
  replace?: (element: XmlElement) => string | undefined;
}

const BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'hr',
  'dl',
  'qti-content-body',
  'qti-stimulus-body',
  'qti-item-body',
  'qti-prompt',
]);

/** Elements whose content is not shown to a learner as text. */
const HIDDEN = new Set(['qti-rubric-block', 'qti-template-block', 'qti-feedback-block', 'style']);

const spaces = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

function wrap(marker: string, inner: string): string {
  const trimmed = inner.trim();
  if (!trimmed) return inner;
  const lead = inner.startsWith(' ') ? ' ' : '';
  const tail = inner.endsWith(' ') ? ' ' : '';
  return `${lead}${marker}${trimmed}${marker}${tail}`;
}

/** Inline markdown of some nodes (block children are flattened to their inline text). */
export function inlineMarkdown(nodes: readonly XmlNode[], ctx: MarkdownContext): string {
  let out = '';
  for (const node of nodes) {
    if (!isElement(node)) {
      out += spaces(node);
      continue;
    }
    const replaced = ctx.replace?.(node);
    if (replaced !== undefined) {
      out += replaced;
      continue;
    }
    if (HIDDEN.has(node.name)) continue;
    switch (node.name) {
      case 'strong':
      case 'b':
        out += wrap('**', inlineMarkdown(node.children, ctx));
        break;
      case 'em':
      case 'i':
      case 'cite':
        out += wrap('*', inlineMarkdown(node.children, ctx));
        break;
      case 'br':
        out += '\n';
        break;
      case 'img': {
        const alt = node.attrs.alt?.trim();
        ctx.warnings.add('images are not imported (only their alt text is kept)');
        if (alt) out += `[image: ${alt}]`;
        break;
      }
      case 'math':
        ctx.warnings.add('mathematics (MathML) was kept as plain text');
        out += spaces(textContent(node));
        break;
      case 'object':
      case 'audio':
      case 'video':
      case 'iframe':
        ctx.warnings.add(`media (<${node.name}>) is not imported`);
        break;
      case 'a': {
        const text = inlineMarkdown(node.children, ctx);
        const href = node.attrs.href;
        out += href && /^https?:/i.test(href) && href !== text.trim() ? `${text} (${href})` : text;
        break;
      }
      default: {
        const inner = inlineMarkdown(node.children, ctx);
        out += BLOCKS.has(node.name) ? ` ${inner} ` : inner;
      }
    }
  }
  return out;
}

const cleanInline = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .trim();

function cellValue(text: string): string | number {
  const t = text.trim();
  return /^-?(?:\d+|\d*\.\d+)$/.test(t) && Number.isFinite(Number(t)) ? Number(t) : t;
}

/** A table as header + rows of cell texts (inline markdown), with its caption. */
function tableRows(table: XmlElement, ctx: MarkdownContext) {
  const rows: Array<{ cells: string[]; header: boolean }> = [];
  let caption = '';
  let complex = false;
  const walk = (el: XmlElement, inHead: boolean) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.name === 'caption') caption = cleanInline(inlineMarkdown(child.children, ctx));
      else if (child.name === 'thead') walk(child, true);
      else if (child.name === 'tbody' || child.name === 'tfoot') walk(child, false);
      else if (child.name === 'tr') {
        const cells = child.children.filter(
          (c): c is XmlElement => isElement(c) && (c.name === 'td' || c.name === 'th'),
        );
        if (cells.some((c) => c.attrs.colspan || c.attrs.rowspan)) complex = true;
        rows.push({
          cells: cells.map((c) => cleanInline(inlineMarkdown(c.children, ctx)).replace(/\n/g, ' ')),
          header: inHead || (cells.length > 0 && cells.every((c) => c.name === 'th')),
        });
      }
    }
  };
  walk(table, false);
  return { rows, caption, complex };
}

function tableToMarkdown(table: XmlElement, ctx: MarkdownContext): string {
  const { rows, caption, complex } = tableRows(table, ctx);
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.cells.length));
  const headerRow = rows[0]?.header ? rows[0] : undefined;
  const body = headerRow ? rows.slice(1) : rows;
  const columns = headerRow?.cells ?? [];
  if (ctx.figures && !complex && headerRow && body.length > 0) {
    if (body.every((r) => r.cells.length === columns.length) && columns.length > 0) {
      ctx.figures.push({
        caption: caption || `Table ${ctx.figures.length + 1}`,
        columns,
        rows: body.map((r) => r.cells.map(cellValue)),
      });
      return '';
    }
  }
  if (complex) ctx.warnings.add('a table with merged cells was flattened');
  const pad = (cells: string[]) => [...cells, ...Array(width - cells.length).fill('')];
  const line = (cells: string[]) => `| ${pad(cells).join(' | ')} |`;
  const head = headerRow ? headerRow.cells : Array(width).fill('');
  const lines = [line(head), line(Array(width).fill('---')), ...body.map((r) => line(r.cells))];
  return caption ? `**${caption}**\n\n${lines.join('\n')}` : lines.join('\n');
}

/** Block markdown of some nodes: paragraphs separated by blank lines. */
export function blockMarkdown(nodes: readonly XmlNode[], ctx: MarkdownContext): string {
  const blocks: string[] = [];
  let inline: XmlNode[] = [];
  const flush = () => {
    const text = cleanInline(inlineMarkdown(inline, ctx));
    if (text) blocks.push(text);
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCKS.has(node.name) || ctx.replace?.(node) !== undefined) {
      if (isElement(node) && HIDDEN.has(node.name)) continue;
      inline.push(node);
      continue;
    }
    flush();
    switch (node.name) {
      case 'ul':
      case 'ol': {
        const items = node.children.filter((c): c is XmlElement => isElement(c) && c.name === 'li');
        const lines = items.map((li, i) => {
          const text = cleanInline(inlineMarkdown(li.children, ctx)).replace(/\n+/g, ' ');
          return `${node.name === 'ol' ? `${i + 1}.` : '-'} ${text}`;
        });
        if (lines.length) blocks.push(lines.join('\n'));
        break;
      }
      case 'table': {
        const text = tableToMarkdown(node, ctx);
        if (text) blocks.push(text);
        break;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const text = cleanInline(inlineMarkdown(node.children, ctx));
        if (text) blocks.push(`**${text}**`);
        break;
      }
      case 'hr':
        break;
      case 'pre': {
        const text = textContent(node).trim();
        if (text) blocks.push(text);
        break;
      }
      default: {
        if (HIDDEN.has(node.name)) break;
        const inner = blockMarkdown(node.children, ctx);
        if (inner) blocks.push(inner);
      }
    }
  }
  flush();
  return blocks.join('\n\n');
}

/** `**bold**` and `*italic*` → XHTML (text escaped), the same spans our renderer knows. */
export function inlineXhtml(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/\*\*(.+?)\*\*|\*(.+?)\*/g)) {
    const at = match.index ?? 0;
    out += escapeXml(text.slice(last, at));
    out +=
      match[1] !== undefined
        ? `<strong>${escapeXml(match[1])}</strong>`
        : `<em>${escapeXml(match[2] ?? '')}</em>`;
    last = at + match[0].length;
  }
  return out + escapeXml(text.slice(last));
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const splitRow = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/**
 * Our markdown → XHTML blocks for a QTI body: paragraphs, `- ` and `1. ` lists, pipe tables.
 * `inline` renders the text of a paragraph (default: bold and italic spans).
 */
export function markdownToXhtml(
  markdown: string,
  inline: (text: string) => string = inlineXhtml,
): string {
  const blocks = markdown.trim().split(/\n{2,}/);
  const out: string[] = [];
  for (const block of blocks) {
    if (!block.trim()) continue;
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*] /.test(l))) {
      const items = lines.map((l) => `<li>${inline(l.replace(/^\s*[-*] /, ''))}</li>`);
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (lines.every((l) => /^\s*\d+[.)] /.test(l))) {
      const items = lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)] /, ''))}</li>`);
      out.push(`<ol>${items.join('')}</ol>`);
    } else if (
      lines.length >= 2 &&
      lines.every((l) => PIPE_ROW.test(l)) &&
      /^[\s|:-]+$/.test(lines[1] ?? '')
    ) {
      const head = splitRow(lines[0] ?? '');
      const rows = lines.slice(2).map(splitRow);
      out.push(figureXhtml({ caption: '', columns: head, rows }, inline));
    } else {
      out.push(`<p>${inline(lines.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

/** A figure table (a case's figures) → an XHTML table with its caption. */
export function figureXhtml(
  figure: FigureTable,
  inline: (text: string) => string = inlineXhtml,
): string {
  const caption = figure.caption ? `<caption>${inline(figure.caption)}</caption>` : '';
  const head = `<thead><tr>${figure.columns.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`;
  const rows = figure.rows
    .map((r) => `<tr>${r.map((c) => `<td>${inline(String(c))}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${caption}${head}<tbody>${rows}</tbody></table>`;
}
