'use client';

import {
  changeEmail,
  changeName,
  changePassword,
  deleteAccount,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  unlockDevice,
} from '@alliance/auth/client';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Alert } from './alert';
import { BusyButton } from './busy-button';
import { Badge, Card } from './layout';
import { trpcMutation } from './trpc-call';

/**
 * The account page's parts both apps share: name, email, password, the data kept about you,
 * and deleting the account. Each calls better-auth's own endpoint (with its rate limits and
 * origin checks) and says in words what happened.
 */

export interface AccountProfile {
  name: string;
  email: string;
  emailVerified: boolean;
  role: string;
  createdAt: Date;
}

type Outcome = { tone: 'success' | 'error'; text: ReactNode } | null;

/** One small form: its fields, a button that is busy while the request runs, and its outcome. */
function AccountForm({
  title,
  intro,
  submit,
  busyLabel,
  danger = false,
  onSubmit,
  children,
}: {
  title: string;
  intro?: ReactNode;
  submit: string;
  busyLabel: string;
  /** A button that undoes nothing looks the part. */
  danger?: boolean;
  /** Resolves to what to tell the person. */
  onSubmit: (data: FormData, form: HTMLFormElement) => Promise<Outcome>;
  children: ReactNode;
}) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function handle(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setOutcome(null);
    try {
      setOutcome(await onSubmit(new FormData(form), form));
    } finally {
      setPending(false);
    }
  }
  return (
    <Card>
      <h2>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      <form className="form" onSubmit={handle}>
        {children}
        {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
        <div>
          <BusyButton
            type="submit"
            variant={danger ? 'danger' : 'primary'}
            busy={pending}
            busyLabel={busyLabel}
          >
            {submit}
          </BusyButton>
        </div>
      </form>
    </Card>
  );
}

const text = (data: FormData, name: string) => String(data.get(name) ?? '');

/** Change one's name. */
export function NameForm({ name }: { name: string }) {
  const router = useRouter();
  return (
    <AccountForm
      title="Your name"
      intro="As instructors and your cohort see it."
      submit="Save the name"
      busyLabel="Saving…"
      onSubmit={async (data) => {
        const next = text(data, 'name').trim();
        if (!next) return { tone: 'error', text: 'Enter a name.' };
        const error = await changeName({ name: next });
        if (error) return { tone: 'error', text: error };
        router.refresh();
        return { tone: 'success', text: 'Saved.' };
      }}
    >
      <label className="field">
        <span className="field__label">Name</span>
        <input name="name" defaultValue={name} autoComplete="name" required maxLength={100} />
      </label>
    </AccountForm>
  );
}

/** Move the account to another address, confirmed at that address first. */
export function EmailForm({ email, verified }: { email: string; verified: boolean }) {
  return (
    <AccountForm
      title="Your email"
      intro={
        <>
          You sign in as <strong>{email}</strong>{' '}
          <Badge tone={verified ? 'success' : 'accent'}>
            {verified ? 'confirmed' : 'not confirmed'}
          </Badge>
          . To use another address, enter it: a link goes there, and the change happens when you
          follow it.
        </>
      }
      submit="Send the link"
      busyLabel="Sending…"
      onSubmit={async (data, form) => {
        const newEmail = text(data, 'newEmail').trim().toLowerCase();
        if (!newEmail) return { tone: 'error', text: 'Enter the new address.' };
        if (newEmail === email.toLowerCase())
          return { tone: 'error', text: 'That is the address you have now.' };
        const error = await changeEmail({ newEmail });
        if (error) return { tone: 'error', text: error };
        form.reset();
        return {
          tone: 'success',
          text: (
            <>
              A link is on its way to <strong>{newEmail}</strong>. Follow it within a day to make it
              your address; until then you sign in as {email}.
            </>
          ),
        };
      }}
    >
      <label className="field">
        <span className="field__label">New email</span>
        <input name="newEmail" type="email" autoComplete="email" required maxLength={254} />
      </label>
    </AccountForm>
  );
}

/** Change the password, with the current one as proof; other devices are signed out. */
export function PasswordForm() {
  const router = useRouter();
  return (
    <AccountForm
      title="Your password"
      intro="Every other device signed in to your account is signed out when you change it."
      submit="Change the password"
      busyLabel="Changing…"
      onSubmit={async (data, form) => {
        const currentPassword = text(data, 'currentPassword');
        const newPassword = text(data, 'newPassword');
        if (newPassword.length < PASSWORD_MIN_LENGTH)
          return {
            tone: 'error',
            text: `Choose a new password of at least ${PASSWORD_MIN_LENGTH} characters.`,
          };
        if (newPassword !== text(data, 'again'))
          return { tone: 'error', text: 'The two new passwords differ. Type the same one twice.' };
        const error = await changePassword({ currentPassword, newPassword });
        if (error) return { tone: 'error', text: error };
        form.reset();
        router.refresh();
        return {
          tone: 'success',
          text: 'Your password is changed. Every other device is signed out.',
        };
      }}
    >
      <label className="field">
        <span className="field__label">Current password</span>
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
        />
      </label>
      <label className="field">
        <span className="field__label">New password</span>
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
        />
        <span className="field__hint">At least {PASSWORD_MIN_LENGTH} characters.</span>
      </label>
      <label className="field">
        <span className="field__label">The same again</span>
        <input
          name="again"
          type="password"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
        />
      </label>
    </AccountForm>
  );
}

/** A download of everything kept about the person, as JSON. */
export function YourData() {
  return (
    <Card>
      <h2>Your data</h2>
      <p className="muted">
        Everything Alliance Academy keeps about you, as one JSON file: your account, sign-ins,
        progress, answers, attempts and grades, mastery and review schedule, cohorts,
        accommodations, and the messages sent to you. Passwords and sign-in tokens are left out.
      </p>
      <p>
        <a className="button" href="/api/account/data" download>
          Download my data
        </a>
      </p>
    </Card>
  );
}

/** Delete the account: what goes, then the password and a tick as proof of intent. */
export function DeleteAccount({ staff }: { staff: boolean }) {
  const router = useRouter();
  return (
    <AccountForm
      title="Delete your account"
      intro={
        staff ? (
          <>
            Your account goes, and with it your sessions and any course work of yours. What you
            authored and graded stays, without your name; the audit log keeps the actions with no
            one named. This cannot be undone. The last admin cannot delete their account.
          </>
        ) : (
          <>
            Your account goes, and with it your progress, answers, attempts and grades, your mastery
            and review schedule, and your place in every cohort: instructors will no longer see you.
            Item statistics lose your answers. This cannot be undone.
          </>
        )
      }
      submit="Delete my account"
      busyLabel="Deleting…"
      danger
      onSubmit={async (data) => {
        if (data.get('understood') !== 'on')
          return { tone: 'error', text: 'Tick the box to say you understand first.' };
        const error = await deleteAccount({ password: text(data, 'password') });
        if (error) return { tone: 'error', text: error };
        router.push('/sign-in?deleted=1');
        router.refresh();
        return { tone: 'success', text: 'Your account is deleted.' };
      }}
    >
      <label className="field">
        <span className="field__label">Your password</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
        />
      </label>
      <label className="field field--inline">
        <input name="understood" type="checkbox" />{' '}
        <span>I understand that my account and everything in it will be gone for good.</span>
      </label>
    </AccountForm>
  );
}

/** The notices a learner can have by email, in the order the settings list them. */
const NOTICES = [
  ['essayGraded', 'An instructor graded an essay of mine'],
  ['gradeChanged', 'A regrade changed one of my grades'],
  ['cohortAdded', 'I was added to a cohort'],
  ['dueSoon', 'A due date is three days away and my course is not done'],
  ['reviewDigest', 'Weekly: how many review items are due'],
] as const;

export type NoticeSettings = Record<(typeof NOTICES)[number][0], boolean>;

/** Which notices come by email; each message also has a link that turns its kind off. */
export function NoticeSettingsForm({ settings }: { settings: NoticeSettings }) {
  return (
    <AccountForm
      title="Emails you get"
      intro="Account messages (confirming an address, a new password) always come. These you can turn off, here or from the link at the foot of each."
      submit="Save"
      busyLabel="Saving…"
      onSubmit={async (data) => {
        const chosen = Object.fromEntries(
          NOTICES.map(([kind]) => [kind, data.get(kind) === 'on']),
        ) as NoticeSettings;
        const { error } = await trpcMutation('notices.setSettings', chosen);
        return error ? { tone: 'error', text: error } : { tone: 'success', text: 'Saved.' };
      }}
    >
      <fieldset className="field">
        <legend className="field__label">Email me when…</legend>
        {NOTICES.map(([kind, label]) => (
          <label key={kind} className="field field--inline">
            <input type="checkbox" name={kind} defaultChecked={settings[kind]} />{' '}
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </AccountForm>
  );
}

/**
 * What a link from a message opens: a sentence and a button, and nothing happens until the
 * button is pressed (mail scanners that open links change nothing); then what came of it.
 */
function OnPurpose<T>({
  prompt,
  label,
  busyLabel,
  act,
  done,
}: {
  prompt: string;
  label: string;
  busyLabel: string;
  /** Resolves to a refusal in words, or to the result. */
  act: () => Promise<{ error: string | null; data?: T | null }>;
  done: (data: T) => ReactNode;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ data: T } | null>(null);
  if (result) return <>{done(result.data)}</>;
  return (
    <>
      {error && <Alert>{error}</Alert>}
      <p>{prompt}</p>
      <BusyButton
        variant="primary"
        busy={pending}
        busyLabel={busyLabel}
        onClick={async () => {
          setPending(true);
          const outcome = await act();
          setPending(false);
          setError(outcome.error);
          if (!outcome.error) setResult({ data: outcome.data as T });
        }}
      >
        {label}
      </BusyButton>
    </>
  );
}

/** A confirmation link's page: confirms a new account's address, or moves the account to one. */
export function ConfirmEmail({ token }: { token: string }) {
  return (
    <OnPurpose<{ email: string | null; changed: boolean }>
      prompt="Press the button to confirm that this address is yours."
      label="Confirm my email"
      busyLabel="Confirming…"
      act={() => trpcMutation('account.confirmEmail', { token })}
      done={({ email, changed }) => (
        <Alert tone="success" title={changed ? 'Your email is changed' : 'Email confirmed'}>
          <p>
            {changed
              ? `Your account now signs in as ${email}.`
              : `${email ?? 'Your address'} is confirmed.`}{' '}
            <a href="/sign-in?confirmed=1">Sign in</a>
          </p>
        </Alert>
      )}
    />
  );
}

/** A notice's "stop these emails" link: turns that kind off, without signing in. */
export function Unsubscribe({
  token,
  kind,
  what,
}: {
  token: string;
  kind: string | null;
  what: string;
}) {
  return (
    <OnPurpose<{ email: string }>
      prompt={`Stop sending ${what} to this address?`}
      label="Stop these emails"
      busyLabel="Saving…"
      act={() => trpcMutation('notices.unsubscribe', { token, kind })}
      done={({ email }) => (
        <Alert tone="success" title="Done">
          <p>
            {email} gets no more {what}. To have them again, sign in and turn them on from your
            account page.
          </p>
        </Alert>
      )}
    />
  );
}

/** An unlock link: lets this browser sign in to the paused account. */
export function UnlockDevice({ token }: { token: string }) {
  return (
    <OnPurpose<unknown>
      prompt="Press the button in the browser you want to sign in with."
      label="Let this browser sign in"
      busyLabel="Unlocking…"
      act={async () => ({ error: await unlockDevice({ token }) })}
      done={() => (
        <Alert tone="success" title="This browser can sign in">
          <p>
            <a href="/sign-in">Sign in</a> now, as usual.
          </p>
        </Alert>
      )}
    />
  );
}
