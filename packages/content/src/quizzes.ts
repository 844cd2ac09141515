import {
  type AttemptSettings,
  attemptSettingsSchema,
  parseQuiz,
  type QuizDefinition,
} from '@alliance/quiz-engine';
import { allItems, cases, standaloneItems, summativeCases, summativeItems } from './bank';
import { MODULES } from './modules';

export interface CourseQuiz {
  id: string;
  title: string;
  /** The module a practice quiz belongs to; null for the final assessment. */
  module: string | null;
  kind: 'practice' | 'final';
  settings: AttemptSettings;
  definition: QuizDefinition;
}

function quiz(raw: unknown): QuizDefinition {
  const result = parseQuiz(raw);
  if (!result.ok)
    throw new Error(
      `quiz is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  return result.value;
}

/** One practice quiz per module: its cases, then its standalone items; interactive, 3 tries. */
const practice: CourseQuiz[] = MODULES.map((mod) => ({
  id: `quiz-${mod.key}`,
  title: `${mod.title}: practice quiz`,
  module: mod.slug,
  kind: 'practice',
  settings: attemptSettingsSchema.parse({
    behaviour: 'interactive',
    tries: 3,
    penaltyPerTry: 1 / 3,
    grading: 'highest',
  }),
  definition: quiz({
    id: `quiz-${mod.key}`,
    title: `${mod.title}: practice quiz`,
    sections: [
      {
        id: 'practice',
        title: mod.title,
        entries: [
          ...cases
            .filter((c) => c.module === mod.slug)
            .map((c) => ({ kind: 'case', case: c.case })),
          ...standaloneItems
            .filter((i) => i.module === mod.slug)
            .map((i) => ({ kind: 'item', item: i.item })),
        ],
      },
    ],
  }),
}));

/**
 * The final's blueprint: from its own bank (items and cases no lesson, practice quiz or review
 * shows), `itemsPerModule` questions from each module and one case from each part of the course
 * (modules 1–2, 3–4, 5–6, 7–8), so every paper covers the whole course in the same proportions.
 */
export const FINAL_BLUEPRINT = {
  itemsPerModule: 2,
  parts: ['part-1', 'part-2', 'part-3', 'part-4'],
} as const;

/**
 * The final assessment: summative, from its own bank only, marked at once (no essays); deferred
 * feedback, and a review that shows the score of each question but never its key or feedback,
 * so neither a second attempt nor a classmate can read the answers; two attempts of 90 minutes,
 * one question or case per page, highest grade, pass 70 %.
 */
const final: CourseQuiz = {
  id: 'final-assessment',
  title: 'Final assessment',
  module: null,
  kind: 'final',
  settings: attemptSettingsSchema.parse({
    behaviour: 'deferred',
    maxAttempts: 2,
    grading: 'highest',
    passMark: 0.7,
    timeLimitSeconds: 90 * 60,
    layout: 'one-per-page',
    reviewShowsKey: false,
    reviewShowsFeedback: false,
  }),
  definition: quiz({
    id: 'final-assessment',
    title: 'Final assessment',
    sections: [
      {
        id: 'cases',
        title: 'Cases',
        entries: FINAL_BLUEPRINT.parts.map((part) => ({
          kind: 'draw',
          from: 'cases',
          count: 1,
          tags: ['final', part],
        })),
      },
      {
        id: 'questions',
        title: 'Questions',
        shuffle: true,
        entries: MODULES.map((mod) => ({
          kind: 'draw',
          from: 'items',
          count: FINAL_BLUEPRINT.itemsPerModule,
          tags: ['final', mod.key],
        })),
      },
    ],
    // The final's own bank, unchanged, so the quiz builder and item fixes see the same items.
    pool: {
      cases: summativeCases.map((c) => c.case),
      items: summativeItems.map((i) => i.item),
    },
  }),
};

export const quizzes: CourseQuiz[] = [...practice, final];

/** The bank as the seed stores it (packages/db `syncBank`): one record per item, case and quiz. */
export function bankRecords() {
  return {
    items: allItems.map(({ module, item, caseId }) => ({
      id: item.id,
      module,
      caseId,
      type: item.type,
      objectives: item.objectives,
      definition: item,
    })),
    cases: [...cases, ...summativeCases].map(({ module, case: c }) => ({
      id: c.id,
      module,
      definition: c,
    })),
    quizzes: quizzes.map((q) => ({
      id: q.id,
      module: q.module,
      kind: q.kind,
      title: q.title,
      definition: q.definition,
      settings: q.settings,
    })),
  };
}
