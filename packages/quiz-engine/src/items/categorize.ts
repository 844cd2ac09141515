import { z } from 'zod';
import { type ItemModule, idSchema, itemBaseShape } from '../core';
import {
  ASSIGNMENT_POLICIES,
  type Assignment,
  type AssignmentKey,
  assignmentIssues,
  keyAssignment,
  parseAssignment,
  scoreAssignment,
} from './assignment';

/**
 * Categorize: put each card (e.g. a clause of an agreement) into one bucket (e.g. "contractual"
 * or "equity"). Policies: `per-part` (cards in the right bucket / cards) or `all-or-nothing`.
 */
export const categorizeDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('categorize'),
  buckets: z
    .array(z.object({ id: idSchema, label: z.string().min(1) }))
    .min(2, 'needs at least 2 buckets'),
  cards: z
    .array(z.object({ id: idSchema, text: z.string().min(1), bucket: idSchema }))
    .min(1, 'needs a card'),
  policy: z.enum(ASSIGNMENT_POLICIES).default('per-part'),
  shuffle: z.boolean().default(true),
});

export type CategorizeDefinition = z.output<typeof categorizeDefinitionSchema>;
/** card id → bucket id (or null when not placed). */
export type CategorizeResponse = { placements: Assignment };
export interface CategorizePresentation {
  type: 'categorize';
  id: string;
  prompt: string;
  points: number;
  buckets: Array<{ id: string; label: string }>;
  cards: Array<{ id: string; text: string }>;
}

const keyOf = (def: CategorizeDefinition): AssignmentKey => ({
  things: def.cards.map((c) => ({ id: c.id, text: c.text, answer: c.bucket })),
  targets: def.buckets.map((b) => ({ id: b.id, text: b.label })),
});

export const categorize: ItemModule<
  CategorizeDefinition,
  CategorizeResponse,
  CategorizePresentation
> = {
  type: 'categorize',
  responseKeys: ['placements'],
  definitionSchema: categorizeDefinitionSchema,
  check: (def) => assignmentIssues(keyOf(def), 'cards', 'buckets', 'bucket'),
  parseResponse(def, raw) {
    const parsed = parseAssignment(keyOf(def), raw, 'placements', 'card');
    return parsed.ok ? { ok: true, value: { placements: parsed.value } } : parsed;
  },
  score: (def, response) =>
    scoreAssignment(keyOf(def), response.placements, def.policy, 'categorize'),
  keyResponse: (def) => ({ placements: keyAssignment(keyOf(def)) }),
  emptyResponse: () => ({ placements: {} }),
  present(def, rng) {
    const cards = def.cards.map(({ id, text }) => ({ id, text }));
    return {
      type: 'categorize',
      id: def.id,
      prompt: def.prompt,
      points: def.points,
      buckets: def.buckets.map(({ id, label }) => ({ id, label })),
      cards: def.shuffle ? rng.shuffle(cards) : cards,
    };
  },
};
