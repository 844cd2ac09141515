'use client';

import { api, useCall } from '@alliance/api/react';
import { ITEM_TYPES } from '@alliance/quiz-engine';
import { Alert, Card } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Starts a new item: an id, a type and a module; the editor opens on a valid template. */
export function NewItemForm({ modules }: { modules: Array<{ id: string; title: string }> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const create = useCall(api.authoring.createItem.mutate, ({ itemId }) =>
    router.push(`/items/${encodeURIComponent(itemId)}`),
  );
  if (!open)
    return (
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          New item
        </button>
      </p>
    );
  return (
    <Card>
      <h2>New item</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          create.fire({
            itemId: String(data.get('itemId') ?? ''),
            type: String(data.get('type')) as (typeof ITEM_TYPES)[number],
            moduleId: String(data.get('moduleId') ?? '') || null,
          });
        }}
      >
        <div className="field">
          <label htmlFor="new-id">New item’s id</label>
          <input
            id="new-id"
            name="itemId"
            required
            maxLength={64}
            pattern="[A-Za-z0-9_.:\-]+"
            title="Letters, digits and _ . : - only"
            placeholder="e.g. trust-signals-2"
            // biome-ignore lint/a11y/noAutofocus: the form was opened to type this
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor="new-type">Item type</label>
          <select id="new-type" name="type" defaultValue="choice">
            {ITEM_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-module">In module</label>
          <select id="new-module" name="moduleId" defaultValue="">
            <option value="">No module</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary" disabled={create.pending}>
            {create.pending ? 'Creating…' : 'Create draft'}
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
      {create.error && <Alert>{create.error.message}</Alert>}
    </Card>
  );
}
