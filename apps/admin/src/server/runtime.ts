import 'server-only';
import { getServerRuntime } from '@alliance/api';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';

export const runtime = () => getServerRuntime('admin');

/** The tRPC API as the current request's user, for server components. */
export const serverApi = cache(async () => {
  // Reading headers first marks the page dynamic, so nothing touches the database at build time.
  const requestHeaders = await headers();
  return runtime().caller(requestHeaders);
});

/** The signed-in user for this request (id, name, email, role), or null. */
export const currentUser = cache(async () => (await serverApi()).users.me());

/**
 * The gate of every staff page: anonymous → sign-in; a learner → 403 with app/forbidden.tsx.
 * (The API checks roles again on every procedure; this only decides what page to show.)
 */
export async function requireStaff(path: string) {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (user.role === 'learner') forbidden();
  return user;
}

/** The gate of admin-only pages: anonymous → sign-in; learners and instructors → 403. */
export async function requireAdmin(path: string) {
  const user = await requireStaff(path);
  if (user.role !== 'admin') forbidden();
  return user;
}
