'use client';

import { api, useCall } from '@alliance/api/react';
import { ITEM_TYPES } from '@alliance/quiz-engine';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormCard, IdField, ModuleField, OpenButton } from '../../components/form-card';

/** Starts a new item: an id, a type and a module; the editor opens on a valid template. */
export function NewItemForm({ modules }: { modules: Array<{ id: string; title: string }> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const create = useCall(api.authoring.createItem.mutate, ({ itemId }) =>
    router.push(`/items/${encodeURIComponent(itemId)}`),
  );
  if (!open) return <OpenButton label="New item" onOpen={() => setOpen(true)} />;
  return (
    <FormCard
      title="New item"
      submit="Create draft"
      busy="Creating…"
      pending={create.pending}
      error={create.error}
      onCancel={() => setOpen(false)}
      onSubmit={(field) =>
        create.fire({
          itemId: field('itemId'),
          type: field('type') as (typeof ITEM_TYPES)[number],
          moduleId: field('moduleId') || null,
        })
      }
    >
      <IdField
        id="new-id"
        name="itemId"
        label="New item’s id"
        placeholder="e.g. trust-signals-2"
        autoFocus
      />
      <div className="field">
        <label htmlFor="new-type">Item type</label>
        <select id="new-type" name="type" defaultValue="choice">
          {ITEM_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <ModuleField id="new-module" modules={modules} />
    </FormCard>
  );
}
