'use client';

import { Card } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Names a new quiz; the builder opens on a first draft of it, published only when it checks. */
export function NewQuizForm({ modules }: { modules: Array<{ id: string; title: string }> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          New quiz
        </button>
      </p>
    );
  return (
    <Card>
      <h2>New quiz</h2>
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
          router.push(`/quizzes/${encodeURIComponent(String(data.get('quizId')))}?${params}`);
        }}
      >
        <div className="field">
          <label htmlFor="quiz-id">New quiz’s id</label>
          <input
            id="quiz-id"
            name="quizId"
            required
            maxLength={64}
            pattern="[A-Za-z0-9_.:\-]+"
            title="Letters, digits and _ . : - only"
            placeholder="e.g. trust-check"
          />
        </div>
        <div className="field">
          <label htmlFor="quiz-title">Title</label>
          <input id="quiz-title" name="title" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="quiz-module">In module</label>
          <select id="quiz-module" name="module" defaultValue="">
            <option value="">No module (course-wide)</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Open the builder
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    </Card>
  );
}
