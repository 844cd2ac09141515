'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from './alert';
import { DataTable } from './data-table';
import { trpcMutation } from './trpc-call';

export interface SessionRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
}

/** A browser and system in words, from a user-agent string ("Chrome on Linux"). */
export function describeAgent(agent: string | null): string {
  if (!agent) return 'Unknown browser';
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : 'A browser';
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  return system ? `${browser} on ${system}` : browser;
}

/** An address worth showing: not missing, and not the all-zero one recorded without a proxy. */
const knownAddress = (ip: string | null) => ip !== null && !/^[0:.]*$/.test(ip);

const mutate = async (path: string, input?: unknown) => (await trpcMutation(path, input)).error;

const when = (date: Date) =>
  date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Where you are signed in, with a way to sign out of any of them, or of all but this one. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const act = async (key: string, path: string, input?: unknown) => {
    setPending(key);
    const problem = await mutate(path, input);
    setPending(null);
    setError(problem);
    if (!problem) {
      if (key === 'current') router.push('/sign-in');
      router.refresh();
    }
  };
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      {error && <Alert>{error}</Alert>}
      <DataTable
        caption="Your sessions, most recent first"
        rows={sessions}
        rowKey={(s) => s.id}
        columns={[
          {
            header: 'Device',
            cell: (s) => (
              <>
                {describeAgent(s.userAgent)}
                {s.current && <strong> (this device)</strong>}
                {knownAddress(s.ipAddress) && (
                  <span className="data-table__sub">{s.ipAddress}</span>
                )}
              </>
            ),
          },
          { header: 'Signed in', cell: (s) => when(s.createdAt) },
          { header: 'Last active', cell: (s) => when(s.updatedAt) },
          {
            header: <span className="visually-hidden">Actions</span>,
            cell: (s) => (
              <button
                type="button"
                className="button button--small"
                disabled={pending !== null}
                onClick={() =>
                  act(s.current ? 'current' : s.id, 'account.endSession', { sessionId: s.id })
                }
              >
                Sign out{s.current ? ' here' : ''}
              </button>
            ),
          },
        ]}
      />
      <p>
        <button
          type="button"
          className="button"
          disabled={others === 0 || pending !== null}
          onClick={() => act('others', 'account.endOtherSessions')}
        >
          Sign out everywhere else{others > 0 ? ` (${others})` : ''}
        </button>
      </p>
    </>
  );
}
