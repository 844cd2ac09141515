'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import { idFromName } from '@alliance/quiz-engine';
import { Alert, Badge, Card, DataTable } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionButton, FormCard, IdField } from '../../components/form-card';

type Row = RouterOutputs['cohorts']['previewMembers']['rows'][number];

/** A new cohort: its name, and an id made from it (which the admin may change before creating). */
export function NewCohortForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [id, setId] = useState<string | null>(null);
  const create = useCall(api.cohorts.create.mutate, ({ cohortId }) =>
    router.push(`/cohorts/${encodeURIComponent(cohortId)}`),
  );
  return (
    <FormCard
      title="New cohort"
      submit="Create cohort"
      busy="Creating…"
      pending={create.pending}
      error={create.error}
      onSubmit={(field) => create.fire({ cohortId: field('id'), name: field('name') })}
    >
      <div className="field">
        <label htmlFor="nc-name">Cohort name</label>
        <input
          id="nc-name"
          name="name"
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <IdField
        id="nc-id"
        label="Cohort id"
        placeholder="e.g. spring-2027"
        value={id ?? idFromName(name)}
        onChange={setId}
        hint="Made from the name; it appears in the cohort's links and cannot change later."
      />
    </FormCard>
  );
}

const STATUS_TONE: Record<Row['status'], 'success' | 'neutral' | 'accent'> = {
  add: 'success',
  already: 'neutral',
  duplicate: 'neutral',
  unknown: 'accent',
  unconfirmed: 'accent',
  invalid: 'accent',
};

/** Paste emails or choose a CSV; see what will happen row by row; then add. */
export function AddMembersForm({ cohortId }: { cohortId: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [role, setRole] = useState<'learner' | 'instructor'>('learner');
  const preview = useCall(api.cohorts.previewMembers.mutate);
  const add = useCall(api.cohorts.addMembers.mutate, () => {
    setText('');
    preview.reset();
    router.refresh();
  });
  const [invite, setInvite] = useState(true);
  const rows = preview.data?.rows ?? [];
  const adding = rows.filter((r) => r.status === 'add').length;
  const invitable = rows.filter((r) => r.status === 'unknown' || r.status === 'unconfirmed').length;
  const inviting = invite ? invitable : 0;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <Card>
      <h2>Add members</h2>
      <div className="field">
        <label htmlFor="am-text">Emails, one per line — or a CSV with an “email” column</label>
        <textarea
          id="am-text"
          rows={5}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            preview.reset();
          }}
        />
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor="am-file">Or upload a CSV file</label>
          <input
            id="am-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setText(await file.text());
              preview.reset();
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="am-role">Add as</label>
          <select
            id="am-role"
            value={role}
            onChange={(e) => setRole(e.target.value as 'learner' | 'instructor')}
          >
            <option value="learner">learners</option>
            <option value="instructor">instructors</option>
          </select>
        </div>
        <div className="filters__actions">
          <button
            type="button"
            className="button"
            disabled={!text.trim() || preview.pending}
            onClick={() => preview.fire({ cohortId, text, role })}
          >
            {preview.pending ? 'Checking…' : 'Preview'}
          </button>
        </div>
      </div>
      {preview.error && <Alert>{preview.error.message}</Alert>}
      {preview.data && (
        <>
          <DataTable
            caption="What adding this list would do"
            captionVisible
            rows={rows}
            rowKey={(r) => `${r.line}:${r.email}`}
            columns={[
              { header: 'Line', num: true, cell: (r) => r.line },
              {
                header: 'Email',
                cell: (r) => (
                  <>
                    {r.email}
                    {r.name && <span className="data-table__sub">{r.name}</span>}
                  </>
                ),
              },
              {
                header: 'Result',
                cell: (r) => <Badge tone={STATUS_TONE[r.status]}>{r.message}</Badge>,
              },
            ]}
          />
          {invitable > 0 && (
            <label className="field field--inline">
              <input
                type="checkbox"
                checked={invite}
                onChange={(e) => setInvite(e.target.checked)}
              />{' '}
              <span>
                Email an invitation to the {plural(invitable, 'address')} with no confirmed account:
                each joins the cohort as a {role} on accepting it.
              </span>
            </label>
          )}
          <div className="editor__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={adding + inviting === 0 || add.pending}
              onClick={() => add.fire({ cohortId, text, role, invite })}
            >
              {add.pending
                ? 'Adding…'
                : [
                    adding ? `Add ${plural(adding, role)}` : '',
                    inviting ? `${adding ? 'invite' : 'Invite'} ${inviting}` : '',
                  ]
                    .filter(Boolean)
                    .join(' and ')}
            </button>
            {rows.length > adding + inviting && (
              <span className="muted">
                {rows.length - adding - inviting} row(s) will be left out, as shown.
              </span>
            )}
          </div>
        </>
      )}
      {add.error && <Alert>{add.error.message}</Alert>}
      {add.data && (
        <Alert tone="success">
          Added {add.data.added}
          {add.data.invited ? `, invited ${add.data.invited}` : ''}; {add.data.skipped} left out.
        </Alert>
      )}
    </Card>
  );
}

const dateInput = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : '');

export function EnrollForm({
  cohortId,
  enrolled,
  opensAt,
  dueAt,
}: {
  cohortId: string;
  enrolled: boolean;
  opensAt: Date | null;
  dueAt: Date | null;
}) {
  const router = useRouter();
  const enroll = useCall(api.cohorts.enroll.mutate, () => router.refresh());
  return (
    <Card>
      <h2>Enrollment</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const date = (name: string) => {
            const value = String(data.get(name) ?? '');
            return value ? new Date(`${value}T00:00:00Z`) : null;
          };
          enroll.fire({
            cohortId,
            enrolled: data.get('enrolled') === 'on',
            opensAt: date('opensAt'),
            dueAt: date('dueAt'),
          });
        }}
      >
        <div className="field field--check">
          <label htmlFor="en-on">
            <input id="en-on" name="enrolled" type="checkbox" defaultChecked={enrolled} /> Enrolled
            in the course
          </label>
        </div>
        <div className="field">
          <label htmlFor="en-opens">Opens</label>
          <input id="en-opens" name="opensAt" type="date" defaultValue={dateInput(opensAt)} />
        </div>
        <div className="field">
          <label htmlFor="en-due">Due</label>
          <input id="en-due" name="dueAt" type="date" defaultValue={dateInput(dueAt)} />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary" disabled={enroll.pending}>
            Save enrollment
          </button>
        </div>
      </form>
      {enroll.error && <Alert>{enroll.error.message}</Alert>}
      {enroll.data && <p role="status">Saved.</p>}
    </Card>
  );
}

/** More time, extra attempts, a later due date — for one learner or a whole cohort. */
export function AccommodationForm({
  target,
  label,
  current,
  compact = false,
}: {
  target: { userId: string } | { cohortId: string };
  label: string;
  current: {
    timeMultiplier: number;
    extraAttempts: number;
    dueShiftDays: number;
    note: string | null;
  } | null;
  compact?: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(!compact);
  const save = useCall(api.cohorts.setAccommodation.mutate, () => router.refresh());
  const key = 'userId' in target ? target.userId : target.cohortId;
  if (!open)
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Accommodation…
      </button>
    );
  const body = (
    <form
      className="filters"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        save.fire({
          target,
          timeMultiplier: Number(data.get('timeMultiplier')),
          extraAttempts: Number(data.get('extraAttempts')),
          dueShiftDays: Number(data.get('dueShiftDays')),
          note: String(data.get('note') ?? '') || null,
        });
      }}
    >
      <NumberField
        id={`ac-time-${key}`}
        label="Time ×"
        name="timeMultiplier"
        min={1}
        max={5}
        step={0.05}
        value={current?.timeMultiplier ?? 1}
      />
      <NumberField
        id={`ac-att-${key}`}
        label="Extra attempts"
        name="extraAttempts"
        min={0}
        max={10}
        value={current?.extraAttempts ?? 0}
      />
      <NumberField
        id={`ac-due-${key}`}
        label="Due later by (days)"
        name="dueShiftDays"
        min={0}
        max={365}
        value={current?.dueShiftDays ?? 0}
      />
      <div className="field">
        <label htmlFor={`ac-note-${key}`}>Why (kept in the audit log)</label>
        <input
          id={`ac-note-${key}`}
          name="note"
          maxLength={500}
          defaultValue={current?.note ?? ''}
        />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary" disabled={save.pending}>
          Save accommodation
        </button>
      </div>
      {save.error && <Alert>{save.error.message}</Alert>}
      {save.data && (
        <p role="status">
          Saved
          {save.data.retimed > 0 ? `; ${save.data.retimed} attempt(s) in progress re-timed` : ''}.
        </p>
      )}
    </form>
  );
  return compact ? (
    body
  ) : (
    <Card>
      <h2>{label}</h2>
      {body}
    </Card>
  );
}

/** A number typed between `min` and `max`, starting at `value`. */
function NumberField({
  id,
  label,
  name,
  min,
  max,
  step,
  value,
}: {
  id: string;
  label: string;
  name: string;
  min: number;
  max: number;
  step?: number;
  value: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="number"
        min={min}
        max={max}
        step={step}
        defaultValue={value}
      />
    </div>
  );
}

export function RemoveMemberButton({
  cohortId,
  userId,
  name,
}: {
  cohortId: string;
  userId: string;
  name: string;
}) {
  return (
    <ActionButton
      call={api.cohorts.removeMember.mutate}
      input={{ cohortId, userId }}
      confirm={`Remove ${name} from the cohort?`}
      className="button button--small button--danger"
    >
      Remove
    </ActionButton>
  );
}
