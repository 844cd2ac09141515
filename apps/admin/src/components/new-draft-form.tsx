'use client';

import { Card } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/**
 * Names a new quiz or case; its editor opens on a first draft, published only when it checks
 * (nothing is stored before that).
 */
export function NewDraftForm({
  noun,
  basePath,
  placeholder,
  modules,
}: {
  noun: 'quiz' | 'case';
  basePath: string;
  placeholder: string;
  modules: Array<{ id: string; title: string }>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          New {noun}
        </button>
      </p>
    );
  return (
    <Card>
      <h2>New {noun}</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const params = new URLSearchParams({
            new: '1',
            title: String(data.get('title') ?? ''),
            module: String(data.get('module') ?? ''),
          });
          router.push(`${basePath}/${encodeURIComponent(String(data.get('id')))}?${params}`);
        }}
      >
        <div className="field">
          <label htmlFor="draft-id">New {noun}’s id</label>
          <input
            id="draft-id"
            name="id"
            required
            maxLength={64}
            pattern="[A-Za-z0-9_.:\-]+"
            title="Letters, digits and _ . : - only"
            placeholder={placeholder}
          />
        </div>
        <div className="field">
          <label htmlFor="draft-title">Title</label>
          <input id="draft-title" name="title" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="draft-module">In module</label>
          <select id="draft-module" name="module" defaultValue="">
            <option value="">No module</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Open the {noun === 'quiz' ? 'builder' : 'editor'}
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    </Card>
  );
}
