import { adminClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';
import { ac, roles } from './permissions';

/** The browser's auth client; same-origin, since each app mounts better-auth at /api/auth. */
export const authClient = createAuthClient({
  plugins: [adminClient({ ac, roles })],
});
