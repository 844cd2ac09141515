import type { ChoiceDefinition } from '@alliance/quiz-engine';
import type { Probe } from '../verify';
import { attr, type XmlElement } from '../xml';
import { importMultipleResponse } from './multiple-response';
import {
  type Built,
  blockPrompt,
  byTemplate,
  type Ctx,
  choiceInteractionXml,
  clampFraction,
  type Declaration,
  declarationOf,
  fail,
  fallbackPrompt,
  type ItemImport,
  isFail,
  readChoices,
  settle,
} from './shared';

/**
 * `qti-choice-interaction` ⇄ `choice`. Import reads the choices and the prompt, then goes by
 * cardinality: single is a choice (here), multiple a multiple response (multiple-response.ts).
 * Export writes match_correct for one right option worth 1 point, else map_response.
 */

/** Reads a qti-choice-interaction: a choice or, with multiple cardinality, a multiple response. */
export function importChoice(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = declarationOf(ctx, el);
  if (isFail(decl)) return decl;
  const options = readChoices(ctx, el, 'qti-simple-choice', 'option');
  const empty = options.find((o) => !o.text);
  if (empty) return fail(`choice "${empty.qti}" has no text (images are not imported)`);
  const shuffle = attr(el, 'shuffle') === 'true';
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const rid = decl.identifier;

  if (decl.cardinality === 'single') {
    const probes: Probe[] = [
      { response: { choice: null }, qti: { [rid]: null }, label: 'no answer' },
      ...options.map((o) => ({
        response: { choice: o.id },
        qti: { [rid]: o.qti },
        label: `choosing ${o.qti}`,
      })),
    ];
    return settle(
      ctx,
      probes,
      (max, scores) => [
        {
          name: 'choice',
          def: {
            type: 'choice',
            shuffle,
            options: options.map((o, i) => ({
              id: o.id,
              text: o.text,
              fraction: clampFraction((scores[i + 1] ?? 0) / max),
            })),
          },
        },
      ],
      'choice',
    );
  }

  if (decl.cardinality !== 'multiple') {
    return fail(`a choice interaction with ${decl.cardinality} cardinality is not supported`);
  }
  return importMultipleResponse(ctx, el, decl, options, shuffle);
}

/** A choice as a qti-choice-interaction of at most one pick. */
export function choiceXml(item: ChoiceDefinition): Built {
  const { body, q } = choiceInteractionXml(item);
  const best = item.options.reduce((a, b) => (b.fraction > a.fraction ? b : a));
  const simple =
    item.points === 1 &&
    item.options.every((o) => o.fraction === 0 || o.fraction === 1) &&
    item.options.filter((o) => o.fraction === 1).length === 1;
  const key: Omit<Declaration, 'id'> = {
    cardinality: 'single',
    baseType: 'identifier',
    correct: [q(best.id)],
  };
  if (simple) return byTemplate('match_correct', body, key, 1);
  const entries = item.options
    .filter((o) => o.fraction !== 0)
    .map((o) => ({ key: q(o.id), value: o.fraction * item.points }));
  return byTemplate(
    'map_response',
    body,
    { ...key, mapping: { defaultValue: 0, entries } },
    item.points,
  );
}
