import { Card, DataTable, EmptyState, Page } from '@alliance/ui';
import { FilterForm, SelectFilter } from '~/components/filters';
import { PagedList, pageOf } from '~/components/pager';
import { one, type SearchParams } from '~/server/params';
import { requireAdmin, runtime, serverApi } from '~/server/runtime';
import {
  InviteForm,
  NewPersonForm,
  PersonActions,
  ResendInvitation,
  RevokeInvitation,
} from './people-forms';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'People' };

const ROLES = ['learner', 'instructor', 'admin'] as const;

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const me = await requireAdmin('/people');
  const search = await searchParams;
  const q = one(search.q);
  const role = ROLES.find((r) => r === one(search.role));
  const page = pageOf(search);
  const api = await serverApi();
  const [result, invitations, unsent] = await Promise.all([
    api.people.list({ q, role, page }),
    api.people.invitations(),
    api.people.unsentMail(),
  ]);
  const now = new Date();
  return (
    <Page>
      <h1>People</h1>
      <p className="lead">
        Every account: invite someone or create an account, change its role, ban or unban it, or
        sign it out everywhere. The last admin stays an admin.
      </p>
      <FilterForm action="/people" label="Search people" submit="Search" clear>
        <div className="field">
          <label htmlFor="p-q">Name or email</label>
          <input id="p-q" name="q" type="search" defaultValue={q} />
        </div>
        <SelectFilter id="p-role" label="Role" name="role" value={role} any="Any role">
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </SelectFilter>
      </FilterForm>
      {unsent.length > 0 && (
        <Card>
          <h2>Mail not sent yet</h2>
          <p className="muted">
            Each is tried again by itself: after 30 seconds, then twice as long each time, at most
            every 6 hours. An error that repeats usually means SMTP_URL is wrong or the mail server
            refuses the sender.
          </p>
          <DataTable
            caption="Mail not sent yet"
            rows={unsent}
            rowKey={(m) => String(m.id)}
            columns={[
              {
                header: 'Message',
                cell: (m) => (
                  <>
                    {m.subject}
                    <span className="data-table__sub">to {m.to}</span>
                  </>
                ),
              },
              { header: 'Tries', num: true, cell: (m) => m.attempts },
              { header: 'Last error', cell: (m) => m.lastError ?? 'not tried yet' },
              {
                header: 'Next try',
                cell: (m) =>
                  m.dueAt.toLocaleTimeString('en-GB', { timeStyle: 'short', timeZone: 'UTC' }) +
                  ' UTC',
              },
            ]}
          />
        </Card>
      )}
      <InviteForm webUrl={runtime().env.WEB_URL} />
      {invitations.length > 0 && (
        <Card>
          <DataTable
            caption="Open invitations"
            captionVisible
            rows={invitations}
            rowKey={(i) => i.id}
            columns={[
              {
                header: 'Invited',
                cell: (i) => (
                  <>
                    {i.name}
                    <span className="data-table__sub">{i.email}</span>
                  </>
                ),
              },
              { header: 'Role', cell: (i) => i.role },
              { header: 'By', cell: (i) => i.invitedBy ?? '–' },
              {
                header: 'Link works until',
                cell: (i) =>
                  i.expiresAt < now
                    ? 'expired'
                    : i.expiresAt.toLocaleDateString('en-GB', {
                        dateStyle: 'medium',
                        timeZone: 'UTC',
                      }),
              },
              {
                header: <span className="visually-hidden">Actions</span>,
                cell: (i) => (
                  <div className="inline-actions">
                    <ResendInvitation invitationId={i.id} email={i.email} />
                    <RevokeInvitation invitationId={i.id} email={i.email} />
                  </div>
                ),
              },
            ]}
          />
        </Card>
      )}
      <NewPersonForm />
      <Card>
        {result.people.length === 0 ? (
          <EmptyState title="Nobody matches." />
        ) : (
          <PagedList
            path="/people"
            search={search}
            keep={['q', 'role']}
            paging={result}
            noun="account"
          >
            <DataTable
              caption="Accounts"
              rows={result.people}
              rowKey={(person) => person.id}
              columns={[
                {
                  header: 'Person',
                  cell: (person) => (
                    <>
                      {person.name}
                      <span className="data-table__sub">{person.email}</span>
                      {person.banned && (
                        <span className="data-table__sub">
                          Banned{person.banReason ? `: ${person.banReason}` : ''}
                        </span>
                      )}
                    </>
                  ),
                },
                { header: 'Sessions', num: true, cell: (person) => person.sessions },
                {
                  header: 'Role and access',
                  cell: (person) => <PersonActions person={person} isMe={person.id === me.id} />,
                },
              ]}
            />
          </PagedList>
        )}
      </Card>
    </Page>
  );
}
