'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import {
  createRng,
  diffValues,
  explainScore,
  formatPoints,
  type ItemScore,
  itemDefinitionSchema,
  moduleOf,
  parseItem,
  presentItem,
  scoreItem,
  validateItem,
} from '@alliance/quiz-engine';
import { Alert, Badge, BusyButton, Card, DataTable, inline } from '@alliance/ui';
import { ItemView } from '@alliance/ui/items';
import { SchemaForm } from '@alliance/ui/schema-form';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { EditorHead } from './editor-parts';
import { IssueSummary } from './issue-summary';

type Item = RouterOutputs['authoring']['item'];
type JsonSchema = Parameters<typeof SchemaForm>[0]['schema'];

/** Each item type's JSON Schema, from the engine's own zod schema: the form follows the engine. */
const SCHEMAS: JsonSchema[] = (
  z.toJSONSchema(itemDefinitionSchema, { io: 'input', unrepresentable: 'any' }) as {
    oneOf: JsonSchema[];
  }
).oneOf;
const schemaFor = (type: string) => SCHEMAS.find((s) => s.properties?.type?.const === type);

type SaveState = 'saved' | 'pending' | 'saving' | 'error';
const SAVE_DELAY_MS = 800;

/**
 * The item editor: a form for every field of the item's type, checked by the engine as the
 * author types (problems shown at their fields), saved as a draft within a second, previewed
 * with the renderer learners get, tried and scored, and published only when it validates.
 */
export function ItemEditor({ item }: { item: Item }) {
  const router = useRouter();
  const [definition, setDefinition] = useState<unknown>(item.definition ?? { type: item.type });
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [hasDraft, setHasDraft] = useState(item.draft !== null || item.currentVersion === null);
  const [note, setNote] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(definition);
  const schema = schemaFor(item.type);
  const validation = useMemo(() => validateItem(definition), [definition]);
  const issues = validation.issues;
  const publishable = item.status !== 'retired' && issues.length === 0 && saveState === 'saved';
  /** A published item can be retired; a retired one brought back. */
  const retiring = item.status === 'published';

  const save = async () => {
    timer.current = null;
    const sending = latest.current;
    setSaveState('saving');
    try {
      await api.authoring.saveDraft.mutate({
        itemId: item.id,
        definition: sending as Record<string, unknown>,
      });
      setSaveError(null);
      setHasDraft(true);
      setSaveState(latest.current === sending ? 'saved' : 'pending');
      if (latest.current !== sending) schedule();
    } catch (error) {
      setSaveState('error');
      setSaveError((error as Error).message);
    }
  };
  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  };
  const change = (next: unknown) => {
    latest.current = next;
    setDefinition(next);
    setSaveState('pending');
    schedule();
  };

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saveState !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saveState]);

  // The page says what publishing did (the editor restarts from the stored item).
  const publish = useCall(api.authoring.publish.mutate, (result) => {
    setNote('');
    const quizzes = result.quizzes.map((q) => q.quizId).join(',');
    router.replace(
      `/items/${encodeURIComponent(item.id)}?published=${result.version}${result.unchanged ? '&unchanged=1' : ''}${quizzes ? `&quizzes=${encodeURIComponent(quizzes)}` : ''}`,
      { scroll: false },
    );
    router.refresh();
  });
  const discard = useCall(api.authoring.discardDraft.mutate, () => router.refresh());
  const retire = useCall(api.authoring.retire.mutate, () => router.refresh());

  return (
    <div className="editor">
      <div className="editor__form">
        <Card>
          <EditorHead title="Definition" state={saveState}>
            {saveState === 'saved'
              ? hasDraft
                ? 'Draft saved'
                : 'No unpublished changes'
              : saveState === 'error'
                ? 'Not saved'
                : 'Saving…'}
          </EditorHead>
          {saveError && (
            <Alert>
              Your changes are not saved: {saveError}{' '}
              <button type="button" className="button button--link" onClick={() => void save()}>
                Try again
              </button>
            </Alert>
          )}
          <IssueSummary
            issues={issues}
            value={definition}
            idPrefix="ed"
            valid="Valid: the key scores full marks and an empty answer scores 0."
          />
          {schema ? (
            <SchemaForm
              schema={schema}
              value={definition}
              onChange={change}
              issues={issues}
              idPrefix="ed"
              hidden={['id', 'type']}
              disabled={item.status === 'retired'}
            />
          ) : (
            <Alert>This item’s type ({item.type}) has no form.</Alert>
          )}
        </Card>
        <Card>
          <h2>Publish</h2>
          {item.status === 'retired' ? (
            <p className="muted">A retired item cannot be published; bring it back first.</p>
          ) : issues.length > 0 ? (
            <p className="muted">
              Fix the {issues.length} problem{issues.length === 1 ? '' : 's'} above to publish. Your
              draft is kept meanwhile.
            </p>
          ) : (
            <p className="muted">
              Publishing makes version {(item.versions[0]?.version ?? 0) + 1} current. Quizzes that
              hold this item get a new version for new attempts; attempts already started keep
              theirs until you regrade them.
            </p>
          )}
          <div className="field">
            <label htmlFor="publish-note">What changed (kept in the history)</label>
            <input
              id="publish-note"
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <div className="editor__actions">
            <BusyButton
              variant="primary"
              busy={publish.pending}
              busyLabel="Publishing…"
              disabled={!publishable}
              onClick={() => publish.fire({ itemId: item.id, note })}
            >
              Publish
            </BusyButton>
            {item.currentVersion !== null && hasDraft && (
              <button
                type="button"
                className="button"
                disabled={discard.pending}
                onClick={() => {
                  if (window.confirm('Throw away the draft and go back to the published version?'))
                    discard.fire({ itemId: item.id });
                }}
              >
                Discard draft
              </button>
            )}
            {(retiring || item.status === 'retired') && (
              // One button each way; the key makes a new one when the status turns.
              <button
                key={item.status}
                type="button"
                className={retiring ? 'button button--danger' : 'button'}
                disabled={retire.pending}
                onClick={() => retire.fire({ itemId: item.id, retired: retiring })}
              >
                {retiring ? 'Retire' : 'Bring back'}
              </button>
            )}
          </div>
          {(publish.error ?? discard.error ?? retire.error) && (
            <Alert>{(publish.error ?? discard.error ?? retire.error)?.message}</Alert>
          )}
        </Card>
        <History item={item} draft={definition} />
      </div>
      <div className="editor__preview">
        <Preview definition={definition} />
      </div>
    </div>
  );
}

/** The item as a learner sees it, live; "try it" scores an answer with the engine. */
function Preview({ definition }: { definition: unknown }) {
  const parsed = useMemo(() => parseItem(definition), [definition]);
  const [response, setResponse] = useState<unknown>(undefined);
  const [score, setScore] = useState<ItemScore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const presentation = useMemo(
    () => (parsed.ok ? presentItem(parsed.value, createRng('preview')) : null),
    [parsed],
  );
  // A changed definition makes an old score meaningless.
  useEffect(() => {
    setScore(null);
    setError(null);
  }, [definition]);
  if (!parsed.ok || !presentation)
    return (
      <Card>
        <h2>Preview</h2>
        <p className="muted">
          The preview appears once the item can be read: fix the problems named in the form.
        </p>
      </Card>
    );
  const item = parsed.value;
  const key = moduleOf(item).keyResponse(item);
  return (
    <Card>
      <h2>Preview</h2>
      <p className="muted">What a learner sees. Answer it to try the scoring.</p>
      <div className="preview-frame">
        <ItemView
          item={presentation}
          response={response}
          onChange={(next) => {
            setResponse(next);
            setScore(null);
          }}
          parts={score?.parts}
          idPrefix="preview"
        />
      </div>
      <div className="editor__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={response === undefined}
          onClick={() => {
            const result = scoreItem(item, response);
            if (result.ok) {
              setScore(result.value);
              setError(null);
            } else setError(result.issues.map((i) => i.message).join('; '));
          }}
        >
          Score this answer
        </button>
        <button
          type="button"
          className="button"
          disabled={key === null}
          onClick={() => {
            setResponse(key);
            setScore(null);
          }}
        >
          Fill in the key
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setResponse(undefined);
            setScore(null);
          }}
        >
          Clear
        </button>
      </div>
      {error && <Alert>{error}</Alert>}
      {score && (
        <div className="exercise__result" role="status">
          <p className="exercise__verdict">
            <strong>
              {score.pending
                ? 'Pending: a grader reads essays.'
                : `${formatPoints(score.points)} of ${formatPoints(score.maxPoints)} point${score.maxPoints === 1 ? '' : 's'}`}
            </strong>
          </p>
          {score.feedback.map((text) => (
            <p key={text}>{inline(text)}</p>
          ))}
          <p className="muted">{explainScore(score)}</p>
        </div>
      )}
    </Card>
  );
}

/** Versions, newest first, and what changed between any two (or a version and the draft). */
function History({ item, draft }: { item: Item; draft: unknown }) {
  const newest = item.versions[0]?.version;
  const [from, setFrom] = useState<number | undefined>(item.versions[1]?.version ?? newest);
  const [to, setTo] = useState<string>(item.draft ? 'draft' : String(newest ?? ''));
  const before = item.versions.find((v) => v.version === from)?.definition;
  const after =
    to === 'draft' ? draft : item.versions.find((v) => String(v.version) === to)?.definition;
  const changes = before !== undefined && after !== undefined ? diffValues(before, after) : null;
  const show = (value: unknown) =>
    value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Card>
      <h2>History</h2>
      {item.versions.length === 0 ? (
        <p className="muted">Not published yet: the first publish makes version 1.</p>
      ) : (
        <>
          <ol className="history" reversed>
            {item.versions.map((v) => (
              <li key={v.version}>
                <strong>Version {v.version}</strong>{' '}
                {v.version === item.currentVersion && <Badge tone="success">current</Badge>}{' '}
                <span className="muted">
                  {v.source === 'content'
                    ? 'from the course files'
                    : `by ${v.author ?? 'a former user'}`}
                  ,{' '}
                  {new Date(v.createdAt).toLocaleString('en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </span>
                {v.note && <div>{v.note}</div>}
              </li>
            ))}
          </ol>
          <div className="filters">
            <div className="field">
              <label htmlFor="diff-from">Compare</label>
              <select id="diff-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {item.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="diff-to">with</label>
              <select id="diff-to" value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="draft">The draft</option>
                {item.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {changes && changes.length === 0 && <p className="muted">No differences.</p>}
          {changes && changes.length > 0 && (
            <DataTable
              caption="Differences"
              className="diff"
              rows={changes}
              rowKey={(c) => `${c.kind}:${c.path}`}
              columns={[
                {
                  header: 'Field',
                  rowHeader: true,
                  cell: (c) => <code>{c.path || '(whole item)'}</code>,
                },
                { header: 'Before', className: () => 'diff__before', cell: (c) => show(c.before) },
                { header: 'After', className: () => 'diff__after', cell: (c) => show(c.after) },
              ]}
            />
          )}
        </>
      )}
      {item.audit.length > 0 && (
        <details>
          <summary>Audit trail ({item.audit.length})</summary>
          <ul>
            {item.audit.map((entry) => (
              <li key={entry.id}>
                {new Date(entry.at).toLocaleString('en-GB', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}{' '}
                · {entry.action} by {entry.actor ?? 'a former user'}
                {entry.reason && ` — ${entry.reason}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
