'use client';

import { api, errorMessage, useCall } from '@alliance/api/react';
import {
  type CaseDefinition,
  caseDefinitionSchema,
  createRng,
  formatPoints,
  type ItemScore,
  presentItem,
  scoreItem,
  validateCase,
} from '@alliance/quiz-engine';
import { Alert, Card, CaseFigures, Markdown } from '@alliance/ui';
import { ItemView } from '@alliance/ui/items';
import { SchemaForm } from '@alliance/ui/schema-form';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { EditorHead, PublishVersion, RestoredDraft } from './editor-parts';
import { IssueSummary } from './issue-summary';
import { useLocalDraft } from './local-draft';

type JsonSchema = Parameters<typeof SchemaForm>[0]['schema'];
const CASE_SCHEMA = z.toJSONSchema(caseDefinitionSchema, {
  io: 'input',
  unrepresentable: 'any',
}) as JsonSchema;

/**
 * The case editor: the scenario (markdown, tables allowed) and its figures, the items hanging on
 * it — attached from the bank, edited, put in order, detached — and an optional weight, checked
 * by the engine as the instructor types and previewed as learners will see it.
 */
export function CaseEditor({
  caseId,
  moduleId,
  version,
  initial,
}: {
  caseId: string;
  moduleId: string | null;
  version: number | null;
  initial: unknown;
}) {
  const router = useRouter();
  const draft = useLocalDraft<unknown>(`alliance:case:${caseId}:${version ?? 'new'}`, initial);
  const definition = draft.value as Record<string, unknown>;
  const checked = useMemo(() => validateCase({ ...definition, id: caseId }), [definition, caseId]);
  const [attachId, setAttachId] = useState('');
  const [attachError, setAttachError] = useState<string | null>(null);
  const [attaching, setAttaching] = useState(false);
  const publish = useCall(api.cases.publish.mutate, (result) => {
    draft.clear();
    router.replace(`/cases/${encodeURIComponent(caseId)}?published=${result.version}`, {
      scroll: false,
    });
    router.refresh();
  });

  const attach = async () => {
    const id = attachId.trim();
    if (!id) return;
    setAttaching(true);
    setAttachError(null);
    try {
      const item = await api.authoring.item.query({ itemId: id });
      // The published version, copied under an id of the case's own: an item lives in one place.
      const published = item.versions.find((v) => v.version === item.currentVersion)?.definition;
      if (!published) throw new Error(`“${id}” has never been published.`);
      const copyId = (id.startsWith(`${caseId}-`) ? id : `${caseId}-${id}`).slice(0, 64);
      const items = Array.isArray(definition.items) ? definition.items : [];
      if (items.some((i) => (i as { id?: string }).id === copyId))
        throw new Error(`A copy of “${id}” is on this case already.`);
      draft.update({
        ...definition,
        items: [...items, { ...(published as Record<string, unknown>), id: copyId }],
      });
      setAttachId('');
    } catch (error) {
      setAttachError(
        error instanceof Error && !('data' in error) ? error.message : errorMessage(error),
      );
    } finally {
      setAttaching(false);
    }
  };

  return (
    <div className="editor">
      <div className="editor__form">
        <Card>
          <EditorHead title="Case">{checked.ok ? 'Ready to publish' : 'Not ready'}</EditorHead>
          <RestoredDraft draft={draft} version={version} />
          <IssueSummary
            issues={checked.issues}
            value={definition}
            idPrefix="case"
            valid="Valid: every item’s key scores full marks."
          />
          <div className="attach">
            <div className="field">
              <label htmlFor="attach-id">Attach an item from the bank (its id)</label>
              <input
                id="attach-id"
                value={attachId}
                onChange={(e) => setAttachId(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void attach();
                  }
                }}
              />
            </div>
            <button
              type="button"
              className="button"
              disabled={attaching || !attachId.trim()}
              onClick={() => void attach()}
            >
              {attaching ? 'Attaching…' : 'Attach'}
            </button>
          </div>
          {attachError && <Alert>{attachError}</Alert>}
          <SchemaForm
            schema={CASE_SCHEMA}
            value={definition}
            onChange={draft.update}
            issues={checked.issues}
            idPrefix="case"
            hidden={['id']}
          />
        </Card>
      </div>
      <div className="editor__preview">
        <Card>
          <h2>Preview</h2>
          {checked.definition ? (
            <CasePreview definition={checked.definition} />
          ) : (
            <p className="muted">The preview appears once the case can be read.</p>
          )}
          <PublishVersion
            version={version}
            ready={checked.ok}
            publish={publish}
            onPublish={() =>
              publish.fire({
                caseId,
                moduleId,
                create: version === null,
                baseVersion: version,
                definition: { ...definition, id: caseId },
              })
            }
          />
        </Card>
      </div>
    </div>
  );
}

function CasePreview({ definition }: { definition: CaseDefinition }) {
  const [responses, setResponses] = useState<Record<string, unknown>>({});
  const [scores, setScores] = useState<Record<string, ItemScore | string> | null>(null);
  const total = definition.points ?? definition.items.reduce((sum, i) => sum + i.points, 0);
  return (
    <div className="preview-frame">
      <h3>{definition.title}</h3>
      <p className="muted">
        {definition.items.length} question{definition.items.length === 1 ? '' : 's'} · worth {total}{' '}
        point{total === 1 ? '' : 's'}
      </p>
      <Markdown text={definition.stimulus} />
      <CaseFigures figures={definition.figures} className="data-table" />
      {definition.items.map((item) => (
        <div key={item.id} className="quiz__item">
          <ItemView
            item={presentItem(item, createRng(`preview:${item.id}`))}
            response={responses[item.id]}
            onChange={(next) => {
              setResponses((current) => ({ ...current, [item.id]: next }));
              setScores(null);
            }}
            parts={
              typeof scores?.[item.id] === 'object'
                ? (scores[item.id] as ItemScore).parts
                : undefined
            }
            idPrefix={`case-preview-${item.id}`}
          />
          {scores?.[item.id] !== undefined && (
            <p className="muted" role="status">
              {typeof scores[item.id] === 'string'
                ? String(scores[item.id])
                : `${formatPoints((scores[item.id] as ItemScore).points)} of ${formatPoints((scores[item.id] as ItemScore).maxPoints)} points`}
            </p>
          )}
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          setScores(
            Object.fromEntries(
              definition.items.map((item) => {
                if (responses[item.id] === undefined) return [item.id, 'Not answered.'];
                const scored = scoreItem(item, responses[item.id]);
                return [
                  item.id,
                  scored.ok ? scored.value : (scored.issues[0]?.message ?? 'Cannot score.'),
                ];
              }),
            ),
          )
        }
      >
        Score these answers
      </button>
    </div>
  );
}
