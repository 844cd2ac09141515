import { activityNames, cohortEventsPage, type Database } from '@alliance/db';
import { cohortForDownload, fileSafe } from './gradebook';
import type { ServerRuntime } from './runtime';
import { toStatement } from './xapi';

const PAGE = 1000;

/**
 * A cohort's learning events as one JSON array of xAPI 1.0.3 statements, produced a page of
 * events at a time (keyset on the event order), so a large cohort never sits in memory.
 */
export function xapiStream(db: Database, cohortId: string, webUrl: string): ReadableStream {
  const encoder = new TextEncoder();
  let names: Awaited<ReturnType<typeof activityNames>> | null = null;
  let afterSeq = 0;
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      try {
        names ??= await activityNames(db);
        const page = await cohortEventsPage(db, { cohortId, afterSeq, limit: PAGE });
        let chunk = first ? '[' : '';
        for (const event of page) {
          chunk += `${first ? '\n' : ',\n'}${JSON.stringify(toStatement(event, names, webUrl))}`;
          first = false;
        }
        afterSeq = page.at(-1)?.seq ?? afterSeq;
        if (page.length < PAGE) {
          controller.enqueue(encoder.encode(`${chunk}${first ? ']\n' : '\n]\n'}`));
          controller.close();
        } else controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

/** GET handler body: the cohort's statements as a JSON download, for admins and its instructors. */
export async function xapiResponse(
  runtime: ServerRuntime,
  request: Request,
  cohortId: string,
): Promise<Response> {
  const access = await cohortForDownload(runtime, request, cohortId, 'xAPI statements');
  if ('refused' in access) return access.refused;
  return new Response(xapiStream(runtime.db, cohortId, runtime.env.WEB_URL), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="xapi-${fileSafe(cohortId)}.json"`,
      'cache-control': 'no-store',
    },
  });
}
