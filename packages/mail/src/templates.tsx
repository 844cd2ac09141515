import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import { render } from '@react-email/render';
import type { ReactNode } from 'react';

/** The course's name, as every message signs it. */
export const COURSE_NAME = 'Alliance Academy';

/** A message ready for the outbox: to whom, what it says, in HTML and in plain text. */
export interface Message {
  to: string;
  /** What kind of message (for the admin's list of failures, and for tests). */
  kind: MessageKind;
  subject: string;
  html: string;
  text: string;
}

export type MessageKind =
  | 'password-reset'
  | 'invitation'
  | 'email-confirmation'
  | 'sign-up-attempt'
  | 'email-changed'
  | 'account-deleted'
  | 'sign-in-unlock'
  | `notice:${NoticeName}`;

const page = { backgroundColor: '#f4f6fa', fontFamily: 'system-ui, -apple-system, sans-serif' };
const card = {
  backgroundColor: '#ffffff',
  borderRadius: 8,
  margin: '24px auto',
  maxWidth: 560,
  padding: 32,
};
const button = {
  backgroundColor: '#1d4f91',
  borderRadius: 6,
  color: '#ffffff',
  fontWeight: 600,
  padding: '12px 20px',
  textDecoration: 'none',
};
const muted = { color: '#52606d', fontSize: 14 };

/** One message's layout: a heading, the body, a button with its link, and why it was sent. */
function Layout({
  preview,
  heading,
  children,
  action,
  why,
  unsubscribe,
}: {
  preview: string;
  heading: string;
  children: ReactNode;
  /** The one thing to do, as a button; a notice that asks nothing has none. */
  action?: { label: string; url: string };
  why: string;
  /** A link that turns this kind of message off, without signing in. */
  unsubscribe?: string;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Heading as="h1" style={{ fontSize: 22 }}>
            {heading}
          </Heading>
          {children}
          {action && (
            <>
              <Section style={{ margin: '24px 0' }}>
                <Button href={action.url} style={button}>
                  {action.label}
                </Button>
              </Section>
              <Text style={muted}>If the button does not work, open this link: {action.url}</Text>
            </>
          )}
          <Text style={muted}>
            {why} — {COURSE_NAME}
          </Text>
          {unsubscribe && (
            <Text style={muted}>
              Stop these emails: {unsubscribe} (no sign-in needed; turn them on again from your
              account page).
            </Text>
          )}
        </Container>
      </Body>
    </Html>
  );
}

async function message(to: string, kind: MessageKind, subject: string, email: React.ReactElement) {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { to, kind, subject, html, text } satisfies Message;
}

/** A link to choose a new password, valid for an hour, after "Forgot password?". */
export function passwordResetMessage({ to, name, url }: { to: string; name: string; url: string }) {
  return message(
    to,
    'password-reset',
    `Reset your ${COURSE_NAME} password`,
    <Layout
      preview="Choose a new password"
      heading="Choose a new password"
      action={{ label: 'Choose a new password', url }}
      why="You get this because someone asked to reset the password of this account. If it was not you, ignore it: your password stays as it is"
    >
      <Text>Hello {name},</Text>
      <Text>
        Follow the link below within an hour to choose a new password. Every device signed in to
        your account is signed out when you do.
      </Text>
    </Layout>,
  );
}

/** An invitation to make an account, from the admin who made it. */
export function invitationMessage({
  to,
  name,
  role,
  url,
  expiresAt,
}: {
  to: string;
  name: string;
  role: string;
  url: string;
  expiresAt: Date;
}) {
  return message(
    to,
    'invitation',
    `You are invited to ${COURSE_NAME}`,
    <Layout
      preview={`Make your ${COURSE_NAME} account`}
      heading={`You are invited to ${COURSE_NAME}`}
      action={{ label: 'Make my account', url }}
      why="You get this because an administrator invited this address"
    >
      <Text>Hello {name},</Text>
      <Text>
        You have been invited as {role === 'learner' ? 'a learner' : `an ${role}`} to the course
        Strategic Alliances. Choose your password from the link below; it works once, until{' '}
        {expiresAt.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}.
      </Text>
    </Layout>,
  );
}

/**
 * The link that confirms an address: a new account's (`change` false), or the new address an
 * account asked to move to.
 */
export function emailConfirmationMessage({
  to,
  name,
  url,
  change,
}: {
  to: string;
  name: string;
  url: string;
  change: boolean;
}) {
  return message(
    to,
    'email-confirmation',
    change ? `Confirm your new ${COURSE_NAME} email` : `Confirm your ${COURSE_NAME} email`,
    <Layout
      preview="Confirm your email address"
      heading={change ? 'Confirm your new email address' : 'Confirm your email address'}
      action={{ label: 'Confirm my email', url }}
      why={
        change
          ? 'You get this because someone asked to move an account to this address. If it was not you, ignore it: nothing changes'
          : 'You get this because someone made an account with this address. If it was not you, ignore it: the account cannot be used'
      }
    >
      <Text>Hello {name},</Text>
      <Text>
        {change
          ? 'Follow the link below within a day to make this your sign-in address. Until then, your account keeps its old one.'
          : 'Follow the link below within a day to confirm that this address is yours. Then sign in and start the course.'}
      </Text>
    </Layout>,
  );
}

/** To an account's owner, when someone tried to make another account with its address. */
export function signUpAttemptMessage({
  to,
  name,
  signInUrl,
  resetUrl,
}: {
  to: string;
  name: string;
  signInUrl: string;
  resetUrl: string;
}) {
  return message(
    to,
    'sign-up-attempt',
    `Someone tried to sign up to ${COURSE_NAME} with your email`,
    <Layout
      preview="You already have an account"
      heading="You already have an account"
      action={{ label: 'Sign in', url: signInUrl }}
      why="You get this because someone tried to make an account with this address. If it was not you, ignore it: your account is unchanged"
    >
      <Text>Hello {name},</Text>
      <Text>
        Someone just tried to make a new account with this address, which already has one. If it was
        you, sign in instead. If you forgot your password, choose a new one at {resetUrl}.
      </Text>
    </Layout>,
  );
}

/** To the old address, once an account's email has moved to a new one. */
export function emailChangedMessage({
  to,
  name,
  newEmail,
}: {
  to: string;
  name: string;
  newEmail: string;
}) {
  return message(
    to,
    'email-changed',
    `Your ${COURSE_NAME} email was changed`,
    <Layout
      preview={`Your account now signs in as ${newEmail}`}
      heading="Your email address was changed"
      why="You get this because this was the account's address until now. If you did not make this change, reply to this message or tell your course admin at once"
    >
      <Text>Hello {name},</Text>
      <Text>
        Your account now signs in as {newEmail}, confirmed at that address. Messages go there from
        now on; this is the last one to this address.
      </Text>
    </Layout>,
  );
}

/** To the address of an account just deleted by its owner. */
export function accountDeletedMessage({ to, name }: { to: string; name: string }) {
  return message(
    to,
    'account-deleted',
    `Your ${COURSE_NAME} account was deleted`,
    <Layout
      preview="Your account and your work are gone"
      heading="Your account was deleted"
      why="You get this because this was the account's address. If you did not delete it, tell your course admin at once"
    >
      <Text>Hello {name},</Text>
      <Text>
        Your account was deleted, as you asked, with your progress, answers and grades. To study
        again, make a new account.
      </Text>
    </Layout>,
  );
}

/** The notices a learner can switch off, by name. */
export type NoticeName =
  | 'essay-graded'
  | 'grade-changed'
  | 'cohort-added'
  | 'due-soon'
  | 'review-digest';

/** What a notice says: its facts, its link, and the link that stops this kind. */
export type Notice = { to: string; name: string; unsubscribeUrl: string } & (
  | { notice: 'essay-graded'; quizTitle: string; url: string }
  | { notice: 'grade-changed'; quizTitle: string; before: string; after: string; url: string }
  | { notice: 'cohort-added'; cohortName: string; url: string }
  | { notice: 'due-soon'; cohortName: string; dueAt: Date; left: string; url: string }
  | { notice: 'review-digest'; due: number; url: string }
);

const longDate = (date: Date) =>
  date.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** Each notice's wording: subject, heading, what happened, the button, why it came. */
function noticeWording(n: Notice): {
  subject: string;
  heading: string;
  body: string;
  action: string;
  why: string;
} {
  switch (n.notice) {
    case 'essay-graded':
      return {
        subject: `Your essay on ${n.quizTitle} is graded`,
        heading: 'Your essay is graded',
        body: `An instructor graded your essay on ${n.quizTitle}. Your score and their comments are in the attempt's review.`,
        action: 'See the review',
        why: 'You get this because you asked to hear when an essay of yours is graded',
      };
    case 'grade-changed':
      return {
        subject: `Your grade on ${n.quizTitle} changed`,
        heading: 'A regrade changed your grade',
        body: `An instructor corrected a question on ${n.quizTitle}, and your score moved from ${n.before} to ${n.after}. The review shows what changed and why.`,
        action: 'See the review',
        why: 'You get this because you asked to hear when a regrade changes a grade of yours',
      };
    case 'cohort-added':
      return {
        subject: `You are in ${n.cohortName}`,
        heading: `You were added to ${n.cohortName}`,
        body: `You are now a learner in ${n.cohortName}. Its instructors see your progress; its dates, if it has any, are on your progress page.`,
        action: 'Open the course',
        why: 'You get this because you asked to hear when you are added to a cohort',
      };
    case 'due-soon':
      return {
        subject: `${n.cohortName} is due on ${longDate(n.dueAt)}`,
        heading: 'Three days to go',
        body: `${n.cohortName} is due on ${longDate(n.dueAt)}, and ${n.left}.`,
        action: 'Continue the course',
        why: 'You get this because you asked to hear when a due date is near and your work is not done',
      };
    case 'review-digest':
      return {
        subject: `${n.due} review ${n.due === 1 ? 'item is' : 'items are'} due this week`,
        heading: 'Your review this week',
        body: `${n.due} of the objectives you have studied ${n.due === 1 ? 'is' : 'are'} due for review: a few minutes now keeps them from fading.`,
        action: 'Start reviewing',
        why: 'You get this weekly because you asked for a digest of review items due',
      };
  }
}

/** A notice: what happened, a link to it, and a link that stops this kind without signing in. */
export function noticeMessage(n: Notice) {
  const w = noticeWording(n);
  return message(
    n.to,
    `notice:${n.notice}`,
    w.subject,
    <Layout
      preview={w.heading}
      heading={w.heading}
      action={{ label: w.action, url: n.url }}
      why={w.why}
      unsubscribe={n.unsubscribeUrl}
    >
      <Text>Hello {n.name},</Text>
      <Text>{w.body}</Text>
    </Layout>,
  );
}

/** To an account's owner when its sign-in paused: a link that lets one browser of theirs in. */
export function unlockMessage({ to, name, url }: { to: string; name: string; url: string }) {
  return message(
    to,
    'sign-in-unlock',
    `Sign-in to your ${COURSE_NAME} account is paused`,
    <Layout
      preview="Let your browser sign in"
      heading="Sign-in to your account is paused"
      action={{ label: 'Let this browser sign in', url }}
      why="You get this because someone failed to sign in to this account many times. If that was not you, your password held: consider changing it to a longer one"
    >
      <Text>Hello {name},</Text>
      <Text>
        Many wrong passwords were tried for your account in the last hour, so sign-in from browsers
        it does not know is paused. Open the link below, within an hour, in the browser you want to
        use, and press the button: that browser can then sign in as usual.
      </Text>
    </Layout>,
  );
}
