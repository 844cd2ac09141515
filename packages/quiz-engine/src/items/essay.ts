import { z } from 'zod';
import {
  type Checked,
  fail,
  formatNumber,
  type Issue,
  type ItemModule,
  idSchema,
  itemBaseShape,
  ok,
  own,
  type RawScore,
  readTextResponse,
  roundScore,
} from '../core';

/**
 * Essay: a written answer graded by a person against a rubric (criteria × levels with points).
 * Until graded the item is pending: it scores 0 provisionally and the attempt says so.
 * Graded score = rubric points earned / rubric points possible.
 */
export const essayDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('essay'),
  rubric: z
    .array(
      z.object({
        id: idSchema,
        title: z.string().min(1),
        levels: z
          .array(
            z.object({
              id: idSchema,
              label: z.string().min(1),
              points: z.number().min(0),
              description: z.string().default(''),
            }),
          )
          .min(2, 'needs at least 2 levels'),
      }),
    )
    .min(1, 'needs a criterion'),
  minWords: z.number().int().min(0).default(0),
  maxWords: z.number().int().positive().default(2000),
});

export type EssayDefinition = z.output<typeof essayDefinitionSchema>;
export type EssayResponse = { text: string };
export interface EssayPresentation {
  type: 'essay';
  id: string;
  prompt: string;
  points: number;
  minWords: number;
  maxWords: number;
  /** The rubric is shown to learners (criteria and level descriptions), as good practice. */
  rubric: Array<{
    id: string;
    title: string;
    levels: Array<{ label: string; points: number; description: string }>;
  }>;
}
/** A grader's choice of one level per criterion. */
export type EssayGrade = { levels: Record<string, string>; comment?: string };

const countWords = (text: string) => (text.trim() ? text.trim().split(/\s+/u).length : 0);

export function rubricMax(def: EssayDefinition): number {
  return def.rubric.reduce((sum, c) => sum + Math.max(...c.levels.map((l) => l.points)), 0);
}

/** Applies a grader's rubric choices; every criterion needs exactly one known level. */
export function gradeEssay(def: EssayDefinition, grade: EssayGrade): Checked<RawScore> {
  const issues: Issue[] = [];
  let earned = 0;
  const steps: string[] = [];
  const parts: Record<string, boolean> = {};
  for (const criterion of def.rubric) {
    const levelId = own(grade.levels, criterion.id);
    const level = criterion.levels.find((l) => l.id === levelId);
    if (!level) {
      issues.push({
        path: `levels.${criterion.id}`,
        message: levelId ? `unknown level "${levelId}"` : `choose a level for "${criterion.title}"`,
      });
      continue;
    }
    const best = Math.max(...criterion.levels.map((l) => l.points));
    earned += level.points;
    parts[criterion.id] = level.points === best;
    steps.push(
      `${criterion.title}: ${level.label} (${formatNumber(level.points)} of ${formatNumber(best)})`,
    );
  }
  for (const id of Object.keys(grade.levels)) {
    if (!def.rubric.some((c) => c.id === id))
      issues.push({ path: `levels.${id}`, message: `unknown criterion "${id}"` });
  }
  if (issues.length) return { ok: false, issues };
  const max = rubricMax(def);
  const fraction = max === 0 ? 0 : earned / max;
  steps.push(
    `${formatNumber(earned)} of ${formatNumber(max)} rubric points → ${formatNumber(fraction)}`,
  );
  return ok({
    fraction: roundScore(fraction),
    policy: 'essay/rubric',
    steps,
    feedback: grade.comment ? [grade.comment] : [],
    parts,
  });
}

export const essay: ItemModule<EssayDefinition, EssayResponse, EssayPresentation> = {
  type: 'essay',
  responseKeys: ['text'],
  definitionSchema: essayDefinitionSchema,

  check(def) {
    const issues: Issue[] = [];
    const ids = new Set<string>();
    def.rubric.forEach((c, i) => {
      if (ids.has(c.id))
        issues.push({ path: `rubric[${i}].id`, message: `"${c.id}" is used twice` });
      ids.add(c.id);
      const levels = c.levels.map((l) => l.id);
      if (new Set(levels).size !== levels.length)
        issues.push({ path: `rubric[${i}].levels`, message: 'two levels share an id' });
    });
    if (rubricMax(def) <= 0)
      issues.push({ path: 'rubric', message: 'the rubric has no points to earn' });
    if (def.minWords > def.maxWords)
      issues.push({ path: 'minWords', message: 'is more than maxWords' });
    return issues;
  },

  parseResponse(def, raw): Checked<EssayResponse> {
    const read = readTextResponse(raw, 100000);
    if (!read.ok) return read;
    const text = read.value;
    const words = countWords(text);
    if (words > def.maxWords)
      return fail({ path: 'text', message: `has ${words} words; the limit is ${def.maxWords}` });
    return ok({ text });
  },

  score(_def, response) {
    if (countWords(response.text) === 0) {
      return {
        fraction: 0,
        policy: 'essay/rubric',
        steps: ['no answer → 0'],
        feedback: [],
        parts: {},
      };
    }
    return {
      fraction: 0,
      policy: 'essay/rubric',
      steps: ['waiting for an instructor to grade it against the rubric'],
      feedback: [],
      parts: {},
      pending: true,
    };
  },

  keyResponse: () => null,
  emptyResponse: () => ({ text: '' }),

  present: (def) => ({
    type: 'essay',
    id: def.id,
    prompt: def.prompt,
    points: def.points,
    minWords: def.minWords,
    maxWords: def.maxWords,
    rubric: def.rubric.map((c) => ({
      id: c.id,
      title: c.title,
      levels: c.levels.map(({ label, points, description }) => ({ label, points, description })),
    })),
  }),
};
