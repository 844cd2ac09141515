import { z } from 'zod';
import {
  type Checked,
  formatNumber,
  formatPercent,
  formatPoints,
  type Issue,
  type ItemModule,
  issuesFromZod,
  type RawScore,
  roundPoints,
} from '../core';
import type { Rng } from '../random';
import {
  type CategorizeDefinition,
  type CategorizePresentation,
  categorize,
  categorizeDefinitionSchema,
} from './categorize';
import {
  type ChoiceDefinition,
  type ChoicePresentation,
  choice,
  choiceDefinitionSchema,
} from './choice';
import {
  type EssayDefinition,
  type EssayPresentation,
  essay,
  essayDefinitionSchema,
} from './essay';
import {
  type InlineChoiceDefinition,
  type InlineChoicePresentation,
  inlineChoice,
  inlineChoiceDefinitionSchema,
} from './inline-choice';
import {
  type MatchingDefinition,
  type MatchingPresentation,
  matching,
  matchingDefinitionSchema,
} from './matching';
import {
  type MultipleResponseDefinition,
  type MultipleResponsePresentation,
  multipleResponse,
  multipleResponseDefinitionSchema,
} from './multiple-response';
import {
  type DecimalMark,
  type NumericDefinition,
  type NumericPresentation,
  numeric,
  numericDefinitionSchema,
  numericTextIssue,
} from './numeric';
import {
  type OrderingDefinition,
  type OrderingPresentation,
  ordering,
  orderingDefinitionSchema,
} from './ordering';
import {
  type ShortTextDefinition,
  type ShortTextPresentation,
  shortText,
  shortTextDefinitionSchema,
} from './short-text';

/** Every item type's definition, told apart by `type`. */
export const itemDefinitionSchema = z.discriminatedUnion('type', [
  choiceDefinitionSchema,
  multipleResponseDefinitionSchema,
  orderingDefinitionSchema,
  matchingDefinitionSchema,
  categorizeDefinitionSchema,
  numericDefinitionSchema,
  shortTextDefinitionSchema,
  inlineChoiceDefinitionSchema,
  essayDefinitionSchema,
]);

export type ItemDefinition =
  | ChoiceDefinition
  | MultipleResponseDefinition
  | OrderingDefinition
  | MatchingDefinition
  | CategorizeDefinition
  | NumericDefinition
  | ShortTextDefinition
  | InlineChoiceDefinition
  | EssayDefinition;

export type ItemType = ItemDefinition['type'];

/** What a learner sees of an item before submitting. */
export type ItemPresentation =
  | ChoicePresentation
  | MultipleResponsePresentation
  | OrderingPresentation
  | MatchingPresentation
  | CategorizePresentation
  | NumericPresentation
  | ShortTextPresentation
  | InlineChoicePresentation
  | EssayPresentation;

export const ITEM_MODULES = {
  choice,
  'multiple-response': multipleResponse,
  ordering,
  matching,
  categorize,
  numeric,
  'short-text': shortText,
  'inline-choice': inlineChoice,
  essay,
} as const;

export const ITEM_TYPES = Object.keys(ITEM_MODULES) as ItemType[];

// The map pairs each type with its module; this view lets callers dispatch on a definition.
type AnyModule = ItemModule<ItemDefinition, unknown, ItemPresentation>;
export function moduleOf(definition: ItemDefinition): AnyModule {
  return ITEM_MODULES[definition.type] as unknown as AnyModule;
}

/** A scored response: the raw score plus points and a one-line breakdown. */
export interface ItemScore extends RawScore {
  itemId: string;
  points: number;
  maxPoints: number;
}

/** Parses a definition from JSON (e.g. a jsonb column): defaults applied, or issues with paths. */
export function parseItem(raw: unknown): Checked<ItemDefinition> {
  const result = itemDefinitionSchema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data as ItemDefinition }
    : { ok: false, issues: issuesFromZod(result.error) };
}

/** Applies an item's points to a raw score. (Fields are copied one by one: a spread is several
 * times slower here, and this runs once per scored response.) */
export function toItemScore(definition: ItemDefinition, raw: RawScore): ItemScore {
  return {
    itemId: definition.id,
    fraction: raw.fraction,
    points: roundPoints(raw.fraction * definition.points),
    maxPoints: definition.points,
    policy: raw.policy,
    steps: raw.steps,
    feedback: raw.feedback,
    parts: raw.parts,
    pending: raw.pending === true,
  };
}

/**
 * Scores a learner's raw response: invalid input (wrong shape, unknown id, duplicate) comes back
 * as issues, never as a wrong answer and never as a throw.
 */
export function scoreItem(definition: ItemDefinition, rawResponse: unknown): Checked<ItemScore> {
  const parsed = readResponse(definition, rawResponse);
  if (!parsed.ok) return parsed;
  const module = moduleOf(definition);
  return { ok: true, value: toItemScore(definition, module.score(definition, parsed.value)) };
}

/**
 * A learner's raw response read strictly by its item type's rule: what the type does not have
 * (a key beside `choice`, say) is refused rather than carried along, and what comes back is the
 * type's own reading, the only thing worth storing (each type bounds its text).
 */
export function readResponse(definition: ItemDefinition, rawResponse: unknown): Checked<unknown> {
  const module = moduleOf(definition);
  if (typeof rawResponse === 'object' && rawResponse !== null && !Array.isArray(rawResponse)) {
    const extra = Object.keys(rawResponse).find((key) => !module.responseKeys.includes(key));
    if (extra !== undefined)
      return {
        ok: false,
        issues: [{ path: extra.slice(0, 64), message: 'is not part of this answer' }],
      };
  }
  const parsed = module.parseResponse(definition, rawResponse);
  if (!parsed.ok) return parsed;
  return parsed;
}

/** The item as the learner sees it before submitting (no key, fraction, feedback or flag). */
export function presentItem(definition: ItemDefinition, rng: Rng): ItemPresentation {
  return moduleOf(definition).present(definition, rng);
}

/** The breakdown as text: the steps, then the share of the points earned. */
export function explainScore(score: ItemScore): string {
  const tail = score.pending
    ? 'pending: not graded yet'
    : `${formatPercent(score.fraction)} of ${formatPoints(score.maxPoints)} point${score.maxPoints === 1 ? '' : 's'} = ${formatPoints(score.points)}`;
  return [...score.steps, tail].join('; ');
}

export interface ItemValidation {
  ok: boolean;
  issues: Issue[];
  definition?: ItemDefinition;
}

/**
 * Every problem with a definition, with paths: schema errors, the type's own rules, and a
 * self-test — the key must score full marks and an empty response 0 — so a broken key is
 * caught before it is published.
 */
export function validateItem(raw: unknown): ItemValidation {
  const parsed = parseItem(raw);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const definition = parsed.value;
  const module = moduleOf(definition);
  const issues = module.check(definition);
  if (issues.length === 0) {
    const key = module.keyResponse(definition);
    if (key !== null) {
      const keyScore = module.score(definition, key);
      if (keyScore.fraction !== 1) {
        issues.push({
          path: '(key)',
          message: `the key scores ${formatNumber(keyScore.fraction)}, not 1: ${keyScore.steps.join('; ')}`,
        });
      }
    }
    const empty = module.score(definition, module.emptyResponse(definition));
    if (empty.fraction !== 0) {
      issues.push({
        path: '(empty)',
        message: `an empty response scores ${formatNumber(empty.fraction)}, not 0`,
      });
    }
  }
  return { ok: issues.length === 0, issues, definition };
}

/** A definition as authored (defaults may be left out), e.g. in packages/content. */
export type ItemDefinitionInput = z.input<typeof itemDefinitionSchema>;

/**
 * Why a response a learner is typing cannot be saved, in words for the field, or null when it
 * can: the same rule the engine applies on the server (`parseResponse`), asked of what the
 * learner sees. Only free text can be unreadable (a numeric answer that is not a number); every
 * other renderer emits only responses that parse.
 */
export function presentedResponseIssue(item: ItemPresentation, response: unknown): string | null {
  if (item.type !== 'numeric') return null;
  const text = (response as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return null;
  const decimal = (response as { decimal?: DecimalMark }).decimal;
  return numericTextIssue(text, { unitsExpected: item.units.length > 0, decimal });
}
