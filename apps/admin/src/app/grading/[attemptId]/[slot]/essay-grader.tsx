'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import { Alert, Badge, BusyButton, Card, Markdown } from '@alliance/ui';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

type Essay = RouterOutputs['grading']['essay'];

/** Work in progress is kept in this tab, so going to the next essay and back loses nothing. */
const draftKey = (essay: Essay) => `alliance:grade:${essay.attemptId}:${essay.slot}`;
interface Draft {
  levels: Record<string, string>;
  comment: string;
  /** When the grade it started from was saved; a newer saved grade wins over the draft. */
  base: string | null;
}
function readDraft(essay: Essay): Draft | null {
  try {
    const raw = sessionStorage.getItem(draftKey(essay));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

/** The rubric as clickable levels, a comment, and save-and-next through the queue. */
export function EssayGrader({
  essay,
  previous,
  next,
  queueHref,
  waiting,
}: {
  essay: Essay;
  previous: string | null;
  next: string | null;
  queueHref: string;
  waiting: number;
}) {
  const router = useRouter();
  const [levels, setLevels] = useState<Record<string, string>>(essay.grade?.levels ?? {});
  const [comment, setComment] = useState(essay.grade?.comment ?? '');
  useEffect(() => {
    const draft = readDraft(essay);
    if (draft && draft.base === (essay.grade?.gradedAt ?? null)) {
      setLevels(draft.levels);
      setComment(draft.comment);
    }
  }, [essay]);
  useEffect(() => {
    try {
      sessionStorage.setItem(
        draftKey(essay),
        JSON.stringify({ levels, comment, base: essay.grade?.gradedAt ?? null }),
      );
    } catch {
      // Storage full or blocked: the grade still lives in this page until it is saved.
    }
  }, [essay, levels, comment]);
  const grade = useCall(api.grading.grade.mutate, () => {
    try {
      sessionStorage.removeItem(draftKey(essay));
    } catch {}
    router.push(next ?? queueHref);
    router.refresh();
  });
  const earned = essay.item.rubric.reduce((sum, c) => {
    const level = c.levels.find((l) => l.id === levels[c.id]);
    return sum + (level?.points ?? 0);
  }, 0);
  const possible = essay.item.rubric.reduce(
    (sum, c) => sum + Math.max(...c.levels.map((l) => l.points)),
    0,
  );
  const complete = essay.item.rubric.every((c) => levels[c.id]);
  return (
    <div className="grader">
      <Card>
        <p className="module__number">
          {essay.learnerName} · submitted{' '}
          {essay.submittedAt
            ? new Date(essay.submittedAt).toLocaleString('en-GB', {
                dateStyle: 'medium',
                timeStyle: 'short',
              })
            : ''}{' '}
          · {waiting} waiting
        </p>
        <div className="item__prompt">
          <Markdown text={essay.item.prompt} />
        </div>
        <h2>Answer</h2>
        <p className="muted">
          {essay.words} word{essay.words === 1 ? '' : 's'}
          {essay.item.maxWords ? ` (limit ${essay.item.minWords}–${essay.item.maxWords})` : ''}
        </p>
        <blockquote className="essay-answer">
          {essay.text ? essay.text : <em>The learner left this blank.</em>}
        </blockquote>
      </Card>
      <Card>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            grade.fire({ attemptId: essay.attemptId, slot: essay.slot, levels, comment });
          }}
        >
          <h2>
            Rubric{' '}
            <Badge tone={complete ? 'success' : 'neutral'}>
              {earned} of {possible} rubric points
            </Badge>
          </h2>
          {essay.item.rubric.map((criterion) => (
            <fieldset key={criterion.id} className="rubric">
              <legend>{criterion.title}</legend>
              <div className="rubric__levels">
                {criterion.levels.map((level) => (
                  <label
                    key={level.id}
                    className={`rubric__level${levels[criterion.id] === level.id ? ' rubric__level--chosen' : ''}`}
                  >
                    <input
                      type="radio"
                      name={`criterion-${criterion.id}`}
                      value={level.id}
                      checked={levels[criterion.id] === level.id}
                      onChange={() =>
                        setLevels((current) => ({ ...current, [criterion.id]: level.id }))
                      }
                    />
                    <strong>
                      {level.label} · {level.points}
                    </strong>
                    {level.description && <span className="muted">{level.description}</span>}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div className="field">
            <label htmlFor="grade-comment">Comment for the learner</label>
            <textarea
              id="grade-comment"
              rows={4}
              maxLength={5000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          {grade.error && <Alert>{grade.error.message}</Alert>}
          <div className="editor__actions">
            <BusyButton
              type="submit"
              variant="primary"
              busy={grade.pending}
              busyLabel="Saving…"
              disabled={!complete}
            >
              {next ? 'Save and next' : 'Save grade'}
            </BusyButton>
            {!complete && <span className="muted">Choose a level for every criterion.</span>}
          </div>
        </form>
        <nav className="pager" aria-label="Essays">
          {previous && <Link href={previous}>← Previous essay</Link>}
          {next && <Link href={next}>Next essay →</Link>}
        </nav>
      </Card>
    </div>
  );
}
