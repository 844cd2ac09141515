import { ORDERING_GRADINGS, type OrderingDefinition } from '@alliance/quiz-engine';
import { QtiIdAllocator } from '../ids';
import { inlineXhtml } from '../markup';
import { type Probe, permutations } from '../verify';
import { attr, escapeXml, type XmlElement } from '../xml';
import {
  attrs,
  type Built,
  blockPrompt,
  byTemplate,
  type Ctx,
  declarationOf,
  fail,
  fallbackPrompt,
  type ItemImport,
  isFail,
  list,
  promptXhtml,
  readChoices,
  settle,
} from './shared';

/**
 * `qti-order-interaction` ⇄ `ordering`. Import takes the key order from qti-correct-response
 * and tries each grading against every order. Export writes match_correct, so only
 * all-or-nothing ordering is exported.
 */

/** An ordering from a qti-order-interaction whose correct response lists every choice once. */
export function importOrder(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = declarationOf(ctx, el);
  if (isFail(decl)) return decl;
  const choices = readChoices(ctx, el, 'qti-simple-choice', 'item');
  const byQti = new Map(choices.map((c) => [c.qti, c]));
  const key = decl.correct.map((q) => byQti.get(q));
  if (
    key.length !== choices.length ||
    key.some((c) => c === undefined) ||
    new Set(decl.correct).size !== key.length
  ) {
    return fail(
      'its qti-correct-response does not list every choice once, so the key order is unknown',
    );
  }
  const items = key.filter((c): c is NonNullable<typeof c> => c !== undefined);
  const empty = items.find((c) => !c.text);
  if (empty) return fail(`choice "${empty.qti}" has no text`);
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const rid = decl.identifier;
  const probes: Probe[] = [
    { response: { order: [] }, qti: { [rid]: null }, label: 'no answer' },
    ...permutations(items.length).map((perm) => {
      const order = perm.map((i) => items[i]).filter((c): c is NonNullable<typeof c> => !!c);
      return {
        response: { order: order.map((c) => c.id) },
        qti: { [rid]: order.map((c) => c.qti) },
        label: `the order ${list(order.map((c) => c.qti))}`,
      };
    }),
  ];
  const shuffle = attr(el, 'shuffle') === 'true';
  return settle(
    ctx,
    probes,
    () =>
      ORDERING_GRADINGS.map((grading) => ({
        name: grading,
        def: {
          type: 'ordering',
          grading,
          shuffle,
          items: items.map((c) => ({ id: c.id, text: c.text })),
        },
      })),
    'all-or-nothing',
  );
}

/** Why an ordering cannot be written: QTI has no partial credit for positions. */
export function orderingBlocker(item: OrderingDefinition): string | null {
  return item.grading === 'all-or-nothing'
    ? null
    : `its grading "${item.grading}" cannot be written in QTI: match_correct scores the whole order right or wrong, and map_response ignores positions (only all-or-nothing ordering is exported)`;
}

/** An all-or-nothing ordering as a qti-order-interaction scored by match_correct. */
export function orderingXml(item: OrderingDefinition): Built {
  const ids = new QtiIdAllocator();
  const choices = item.items
    .map(
      (c) =>
        `\n      <qti-simple-choice identifier="${escapeXml(ids.get(c.id))}">${inlineXhtml(c.text)}</qti-simple-choice>`,
    )
    .join('');
  const body = `${promptXhtml(item.prompt)}\n    <qti-order-interaction${attrs({ 'response-identifier': 'RESPONSE', shuffle: item.shuffle })}>${choices}\n    </qti-order-interaction>`;
  const correct = item.items.map((c) => ids.get(c.id));
  return byTemplate(
    'match_correct',
    body,
    { cardinality: 'ordered', baseType: 'identifier', correct },
    1,
  );
}
