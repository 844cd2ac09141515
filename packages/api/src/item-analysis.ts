import { type Database, quizAnalysisSums } from '@alliance/db';
import { liveAnalysis, parseItem } from '@alliance/quiz-engine';

/**
 * The live item analysis of one quiz: its rollups read by key, each item's published definition
 * parsed to name its options and key, and every statistic derived by quiz-engine.
 */
export async function quizItemAnalysis(db: Database, { quizId }: { quizId: string }) {
  const sums = await quizAnalysisSums(db, { quizId });
  return liveAnalysis({
    ...sums,
    items: sums.items.map((row) => {
      const parsed = row.definition === null ? null : parseItem(row.definition);
      return { ...row, definition: parsed?.ok ? parsed.value : null };
    }),
  });
}
