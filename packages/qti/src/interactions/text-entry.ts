import type { XmlElement } from '../xml';
import { importNumeric } from './numeric';
import {
  bodyMarkdown,
  type Ctx,
  declarationOf,
  fail,
  fallbackPrompt,
  type ItemImport,
  isFail,
} from './shared';
import { importShortText } from './short-text';

/**
 * `qti-text-entry-interaction` → `numeric` (float and integer) or `short-text` (string). This
 * file reads what both share, the prompt around the box, and hands the declaration on;
 * numeric.ts and short-text.ts hold the rest of each, export included.
 */

/** A numeric or short text item from a single-cardinality text entry. */
export function importTextEntry(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = declarationOf(ctx, el);
  if (isFail(decl)) return decl;
  if (decl.cardinality !== 'single')
    return fail(`a text entry with ${decl.cardinality} cardinality is not supported`);
  // The box is shown as ____ in the prompt, or left out when it stands alone in its block.
  const prompt = bodyMarkdown(ctx, el, '____')
    .split('\n\n')
    .filter((block) => block.trim() !== '____')
    .join('\n\n');
  ctx.base.prompt = fallbackPrompt(ctx, prompt);
  if (decl.baseType === 'float' || decl.baseType === 'integer') return importNumeric(ctx, decl);
  if (decl.baseType !== 'string')
    return fail(`a text entry of base type ${decl.baseType} is not supported`);
  return importShortText(ctx, decl);
}
