import {
  type AttemptSettings,
  attemptSettingsSchema,
  parseQuiz,
  type QuizDefinition,
} from '@alliance/quiz-engine';
import { allItems, cases, standaloneItems } from './bank';
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

/** Drawn from the whole bank, so two learners rarely see the same paper. */
export const FINAL_DRAWS = { cases: 4, items: 16 } as const;

/**
 * The final assessment: cases and items drawn from every module's bank (essays and the capstone
 * left out, so it is marked at once), deferred feedback, two attempts of 90 minutes each, one
 * question or case per page, highest grade, pass 70 %.
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
  }),
  definition: quiz({
    id: 'final-assessment',
    title: 'Final assessment',
    sections: [
      {
        id: 'cases',
        title: 'Cases',
        entries: [{ kind: 'draw', from: 'cases', count: FINAL_DRAWS.cases }],
      },
      {
        id: 'questions',
        title: 'Questions',
        shuffle: true,
        entries: [{ kind: 'draw', from: 'items', count: FINAL_DRAWS.items }],
      },
    ],
    // The pool is exactly what the final may draw; the bank's own definitions, unchanged, so
    // the quiz builder and item fixes see the same items.
    pool: {
      cases: cases
        .filter(
          (c) => !c.case.tags.includes('capstone') && c.case.items.every((i) => i.type !== 'essay'),
        )
        .map((c) => c.case),
      items: standaloneItems.filter((i) => i.item.type !== 'essay').map((i) => i.item),
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
    cases: cases.map(({ module, case: c }) => ({ id: c.id, module, definition: c })),
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
