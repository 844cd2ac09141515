import { personalDataResponse } from '@alliance/api';
import { runtime } from '~/server/runtime';

export const dynamic = 'force-dynamic';

/** GET /api/account/data: everything kept about the signed-in person, as a JSON download. */
export function GET(request: Request) {
  return personalDataResponse(runtime(), request);
}
