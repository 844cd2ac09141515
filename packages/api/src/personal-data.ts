import { fileSafe } from './gradebook';
import type { ServerRuntime } from './runtime';

/**
 * GET /api/account/data: everything kept about the signed-in person as a JSON download (a GET
 * that reads only; the file is theirs alone and is never cached).
 */
export async function personalDataResponse(
  runtime: ServerRuntime,
  request: Request,
): Promise<Response> {
  const caller = await runtime.caller(request.headers);
  const me = await caller.users.me();
  if (!me) return new Response('Sign in to download your data.', { status: 401 });
  const data = await caller.account.data();
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="alliance-academy-${fileSafe(me.email)}-${day}.json"`,
      'cache-control': 'no-store',
    },
  });
}
