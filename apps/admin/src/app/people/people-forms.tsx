'use client';

import { api, useCall } from '@alliance/api/react';
import { Alert, Card } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { ActionButton, FormCard, OpenButton } from '../../components/form-card';

const ROLES = ['learner', 'instructor', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** Name and email, anything between (a first password), then the role: both forms' fields. */
function PersonFields({ prefix, children }: { prefix: string; children?: ReactNode }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>Name</label>
        <input id={`${prefix}-name`} name="name" required maxLength={100} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-email`}>Email</label>
        <input id={`${prefix}-email`} name="email" type="email" required autoComplete="off" />
      </div>
      {children}
      <div className="field">
        <label htmlFor={`${prefix}-role`}>Role</label>
        <select id={`${prefix}-role`} name="role" defaultValue="learner">
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </div>
    </>
  );
}

/** A new account: name, email, a first password for its owner, and a role. */
export function NewPersonForm() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const create = useCall(api.people.create.mutate, () => {
    setOpen(false);
    router.refresh();
  });
  if (!open)
    return (
      <OpenButton label="New account" onOpen={() => setOpen(true)}>
        {create.data && (
          <span className="muted" role="status">
            {' '}
            Account created.
          </span>
        )}
      </OpenButton>
    );
  return (
    <FormCard
      title="New account"
      submit="Create account"
      busy="Creating…"
      pending={create.pending}
      error={create.error}
      onCancel={() => setOpen(false)}
      onSubmit={(field) =>
        create.fire({
          name: field('name'),
          email: field('email'),
          password: field('password'),
          role: field('role') as Role,
        })
      }
    >
      <PersonFields prefix="np">
        <div className="field">
          <label htmlFor="np-password">First password (12 characters or more)</label>
          <input
            id="np-password"
            name="password"
            type="password"
            required
            minLength={12}
            autoComplete="new-password"
          />
        </div>
      </PersonFields>
    </FormCard>
  );
}

/** Role, ban and sign-out controls for one account; each says what went wrong, if anything. */
export function PersonActions({
  person,
  isMe,
}: {
  person: { id: string; name: string; role: string; banned: boolean };
  isMe: boolean;
}) {
  const router = useRouter();
  const done = () => router.refresh();
  const setRole = useCall(api.people.setRole.mutate, done);
  const ban = useCall(api.people.ban.mutate, done);
  const unban = useCall(api.people.unban.mutate, done);
  const revoke = useCall(api.people.revokeSessions.mutate, done);
  const error = setRole.error ?? ban.error ?? unban.error ?? revoke.error;
  return (
    <div className="person-actions">
      <label className="visually-hidden" htmlFor={`role-${person.id}`}>
        Role of {person.name}
      </label>
      <select
        id={`role-${person.id}`}
        value={person.role}
        disabled={setRole.pending}
        onChange={(e) => setRole.fire({ userId: person.id, role: e.target.value as Role })}
      >
        {ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      {person.banned ? (
        <button
          type="button"
          className="button button--small"
          disabled={unban.pending}
          onClick={() => unban.fire({ userId: person.id })}
        >
          Unban
        </button>
      ) : (
        !isMe && (
          <button
            type="button"
            className="button button--small button--danger"
            disabled={ban.pending}
            onClick={() => {
              const reason = window.prompt(`Ban ${person.name}? Give a reason (optional).`);
              if (reason !== null) ban.fire({ userId: person.id, reason });
            }}
          >
            Ban
          </button>
        )
      )}
      <button
        type="button"
        className="button button--small"
        disabled={revoke.pending}
        onClick={() => revoke.fire({ userId: person.id })}
      >
        Sign out everywhere
      </button>
      {error && <Alert>{error.message}</Alert>}
      {revoke.data && (
        <span className="muted" role="status">
          Signed out.
        </span>
      )}
    </div>
  );
}

/**
 * An invitation: name, email and role. It is emailed; the link also appears here once (the
 * server keeps only its hash), with a button that copies it.
 */
export function InviteForm({ webUrl }: { webUrl: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const invite = useCall(api.people.invite.mutate, () => {
    setCopied(false);
    setOpen(false);
    router.refresh();
  });
  const link = invite.data ? `${webUrl.replace(/\/+$/, '')}/invite/${invite.data.token}` : null;
  if (!open)
    return (
      <Card>
        <h2>Invite someone</h2>
        <p className="muted">
          We email them a link that works once, for 7 days, to choose their own password. The link
          is also shown here once, to copy if the mail does not reach them.
        </p>
        {link && invite.data && (
          <div className="field" role="status">
            <label htmlFor="inv-link">
              {invite.data.emailed ? `Emailed to ${invite.data.email}. ` : ''}Invitation link for{' '}
              {invite.data.email} (works until{' '}
              {invite.data.expiresAt.toLocaleDateString('en-GB', { dateStyle: 'medium' })})
            </label>
            <div className="inline-actions">
              <input
                id="inv-link"
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button
                type="button"
                className="button"
                onClick={async () => {
                  await navigator.clipboard?.writeText(link).catch(() => undefined);
                  setCopied(true);
                }}
              >
                {copied ? 'Copied' : 'Copy link'}
              </button>
            </div>
          </div>
        )}
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {link ? 'Invite someone else' : 'Invite someone'}
        </button>
      </Card>
    );
  return (
    <FormCard
      title="Invite someone"
      submit="Send the invitation"
      busy="Inviting…"
      pending={invite.pending}
      error={invite.error}
      onCancel={() => setOpen(false)}
      onSubmit={(field) =>
        invite.fire({ name: field('name'), email: field('email'), role: field('role') as Role })
      }
    >
      <PersonFields prefix="inv" />
    </FormCard>
  );
}

/** Emails an open invitation again, with a new link (the old one stops working). */
export function ResendInvitation({ invitationId, email }: { invitationId: string; email: string }) {
  return (
    <ActionButton
      call={api.people.resendInvitation.mutate}
      input={{ invitationId }}
      label={`Send the invitation to ${email} again`}
      done="Sent again."
    >
      Send again
    </ActionButton>
  );
}

/** Withdraws an invitation that has not been used. */
export function RevokeInvitation({ invitationId, email }: { invitationId: string; email: string }) {
  return (
    <ActionButton
      call={api.people.revokeInvitation.mutate}
      input={{ invitationId }}
      label={`Revoke the invitation to ${email}`}
    >
      Revoke
    </ActionButton>
  );
}
