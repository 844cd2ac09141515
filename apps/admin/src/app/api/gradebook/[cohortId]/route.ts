import { gradebookResponse } from '@alliance/api';
import { runtime } from '~/server/runtime';

export const dynamic = 'force-dynamic';

/** GET /api/gradebook/<cohort>: the cohort's gradebook as a CSV download. */
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  return gradebookResponse(runtime(), request, cohortId);
}
