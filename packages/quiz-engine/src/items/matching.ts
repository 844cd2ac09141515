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
 * Matching: pair each premise (e.g. a theory) with a response (e.g. the claim it makes).
 * Responses may be used by several premises or by none (distractors).
 * Policies: `per-part` (right pairs / premises) or `all-or-nothing`.
 */
export const matchingDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('matching'),
  premises: z
    .array(z.object({ id: idSchema, text: z.string().min(1), match: idSchema }))
    .min(2, 'needs at least 2 premises'),
  responses: z
    .array(z.object({ id: idSchema, text: z.string().min(1) }))
    .min(2, 'needs at least 2 responses'),
  policy: z.enum(ASSIGNMENT_POLICIES).default('per-part'),
  shuffle: z.boolean().default(true),
});

export type MatchingDefinition = z.output<typeof matchingDefinitionSchema>;
/** premise id → response id (or null when left empty). */
export type MatchingResponse = { matches: Assignment };
export interface MatchingPresentation {
  type: 'matching';
  id: string;
  prompt: string;
  points: number;
  premises: Array<{ id: string; text: string }>;
  responses: Array<{ id: string; text: string }>;
}

const keyOf = (def: MatchingDefinition): AssignmentKey => ({
  things: def.premises.map((p) => ({ id: p.id, text: p.text, answer: p.match })),
  targets: def.responses,
});

export const matching: ItemModule<MatchingDefinition, MatchingResponse, MatchingPresentation> = {
  type: 'matching',
  responseKeys: ['matches'],
  definitionSchema: matchingDefinitionSchema,
  check: (def) => assignmentIssues(keyOf(def), 'premises', 'responses', 'match'),
  parseResponse(def, raw) {
    const parsed = parseAssignment(keyOf(def), raw, 'matches', 'premise');
    return parsed.ok ? { ok: true, value: { matches: parsed.value } } : parsed;
  },
  score: (def, response) => scoreAssignment(keyOf(def), response.matches, def.policy, 'matching'),
  keyResponse: (def) => ({ matches: keyAssignment(keyOf(def)) }),
  emptyResponse: () => ({ matches: {} }),
  present(def, rng) {
    const premises = def.premises.map(({ id, text }) => ({ id, text }));
    const responses = def.responses.map(({ id, text }) => ({ id, text }));
    return {
      type: 'matching',
      id: def.id,
      prompt: def.prompt,
      points: def.points,
      premises: def.shuffle ? rng.shuffle(premises) : premises,
      responses: def.shuffle ? rng.shuffle(responses) : responses,
    };
  },
};
