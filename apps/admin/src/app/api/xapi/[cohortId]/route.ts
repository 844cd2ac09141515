import { xapiResponse } from '@alliance/api';
import { runtime } from '~/server/runtime';

export const dynamic = 'force-dynamic';

/** GET /api/xapi/<cohort>: the cohort's learning events as xAPI 1.0.3 statements (JSON). */
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  return xapiResponse(runtime(), request, cohortId);
}
