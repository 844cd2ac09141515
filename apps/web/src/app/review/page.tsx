import { EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ExerciseCheck } from '~/components/exercise-check';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review' };

export default async function ReviewQueuePage() {
  if (!(await currentUser())) redirect('/sign-in?next=%2Freview');
  const session = await (await serverApi()).mastery.reviewSession({ size: 5 });
  return (
    <Page>
      <h1>Today’s review</h1>
      <p className="lead">
        A short session on what you are starting to forget, chosen by a spaced-repetition schedule
        (FSRS). Each answer updates when you will see the objective next.
      </p>
      {session.length === 0 ? (
        <EmptyState title="Nothing is due today.">
          <p>
            Objectives come back here as your recall of them fades. See{' '}
            <Link href="/progress">your progress</Link>.
          </p>
        </EmptyState>
      ) : (
        session.map((entry) => (
          <section key={entry.objectiveId} aria-label={entry.objective}>
            <p className="muted">
              {entry.objective} · recall {Math.round(entry.recall * 100)}%
            </p>
            {/* Presented from the item's published version: the one the check scores. */}
            <ExerciseCheck itemId={entry.itemId} presentation={entry.presentation} />
          </section>
        ))
      )}
    </Page>
  );
}
