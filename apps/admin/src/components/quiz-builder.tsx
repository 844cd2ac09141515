'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, errorMessage, useCall } from '@alliance/api/react';
import { quizSpecSchema } from '@alliance/quiz-engine';
import { Alert, Card, DataTable } from '@alliance/ui';
import { SchemaForm } from '@alliance/ui/schema-form';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { EditorHead, PublishVersion, RestoredDraft } from './editor-parts';
import { IssueSummary } from './issue-summary';
import { useLocalDraft } from './local-draft';

type JsonSchema = Parameters<typeof SchemaForm>[0]['schema'];
type Check = RouterOutputs['quizzes']['check'];

/** The builder's form follows the engine's own spec schema. */
const SPEC_SCHEMA = z.toJSONSchema(quizSpecSchema, {
  io: 'input',
  unrepresentable: 'any',
}) as JsonSchema;
const CHECK_DELAY_MS = 600;

const papersText = (n: number) =>
  n >= 1e9
    ? 'more than a billion'
    : n >= 1e6
      ? `about ${Math.round(n / 1e6)} million`
      : n.toLocaleString('en-GB');

/**
 * The quiz builder: sections of fixed items, cases and draws, the pool, and the attempt
 * settings, checked against the published bank as the instructor edits (problems at their
 * fields, the number of distinct papers, draws too small), and published as a new version. Edits
 * not yet published are kept in this browser, so a reload loses nothing.
 */
export function QuizBuilder({
  quizId,
  moduleId,
  version,
  initial,
}: {
  quizId: string;
  moduleId: string | null;
  version: number | null;
  initial: unknown;
}) {
  const router = useRouter();
  const storageKey = `alliance:quiz-spec:${quizId}:${version ?? 'new'}`;
  const draft = useLocalDraft<unknown>(storageKey, initial);
  const spec = draft.value;
  const [check, setCheck] = useState<Check | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);

  const runCheck = (next: unknown) => {
    if (timer.current) clearTimeout(timer.current);
    setChecking(true);
    timer.current = setTimeout(async () => {
      const id = ++latest.current;
      try {
        const result = await api.quizzes.check.mutate({
          quizId,
          spec: next as Record<string, unknown>,
        });
        if (id === latest.current) {
          setCheck(result);
          setCheckError(null);
        }
      } catch (error) {
        if (id === latest.current) setCheckError(errorMessage(error));
      } finally {
        if (id === latest.current) setChecking(false);
      }
    }, CHECK_DELAY_MS);
  };

  // Checked whenever it changes, the edits of an earlier visit included.
  useEffect(() => runCheck(spec), [spec]);

  const publish = useCall(api.quizzes.publish.mutate, (result) => {
    draft.clear();
    router.replace(`/quizzes/${encodeURIComponent(quizId)}?published=${result.version}`, {
      scroll: false,
    });
    router.refresh();
  });

  const issues = check?.issues ?? [];
  const ready = check?.ok === true && !checking;
  return (
    <div className="editor">
      <div className="editor__form">
        <Card>
          <EditorHead title="Quiz">
            {checking ? 'Checking…' : check?.ok ? 'Ready to publish' : 'Not ready'}
          </EditorHead>
          <RestoredDraft draft={draft} version={version} />
          <SchemaForm
            schema={SPEC_SCHEMA}
            value={spec}
            onChange={draft.update}
            issues={issues}
            idPrefix="qb"
          />
        </Card>
      </div>
      <div className="editor__preview">
        <Card>
          <h2>Check</h2>
          {checkError && <Alert>Could not check the quiz: {checkError}</Alert>}
          {!check && !checkError && <p className="muted">Checking against the bank…</p>}
          {check && (
            <>
              <IssueSummary
                issues={issues}
                value={spec}
                idPrefix="qb"
                valid="Every id is published and every draw can be met."
              />
              {check.papers && (
                <>
                  <p>
                    <strong>{check.slots}</strong> question{check.slots === 1 ? '' : 's'} per paper
                    · <strong>{papersText(check.papers.papers)}</strong> distinct paper
                    {check.papers.papers === 1 ? '' : 's'}
                  </p>
                  {check.papers.draws.length > 0 && (
                    <DataTable
                      caption="Draws"
                      rows={check.papers.draws}
                      rowKey={(d) => d.path}
                      columns={[
                        { header: 'Draw', cell: (d) => d.text },
                        { header: 'Can choose from', num: true, cell: (d) => d.candidates },
                        { header: 'Ways', num: true, cell: (d) => papersText(d.ways) },
                      ]}
                    />
                  )}
                  {check.papers.warnings.map((w) => (
                    <Alert key={w.path} tone="info">
                      {w.message}.
                    </Alert>
                  ))}
                </>
              )}
            </>
          )}
          <PublishVersion
            version={version}
            ready={ready}
            publish={publish}
            onPublish={() =>
              publish.fire({
                quizId,
                moduleId,
                create: version === null,
                baseVersion: version,
                spec: spec as Record<string, unknown>,
              })
            }
          />
        </Card>
      </div>
    </div>
  );
}
