import { MULTIPLE_RESPONSE_POLICIES, type MultipleResponseDefinition } from '@alliance/quiz-engine';
import { type QtiResponseDeclaration, readNumber } from '../model';
import { mappedValue } from '../scoring';
import { type Probe, subsets } from '../verify';
import { attr, type XmlElement } from '../xml';
import {
  type Built,
  byTemplate,
  type Candidate,
  type Ctx,
  choiceInteractionXml,
  clampFraction,
  type Declaration,
  type ItemImport,
  list,
  type QtiChoice,
  safeScore,
  settle,
} from './shared';

/**
 * `qti-choice-interaction` with multiple cardinality ⇄ `multiple-response`. Import tries each
 * policy, simplest first, against every subset of picks (choice.ts reads the choices and hands
 * them here). Export writes match_correct for all-or-nothing and map_response bounded 0…points
 * for right-minus-wrong and sum-of-fractions; the other policies are not sums and are refused.
 */

/** A multiple response from a qti-choice-interaction with multiple cardinality. */
export function importMultipleResponse(
  ctx: Ctx,
  el: XmlElement,
  decl: QtiResponseDeclaration,
  options: QtiChoice[],
  shuffle: boolean,
): ItemImport {
  const rid = decl.identifier;
  const maxChoices = readNumber(attr(el, 'max-choices')) ?? 0;
  if (maxChoices > 0 && maxChoices < options.length) {
    ctx.warnings.add(
      `QTI lets a candidate pick at most ${maxChoices} options; our multiple response does not limit picks`,
    );
  }
  const masks = subsets(options.length).filter(
    (m) => maxChoices <= 0 || m.filter(Boolean).length <= maxChoices,
  );
  const probes: Probe[] = masks.map((mask) => {
    const picked = options.filter((_, i) => mask[i]);
    return {
      response: { choices: picked.map((o) => o.id) },
      qti: { [rid]: picked.length ? picked.map((o) => o.qti) : null },
      label: picked.length ? `picking ${list(picked.map((o) => o.qti))}` : 'no answer',
    };
  });
  const single = (qti: string[]) => safeScore(ctx, { [rid]: qti.length ? qti : null });
  const keyQti = decl.correct.filter((c) => options.some((o) => o.qti === c));
  const correct = options.map((o) =>
    keyQti.length ? keyQti.includes(o.qti) : single([o.qti]) > 0,
  );
  const fallback =
    ctx.processing.kind === 'map_response' && !ctx.fromCorrectOnly
      ? 'sum-of-fractions'
      : 'all-or-nothing';
  return settle(
    ctx,
    probes,
    (max) => {
      // Per-option values: the qti-mapping when the template maps, else each option's own score
      // (a wrong option's penalty: what adding it to the key costs).
      const key = options.filter((_, i) => correct[i]).map((o) => o.qti);
      const keyScore = single(key);
      const values = options.map((o) => {
        if (ctx.processing.kind === 'map_response' && decl.mapping)
          return mappedValue(decl, o.qti) / max;
        const alone = single([o.qti]);
        if (alone > 0) return alone / max;
        return key.includes(o.qti) ? 0 : (single([...key, o.qti]) - keyScore) / max;
      });
      const candidates: Candidate[] = [];
      // Simplest first: the first policy that reproduces QTI on every response is kept.
      const order = [
        'all-or-nothing',
        'right-minus-wrong',
        ...MULTIPLE_RESPONSE_POLICIES.filter(
          (p) => p !== 'all-or-nothing' && p !== 'right-minus-wrong',
        ),
      ] as const;
      for (const policy of order) {
        const sum = policy === 'sum-of-fractions';
        candidates.push({
          name: policy,
          def: {
            type: 'multiple-response',
            policy,
            shuffle,
            options: options.map((o, i) => ({
              id: o.id,
              text: o.text,
              correct: sum ? (values[i] ?? 0) > 0 : correct[i] === true,
              ...(sum ? { fraction: clampFraction(values[i] ?? 0) } : {}),
            })),
          },
        });
      }
      return candidates;
    },
    fallback,
  );
}

/** Why a multiple response cannot be written: its policy is not a sum of per-option values. */
export function multipleResponseBlocker(item: MultipleResponseDefinition): string | null {
  return ['every-decision-counts', 'halves', 'coverage'].includes(item.policy)
    ? `its policy "${item.policy}" cannot be written with QTI's templates: map_response adds a value per option picked, and this policy is not such a sum (only all-or-nothing, right-minus-wrong and sum-of-fractions are exported)`
    : null;
}

/** A multiple response as a qti-choice-interaction of any number of picks. */
export function multipleResponseXml(item: MultipleResponseDefinition): Built {
  const { body, q } = choiceInteractionXml(item);
  const correct = item.options.filter((o) => o.correct).map((o) => q(o.id));
  const key: Omit<Declaration, 'id'> = { cardinality: 'multiple', baseType: 'identifier', correct };
  if (item.policy === 'all-or-nothing') return byTemplate('match_correct', body, key, 1);
  const k = correct.length;
  const value = (def: MultipleResponseDefinition, i: number) => {
    const o = def.options[i];
    if (!o) return 0;
    if (def.policy === 'right-minus-wrong') return (o.correct ? 1 : -1) / k;
    // sum-of-fractions: explicit, or ±1/k.
    return o.fraction ?? (o.correct ? 1 : -1) / k;
  };
  const entries = item.options
    .map((o, i) => ({ key: q(o.id), value: value(item, i) * item.points }))
    .filter((e) => e.value !== 0);
  return byTemplate(
    'map_response',
    body,
    { ...key, mapping: { defaultValue: 0, lowerBound: 0, upperBound: item.points, entries } },
    item.points,
  );
}
