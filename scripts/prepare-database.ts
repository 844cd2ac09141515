import { rebuildQuizGrades } from '@alliance/api';
import { createAuth, type Role, seedDemoUsers } from '@alliance/auth';
import { bankRecords, course } from '@alliance/content';
import { addCohortMembers, closeDb, createCohort, createDb, gradesMissing } from '@alliance/db';
import {
  ensureDatabase,
  localAuthSecret,
  quoteIdent,
  type ResolvedDatabase,
  resolveDatabase,
  runMigrations,
  syncBank,
  syncCourse,
  withDatabase,
} from '@alliance/db/node';
import { caseWithCurrent, quizWithCurrent } from '@alliance/quiz-engine';
import postgres from 'postgres';
import { scriptsEnv } from './env';

export interface PreparedDatabase extends ResolvedDatabase {
  /** The auth secret: BETTER_AUTH_SECRET, or in local mode the one kept in .data/. */
  secret: string | undefined;
  demoUsers: Array<{ role: Role; email: string; password: string }>;
}

/** The local database's demo cohort: the demo learner, taught by the demo instructor. */
const DEMO_COHORT = { id: 'demo', name: 'Demo cohort' } as const;

export interface PrepareOptions {
  cluster?: 'app' | 'test';
  /** Use a brand-new database of this name (dropped first if it exists): end-to-end runs. */
  freshDatabase?: string;
  log?: (line: string) => void;
}

/**
 * Everything a server needs before it starts: a database (DATABASE_URL or the embedded one),
 * migrations applied, the course synced from packages/content, and, in local mode only, the
 * demo users. An external database never gets demo users.
 */
export async function prepareDatabase({
  cluster = 'app',
  freshDatabase,
  log = console.log,
}: PrepareOptions = {}): Promise<PreparedDatabase> {
  const started = Date.now();
  const resolved = await resolveDatabase(cluster);
  try {
    let url = resolved.url;
    if (freshDatabase) {
      const admin = postgres(resolved.adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${quoteIdent(freshDatabase)} with (force)`);
      await admin.end();
      await ensureDatabase(resolved.adminUrl, freshDatabase);
      url = withDatabase(resolved.adminUrl, freshDatabase);
    }
    log(
      resolved.mode === 'embedded'
        ? `Database: embedded PostgreSQL on 127.0.0.1:${new URL(url).port} (data in .data/)`
        : `Database: ${redact(url)}`,
    );
    await runMigrations(url);
    const db = createDb(url, { max: 2 });
    try {
      const synced = await syncCourse(db, course);
      log(
        `Course: ${synced.modules} modules, ${synced.lessons} lessons, ${synced.objectives} objectives`,
      );
      // Course-file copies of items and cases that instructors have since fixed get the fix.
      const bank = await syncBank(db, bankRecords(), {
        toCase: caseWithCurrent,
        toQuiz: quizWithCurrent,
      });
      const summary = (
        name: string,
        c: { created: number; newVersions: number; unchanged: number },
      ) =>
        `${c.created + c.newVersions + c.unchanged} ${name} (${c.created} new, ${c.newVersions} new versions)`;
      log(
        `Bank: ${summary('items', bank.items)}, ${summary('cases', bank.cases)}, ${summary('quizzes', bank.quizzes)}`,
      );
      // Grades are the app's to compute (quiz-engine's quizGrade): a database with attempts but
      // no stored grades (from before they were stored) gets them now.
      if (await gradesMissing(db)) log(`Grades: ${await rebuildQuizGrades(db)} rebuilt`);
      const local = resolved.mode === 'embedded' || Boolean(freshDatabase);
      const secret = local
        ? (scriptsEnv().BETTER_AUTH_SECRET ?? localAuthSecret())
        : scriptsEnv().BETTER_AUTH_SECRET;
      let demoUsers: PreparedDatabase['demoUsers'] = [];
      if (local && secret) {
        const auth = createAuth({ db, secret, baseURL: 'http://localhost', trustedOrigins: [] });
        const seeded = await seedDemoUsers(auth, db);
        demoUsers = seeded.map(({ role, email, password }) => ({ role, email, password }));
        // The demo instructor teaches the demo learner (instructors see only the cohorts they
        // teach). Made once: what an admin changes in it later stays changed.
        const admin = seeded.find((u) => u.role === 'admin');
        if (admin && (await createCohort(db, { ...DEMO_COHORT, actorId: admin.id })))
          for (const role of ['learner', 'instructor'] as const)
            await addCohortMembers(db, {
              cohortId: DEMO_COHORT.id,
              userIds: seeded.filter((u) => u.role === role).map((u) => u.id),
              role,
              actorId: admin.id,
            });
      }
      log(`Ready in ${Date.now() - started} ms`);
      return { ...resolved, url, secret, demoUsers };
    } finally {
      await closeDb(db);
    }
  } catch (error) {
    await resolved.stop();
    throw error;
  }
}

/** postgres://user:secret@host/db → postgres://user:***@host/db */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
