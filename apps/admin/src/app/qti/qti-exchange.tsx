'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import { Alert, Badge, BusyButton, Card, DataTable, EmptyState } from '@alliance/ui';
import Link from 'next/link';
import { useState } from 'react';

type Preview = RouterOutputs['qti']['preview'];
const MAX_BYTES = 5 * 1024 * 1024;

/** The file's bytes as base64, for the API (tRPC speaks JSON). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function QtiExchange() {
  const [file, setFile] = useState<{ fileName: string; data: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const preview = useCall(api.qti.preview.mutate);
  const apply = useCall(api.qti.importFile.mutate);
  const exporting = useCall(api.qti.export.mutate, (result) => {
    const bytes = Uint8Array.from(atob(result.data), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.fileName;
    link.click();
    // Some browsers read the link after click() returns; let go of the bytes a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });

  return (
    <>
      <Card>
        <h2>Import</h2>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            if (file) preview.fire(file);
          }}
        >
          <div className="field">
            <label htmlFor="qti-file">QTI 3 file (.xml or .zip, 5 MB at most)</label>
            <input
              id="qti-file"
              type="file"
              accept=".xml,.zip,application/xml,text/xml,application/zip"
              onChange={async (event) => {
                const chosen = event.target.files?.[0];
                preview.reset();
                apply.reset();
                setFile(null);
                setReadError(null);
                if (!chosen) return;
                if (chosen.size > MAX_BYTES) {
                  setReadError(
                    `${chosen.name} is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`,
                  );
                  return;
                }
                setFile({ fileName: chosen.name, data: await toBase64(chosen) });
              }}
            />
          </div>
          <div className="filters__actions">
            <BusyButton
              type="submit"
              variant="primary"
              busy={preview.pending}
              busyLabel="Reading…"
              disabled={!file}
            >
              Preview the import
            </BusyButton>
          </div>
        </form>
        {readError && <Alert>{readError}</Alert>}
        {preview.error && <Alert>{preview.error.message}</Alert>}
        {preview.data && file && (
          <ImportPreview
            preview={preview.data}
            fileName={file.fileName}
            onConfirm={() => apply.fire(file)}
            applying={apply.pending}
          />
        )}
        {apply.error && <Alert>{apply.error.message}</Alert>}
        {apply.data && (
          <Alert tone="success">
            Imported {apply.data.items} item{apply.data.items === 1 ? '' : 's'} and{' '}
            {apply.data.cases} case{apply.data.cases === 1 ? '' : 's'}
            {apply.data.leftOut > 0 && ` (${apply.data.leftOut} left out: already in the bank)`}.{' '}
            <Link href="/items">Open the item bank</Link>
          </Alert>
        )}
      </Card>
      <Card>
        <h2>Export</h2>
        <p className="muted">
          Every published item and case as one QTI 3 content package. Items that QTI cannot express
          faithfully are listed, not silently dropped.
        </p>
        <BusyButton
          busy={exporting.pending}
          busyLabel="Packing…"
          onClick={() => exporting.fire({})}
        >
          Export the bank
        </BusyButton>
        {exporting.error && <Alert>{exporting.error.message}</Alert>}
        {exporting.data && (
          <>
            <Alert tone="success">
              Exported {exporting.data.exported.length} items and cases to {exporting.data.fileName}
              .
            </Alert>
            {exporting.data.notExported.length > 0 && (
              <details>
                <summary>{exporting.data.notExported.length} not exported, and why</summary>
                <ul>
                  {exporting.data.notExported.map((n) => (
                    <li key={n.id}>
                      <code>{n.id}</code>: {n.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </Card>
    </>
  );
}

function ImportPreview({
  preview,
  fileName,
  onConfirm,
  applying,
}: {
  preview: Preview;
  fileName: string;
  onConfirm: () => void;
  applying: boolean;
}) {
  const fresh =
    preview.items.filter((i) => !i.exists).length + preview.cases.filter((c) => !c.exists).length;
  return (
    <div className="stack">
      <h3>What {fileName} would add</h3>
      {preview.errors.map((error) => (
        <Alert key={error}>{error}</Alert>
      ))}
      {preview.items.length + preview.cases.length === 0 ? (
        <EmptyState title="Nothing in this file can be imported." />
      ) : (
        <DataTable
          caption="Items and cases in the file"
          rows={[
            ...preview.cases.map((c) => ({
              ...c,
              key: `case:${c.definition.id}`,
              sub: c.definition.title,
              type: `case of ${c.definition.items.length}`,
            })),
            ...preview.items.map((i) => ({
              ...i,
              key: `item:${i.definition.id}`,
              sub: i.definition.prompt,
              type: i.definition.type,
            })),
          ]}
          rowKey={(entry) => entry.key}
          columns={[
            {
              header: 'Id',
              cell: (entry) => (
                <>
                  <code>{entry.definition.id}</code>
                  <span className="data-table__sub">{entry.sub}</span>
                </>
              ),
            },
            { header: 'Type', cell: (entry) => entry.type },
            { header: 'From', cell: (entry) => entry.sourcePath },
            {
              header: 'Notes',
              cell: (entry) => (
                <>
                  {entry.exists && <Badge>exists: left out</Badge>}
                  {entry.warnings.map((w) => (
                    <div key={w}>{w}</div>
                  ))}
                </>
              ),
            },
          ]}
        />
      )}
      {preview.skipped.length > 0 && (
        <div>
          <h4>Cannot be imported</h4>
          <ul>
            {preview.skipped.map((s) => (
              <li key={`${s.sourcePath}:${s.reason}`}>
                <code>{s.sourcePath}</code>: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <BusyButton
        variant="primary"
        busy={applying}
        busyLabel="Importing…"
        disabled={fresh === 0}
        onClick={onConfirm}
      >
        {`Import ${fresh} new ${fresh === 1 ? 'entry' : 'entries'} into the bank`}
      </BusyButton>
    </div>
  );
}
