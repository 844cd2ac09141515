import { listCurrentQuizVersions, publishedBank } from '@alliance/db';
import {
  attemptSettingsSchema,
  type Issue,
  type QuizDefinition,
  type QuizExposure,
  quizContents,
  resolveQuizSpec,
  summativeExposures,
} from '@alliance/quiz-engine';
import { EXERCISES } from './practice';

type Db = Parameters<typeof publishedBank>[0];

/** Every quiz as published now, as `summativeExposures` reads it. */
async function publishedExposures(db: Db): Promise<QuizExposure[]> {
  return (await listCurrentQuizVersions(db)).map((row) => ({
    quizId: row.quizId,
    kind: row.kind === 'final' ? 'final' : 'practice',
    // Stored versions were checked when they were published.
    quiz: row.definition as QuizDefinition,
    settings: attemptSettingsSchema.parse(row.settings ?? {}),
  }));
}

/**
 * A quiz spec from the builder resolved against the bank as published now, with the one
 * summative rule applied to what it would publish: a practice quiz drawing on the whole bank
 * leaves out what a summative quiz holds, and an issue names anything the new version would
 * expose that is not exposed already (a summative item on a practice paper or a lesson check, a
 * summative review showing keys). `quizzes.check` shows these issues; `quizzes.publish` refuses
 * while there are any.
 */
export async function resolveQuizForPublish(db: Db, quizId: string, spec: unknown) {
  const [bank, exposures] = await Promise.all([publishedBank(db), publishedExposures(db)]);
  const others = exposures.filter((q) => q.quizId !== quizId);
  const summative = { items: new Set<string>(), cases: new Set<string>() };
  for (const q of others.filter((x) => x.kind === 'final')) {
    const held = quizContents(q.quiz);
    for (const id of held.items) summative.items.add(id);
    for (const id of held.cases) summative.cases.add(id);
  }
  const result = resolveQuizSpec(quizId, spec, { ...bank, summative });
  if (!result.quiz || !result.spec) return result;
  const already = new Set(summativeExposures(others, EXERCISES).map((i) => i.message));
  const added: Issue[] = summativeExposures(
    [
      ...others,
      { quizId, kind: result.spec.kind, quiz: result.quiz, settings: result.spec.settings },
    ],
    EXERCISES,
  ).filter((issue) => !already.has(issue.message));
  return { ...result, ok: result.ok && added.length === 0, issues: [...result.issues, ...added] };
}
