import type { AttemptSettings } from './attempt';
import type { Issue } from './core';
import type { QuizDefinition } from './quiz';

/**
 * A summative quiz (a final) is secure only if nothing a learner can reach shows its items with
 * their key: no practice quiz (whose review and checks show keys), no lesson check, no review
 * session (which draws from what practice shows), and not its own review. The one rule for that,
 * asked by `checkCourse` of the course files and by the API when a quiz is published.
 */

/** What a quiz puts in front of learners: its purpose, its definition, how its review reads. */
export interface QuizExposure {
  quizId: string;
  /** `final` is summative; `practice` shows keys in its review and its checks. */
  kind: 'practice' | 'final';
  quiz: QuizDefinition;
  settings: Pick<AttemptSettings, 'reviewShowsKey' | 'reviewShowsFeedback'>;
}

/** Every item and case a quiz can put on a paper: fixed entries, cases and its pool. */
export function quizContents(quiz: QuizDefinition): { items: Set<string>; cases: Set<string> } {
  const items = new Set<string>();
  const cases = new Set<string>();
  for (const section of quiz.sections)
    for (const entry of section.entries) {
      if (entry.kind === 'item') items.add(entry.item.id);
      else if (entry.kind === 'case') {
        cases.add(entry.case.id);
        for (const item of entry.case.items) items.add(item.id);
      }
    }
  for (const item of quiz.pool?.items ?? []) items.add(item.id);
  for (const c of quiz.pool?.cases ?? []) {
    cases.add(c.id);
    for (const item of c.items) items.add(item.id);
  }
  return { items, cases };
}

/**
 * Why a set of quizzes leaves a summative pool exposed, one issue per item or case, or nothing:
 * a summative quiz whose review shows the key or the feedback, and every item or case of a
 * summative quiz that a practice quiz or a lesson check (`exercises`: item ids) also shows.
 */
export function summativeExposures(
  quizzes: readonly QuizExposure[],
  exercises: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  const practice = quizzes
    .filter((q) => q.kind === 'practice')
    .map((q) => ({ quizId: q.quizId, ...quizContents(q.quiz) }));
  for (const summative of quizzes.filter((q) => q.kind === 'final')) {
    if (summative.settings.reviewShowsKey)
      issues.push({
        path: 'settings.reviewShowsKey',
        message: `${summative.quizId} is summative: its review must not show the key (a second attempt, or a classmate, would read it)`,
      });
    if (summative.settings.reviewShowsFeedback)
      issues.push({
        path: 'settings.reviewShowsFeedback',
        message: `${summative.quizId} is summative: its review must not show feedback and explanations`,
      });
    const { items, cases } = quizContents(summative.quiz);
    for (const other of practice) {
      for (const id of items)
        if (other.items.has(id))
          issues.push({
            path: 'pool',
            message: `item ${id} of summative ${summative.quizId} is also on practice quiz ${other.quizId}, whose review shows its key`,
          });
      for (const id of cases)
        if (other.cases.has(id))
          issues.push({
            path: 'pool',
            message: `case ${id} of summative ${summative.quizId} is also on practice quiz ${other.quizId}`,
          });
    }
    for (const id of items)
      if (exercises.has(id))
        issues.push({
          path: 'pool',
          message: `item ${id} of summative ${summative.quizId} is a lesson check, which explains it`,
        });
  }
  return issues;
}
