'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormCard, IdField, ModuleField, OpenButton } from './form-card';

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
  if (!open) return <OpenButton label={`New ${noun}`} onOpen={() => setOpen(true)} />;
  return (
    <FormCard
      title={`New ${noun}`}
      submit={`Open the ${noun === 'quiz' ? 'builder' : 'editor'}`}
      onCancel={() => setOpen(false)}
      onSubmit={(field) => {
        const params = new URLSearchParams({
          new: '1',
          title: field('title'),
          module: field('module'),
        });
        router.push(`${basePath}/${encodeURIComponent(field('id'))}?${params}`);
      }}
    >
      <IdField id="draft-id" label={`New ${noun}’s id`} placeholder={placeholder} />
      <div className="field">
        <label htmlFor="draft-title">Title</label>
        <input id="draft-title" name="title" required maxLength={200} />
      </div>
      <ModuleField id="draft-module" name="module" modules={modules} />
    </FormCard>
  );
}
