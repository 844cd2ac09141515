import {
  type CaseDefinition,
  type ItemDefinition,
  isCheckable,
  summativeExposures,
  triesAllowed,
  validateItem,
  validateQuiz,
} from '@alliance/quiz-engine';
import type { GlossaryTerm } from './bank';
import type { LessonInfo } from './index';
import type { CourseQuiz } from './quizzes';

export interface CourseParts {
  modules: ReadonlyArray<{ slug: string; key: string }>;
  lessons: readonly LessonInfo[];
  items: ReadonlyArray<{ module: string; item: ItemDefinition; caseId: string | null }>;
  cases: ReadonlyArray<{ module: string; case: CaseDefinition }>;
  glossary: readonly GlossaryTerm[];
  quizzes: readonly CourseQuiz[];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const lower = (text: string) => text.toLowerCase().replace(/[’']/g, "'");
const wordList = (text: string) => lower(text).match(/[\p{L}\p{N}'%.-]+/gu) ?? [];

/** Runs of `n` words shared by two texts (a hint that copies the explanation gives it away). */
function sharedRun(a: string, b: string, n: number): string | null {
  const runs = new Set<string>();
  const x = wordList(a);
  for (let i = 0; i + n <= x.length; i++) runs.add(x.slice(i, i + n).join(' '));
  const y = wordList(b);
  for (let i = 0; i + n <= y.length; i++) {
    const run = y.slice(i, i + n).join(' ');
    if (runs.has(run)) return run;
  }
  return null;
}

/**
 * Why a hint gives the answer away, or null: it names a correct option, states the key's number,
 * or copies six words running from the worked explanation.
 */
function hintGivesAway(item: ItemDefinition, hint: string): string | null {
  const text = lower(hint);
  if (item.type === 'choice' || item.type === 'multiple-response')
    for (const option of item.options)
      if (
        (option.fraction ?? 0) > 0 &&
        option.text.length >= 4 &&
        text.includes(lower(option.text))
      )
        return `names the correct option "${option.text}"`;
  if (item.type === 'numeric')
    for (const answer of item.answers)
      if (
        answer.fraction === 1 &&
        new RegExp(`(^|[^\\d.])${String(answer.value).replace('.', '\\.')}([^\\d]|$)`).test(text)
      )
        return `states the answer ${answer.value}`;
  const copied = item.explanation ? sharedRun(item.explanation, hint, 6) : null;
  return copied ? `copies the explanation ("${copied}")` : null;
}

/**
 * Every cross-reference and coverage rule of AUTHORING.md that one file cannot check alone.
 * Returns the problems, each naming where it is; an empty list means the course is sound.
 */
export function checkCourse(parts: CourseParts): string[] {
  const problems: string[] = [];
  const lessonSlugs = new Set(parts.lessons.map((l) => l.slug));
  const moduleSlugs = new Set(parts.modules.map((m) => m.slug));
  const objectiveIds = new Map<string, string>();
  const termSlugs = new Set(parts.glossary.map((t) => t.slug));
  const itemIds = new Set<string>();

  // Lessons
  const seenSlugs = new Set<string>();
  for (const lesson of parts.lessons) {
    const where = `lesson ${lesson.slug}`;
    if (seenSlugs.has(lesson.slug)) problems.push(`${where}: slug used twice`);
    seenSlugs.add(lesson.slug);
    if (!moduleSlugs.has(lesson.module))
      problems.push(`${where}: unknown module "${lesson.module}"`);
    const key = parts.modules.find((m) => m.slug === lesson.module)?.key;
    for (const o of lesson.objectives) {
      if (objectiveIds.has(o.id))
        problems.push(`${where}: objective ${o.id} is also stated in ${objectiveIds.get(o.id)}`);
      objectiveIds.set(o.id, lesson.slug);
      if (key && !o.id.startsWith(`${key}.`))
        problems.push(`${where}: objective ${o.id} should start with "${key}."`);
    }
    for (const n of lesson.cites) {
      if (!lesson.sources.includes(n))
        problems.push(
          `${where}: cites [${n}] but its sources list ${JSON.stringify(lesson.sources)}`,
        );
    }
    for (const slug of lesson.terms)
      if (!termSlugs.has(slug))
        problems.push(`${where}: <Term slug="${slug}"> has no glossary entry`);
    if (lesson.exercises.length === 0)
      problems.push(`${where}: "Check your understanding" has no <Exercise>`);
  }
  for (const mod of parts.modules) {
    const count = parts.lessons.filter((l) => l.module === mod.slug).length;
    if (count === 0) problems.push(`module ${mod.slug}: has no lessons`);
    if (!parts.cases.some((c) => c.module === mod.slug))
      problems.push(`module ${mod.slug}: has no case`);
  }

  // Items
  const assessed = new Map<string, number>();
  for (const { item, module, caseId } of parts.items) {
    const where = `item ${item.id}${caseId ? ` (case ${caseId})` : ''}`;
    if (itemIds.has(item.id)) problems.push(`${where}: id used twice`);
    itemIds.add(item.id);
    if (!moduleSlugs.has(module)) problems.push(`${where}: unknown module "${module}"`);
    for (const issue of validateItem(item).issues)
      problems.push(`${where}: ${issue.path}: ${issue.message}`);
    if (item.objectives.length === 0) problems.push(`${where}: assesses no objective`);
    for (const id of item.objectives) {
      if (!objectiveIds.has(id)) problems.push(`${where}: unknown objective "${id}"`);
      assessed.set(id, (assessed.get(id) ?? 0) + 1);
    }
    if (!item.explanation.trim()) problems.push(`${where}: has no worked explanation`);
    if (item.type === 'choice' || item.type === 'multiple-response') {
      for (const option of item.options) {
        if (!option.feedback.trim()) problems.push(`${where}: option ${option.id} has no feedback`);
      }
    }
  }
  for (const [id, lesson] of objectiveIds) {
    const n = assessed.get(id) ?? 0;
    if (n < 3)
      problems.push(
        `objective ${id} (lesson ${lesson}): assessed by ${n} item${n === 1 ? '' : 's'}, needs 3`,
      );
  }
  for (const lesson of parts.lessons) {
    for (const id of lesson.exercises)
      if (!itemIds.has(id))
        problems.push(`lesson ${lesson.slug}: <Exercise id="${id}"> is not in the bank`);
  }

  // Cases
  for (const { case: c } of parts.cases) {
    const n = words(c.stimulus);
    const [min, max] = c.tags.includes('capstone') ? [300, 800] : [150, 400];
    if (n < min || n > max)
      problems.push(`case ${c.id}: scenario has ${n} words, needs ${min}–${max}`);
    if (c.items.length < 3 || c.items.length > 6)
      problems.push(`case ${c.id}: has ${c.items.length} items, needs 3–6`);
  }

  // Glossary
  const seenTerms = new Set<string>();
  for (const term of parts.glossary) {
    if (seenTerms.has(term.slug)) problems.push(`glossary ${term.slug}: defined twice`);
    seenTerms.add(term.slug);
    if (!lessonSlugs.has(term.lesson))
      problems.push(`glossary ${term.slug}: unknown lesson "${term.lesson}"`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(term.slug))
      problems.push(`glossary ${term.slug}: slug must be lowercase words joined by hyphens`);
  }

  // Summative: the final's bank is shown with its key nowhere else, and is big enough to draw
  // from: at least 8 auto-scored items per module and a case for each part of the course.
  const exercises = new Set(parts.lessons.flatMap((l) => l.exercises));
  for (const issue of summativeExposures(
    parts.quizzes.map((q) => ({
      quizId: q.id,
      kind: q.kind,
      quiz: q.definition,
      settings: q.settings,
    })),
    exercises,
  ))
    problems.push(`summative: ${issue.message}`);
  for (const quiz of parts.quizzes.filter((q) => q.kind === 'final')) {
    const pool = quiz.definition.pool ?? { items: [], cases: [] };
    for (const mod of parts.modules) {
      const own = pool.items.filter((i) => i.tags.includes(mod.key) && i.type !== 'essay');
      if (own.length < 8)
        problems.push(
          `quiz ${quiz.id}: its bank has ${own.length} auto-scored items for module ${mod.key}, needs 8`,
        );
      if (!pool.cases.some((c) => c.tags.includes(mod.key)))
        problems.push(`quiz ${quiz.id}: its bank has no case for module ${mod.key}`);
    }
    for (const c of pool.cases)
      if (c.items.some((i) => i.type === 'essay'))
        problems.push(`quiz ${quiz.id}: case ${c.id} holds an essay (the final is marked at once)`);
  }

  // Quizzes
  for (const quiz of parts.quizzes) {
    for (const issue of validateQuiz(quiz.definition).issues)
      problems.push(`quiz ${quiz.id}: ${issue.path}: ${issue.message}`);
    // With more than one try, a wrong try is followed by a hint: every checkable item needs one,
    // and no hint may give its answer away.
    if (triesAllowed(quiz.settings) > 1) {
      const seen = new Set<string>();
      const { sections, pool } = quiz.definition;
      const items = [
        ...sections.flatMap((section) =>
          section.entries.flatMap((entry) =>
            entry.kind === 'item' ? [entry.item] : entry.kind === 'case' ? entry.case.items : [],
          ),
        ),
        ...(pool?.items ?? []),
        ...(pool?.cases ?? []).flatMap((c) => c.items),
      ];
      for (const item of items) {
        if (seen.has(item.id) || !isCheckable(item, quiz.settings)) continue;
        seen.add(item.id);
        if (item.hints.length === 0)
          problems.push(
            `quiz ${quiz.id}: item ${item.id} has no hint (a learner gets one after a wrong try)`,
          );
        for (const hint of item.hints) {
          const why = hintGivesAway(item, hint);
          if (why) problems.push(`item ${item.id}: a hint ${why}`);
        }
      }
    }
  }
  return problems;
}
