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

export type MessageKind = 'password-reset' | 'invitation';

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
}: {
  preview: string;
  heading: string;
  children: ReactNode;
  action: { label: string; url: string };
  why: string;
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
          <Section style={{ margin: '24px 0' }}>
            <Button href={action.url} style={button}>
              {action.label}
            </Button>
          </Section>
          <Text style={muted}>If the button does not work, open this link: {action.url}</Text>
          <Text style={muted}>
            {why} — {COURSE_NAME}
          </Text>
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
