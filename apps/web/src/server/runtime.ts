import 'server-only';
import { getServerRuntime } from '@alliance/api';
import { headers } from 'next/headers';
import { cache } from 'react';

export const runtime = () => getServerRuntime('web');

/** The tRPC API as the current request's user, for server components. */
export const serverApi = cache(async () => {
  // Reading headers first marks the page dynamic, so nothing touches the database at build time.
  const requestHeaders = await headers();
  return runtime().caller(requestHeaders);
});

/** The signed-in user for this request (id, name, email, role), or null. */
export const currentUser = cache(async () => (await serverApi()).users.me());
