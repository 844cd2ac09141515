import { Readable } from 'node:stream';
import { COURSE_ID } from '@alliance/content';
import { cohortGradebook } from '@alliance/db';
import { stringify } from 'csv-stringify';
import { trpcErrorCode } from './errors';
import type { ServerRuntime } from './runtime';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, return at the start) gets a
 * leading apostrophe: a learner's name must never become a formula on a staff member's machine.
 */
export const safeCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const percent = (fraction: number | undefined) =>
  fraction === undefined ? '' : (Math.round(fraction * 1000) / 10).toFixed(1);

type Gradebook = Awaited<ReturnType<typeof cohortGradebook>>;

/**
 * The CSV of a gradebook as a stream: rows go out as the writer takes them, so a 10,000-learner
 * cohort never sits in one string. Grades are in %, blank where a quiz was never submitted.
 */
export function gradebookCsv(book: Gradebook): Readable {
  const csv = stringify({
    header: true,
    columns: [
      { key: 'name', header: 'Name' },
      { key: 'email', header: 'Email' },
      { key: 'completion', header: 'Lessons completed (%)' },
      ...book.quizzes.map((q) => ({ key: q.quizId, header: safeCell(`${q.title} (%)`) })),
    ],
  });
  void (async () => {
    for (const learner of book.learners) {
      const row: Record<string, string> = {
        name: safeCell(learner.name),
        email: safeCell(learner.email),
        completion: percent(learner.completion),
      };
      for (const q of book.quizzes) row[q.quizId] = percent(learner.grades.get(q.quizId));
      if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
    }
    csv.end();
  })();
  return csv;
}

/**
 * The cohort a download is for, when the request's session may read it (admins and the cohort's
 * instructors: the same checks as the API), else the response that says why not.
 */
export async function cohortForDownload(
  runtime: ServerRuntime,
  request: Request,
  cohortId: string,
  what: string,
): Promise<{ cohort: { id: string; courseId: string | null } } | { refused: Response }> {
  const caller = await runtime.caller(request.headers);
  const me = await caller.users.me();
  if (!me) return { refused: new Response(`Sign in to download ${what}.`, { status: 401 }) };
  try {
    return { cohort: await caller.cohorts.get({ cohortId }) };
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code) {
      const status = code === 'FORBIDDEN' ? 403 : code === 'BAD_REQUEST' ? 400 : 404;
      return { refused: new Response((error as Error).message, { status }) };
    }
    throw error;
  }
}

/** A cohort id made safe for a file name. */
export const fileSafe = (id: string) => id.replace(/[^A-Za-z0-9_.-]/g, '_');

/**
 * A cohort's gradebook as CSV, streamed row by row: one row per learner, one column per quiz
 * (the grade by that quiz's grading method, in %, blank when never submitted), and the share of
 * lessons completed.
 */
export async function gradebookResponse(
  runtime: ServerRuntime,
  request: Request,
  cohortId: string,
): Promise<Response> {
  const access = await cohortForDownload(runtime, request, cohortId, 'the gradebook');
  if ('refused' in access) return access.refused;
  const book = await cohortGradebook(runtime.db, {
    cohortId,
    courseId: access.cohort.courseId ?? COURSE_ID,
  });
  return new Response(Readable.toWeb(gradebookCsv(book)) as ReadableStream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="gradebook-${fileSafe(cohortId)}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
