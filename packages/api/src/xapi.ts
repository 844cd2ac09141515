import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * xAPI 1.0.3 statements from learning events: a lesson completed, an attempt submitted (passed,
 * failed or completed) or rescored, an item answered or rescored. Pure: the caller reads the
 * events and the names; this maps them, and `xapiStatementSchema` checks the result against the
 * statement structure of the xAPI 1.0.3 specification (Part Two, section 2).
 */

/** One row of learning_events, with the learner it belongs to. */
export interface LearningEvent {
  id: string;
  userId: string;
  userName: string;
  verb: string;
  objectType: string;
  objectId: string;
  attemptId: string | null;
  slot: string | null;
  result: unknown;
  occurredAt: Date;
}

/** What the statements name activities by: titles of lessons and quizzes, items' prompts. */
export interface ActivityNames {
  lessons: ReadonlyMap<string, string>;
  quizzes: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, { prompt: string; type: string }>;
}

const ADL = 'http://adlnet.gov/expapi';
const VERBS = {
  completed: `${ADL}/verbs/completed`,
  passed: `${ADL}/verbs/passed`,
  failed: `${ADL}/verbs/failed`,
  answered: `${ADL}/verbs/answered`,
  scored: `${ADL}/verbs/scored`,
} as const;
type Verb = keyof typeof VERBS;

/** quiz-engine item types as xAPI interaction types (cmi.interaction). */
const INTERACTION: Record<string, string> = {
  choice: 'choice',
  'multiple-response': 'choice',
  'inline-choice': 'choice',
  ordering: 'sequencing',
  matching: 'matching',
  categorize: 'matching',
  numeric: 'numeric',
  'short-text': 'fill-in',
  essay: 'long-fill-in',
};

/** A name-based UUID (version 5 layout, SHA-1) for ids that are not UUIDs, e.g. attempts. */
export function uuidFor(namespace: string, name: string): string {
  const hex = createHash('sha1').update(`${namespace}\u0000${name}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** ISO 8601 duration of a span in milliseconds, to the hundredth of a second. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

const en = (text: string) => ({ 'en-US': text });
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

interface Scored {
  points?: unknown;
  maxPoints?: unknown;
  fraction?: unknown;
  pending?: unknown;
  passed?: unknown;
  picks?: unknown;
  quizId?: unknown;
  startedAt?: unknown;
  submittedAt?: unknown;
}

/** The score part of a result, or nothing while a grade is pending or there are no marks. */
function score(result: Scored) {
  const points = num(result.points);
  const max = num(result.maxPoints);
  const fraction = num(result.fraction);
  if (result.pending === true || points === null || max === null || max <= 0) return undefined;
  const scaled = Math.max(-1, Math.min(1, fraction ?? points / max));
  return { scaled, raw: points, min: Math.min(0, points), max: Math.max(max, points) };
}

/**
 * The statement for one event. Activity ids live under the learner site (`webUrl`), learners
 * are identified by account (the site and their user id, never their email), and an attempt's
 * events share its registration, so an LRS can group an attempt's answers with its score.
 */
export function toStatement(event: LearningEvent, names: ActivityNames, webUrl: string) {
  const base = webUrl.replace(/\/+$/, '');
  const activity = (kind: string, id: string) =>
    `${base}/activities/${kind}/${encodeURIComponent(id)}`;
  const result = (event.result ?? {}) as Scored;
  const actor = {
    objectType: 'Agent' as const,
    name: event.userName,
    account: { homePage: base, name: event.userId },
  };
  const provisional = `${base}/xapi/extensions/provisional`;
  const common = {
    id: event.id,
    actor,
    timestamp: event.occurredAt.toISOString(),
    version: '1.0.3',
  };

  if (event.objectType === 'lesson') {
    return {
      ...common,
      verb: { id: VERBS.completed, display: en('completed') },
      object: {
        objectType: 'Activity' as const,
        id: activity('lesson', event.objectId),
        definition: {
          name: en(names.lessons.get(event.objectId) ?? event.objectId),
          type: `${ADL}/activities/lesson`,
        },
      },
      result: { completion: true },
    };
  }

  const quizId = event.objectType === 'attempt' ? event.objectId : String(result.quizId ?? '');
  const quiz = {
    objectType: 'Activity' as const,
    id: activity('quiz', quizId),
    definition: {
      name: en(names.quizzes.get(quizId) ?? quizId),
      type: `${ADL}/activities/assessment`,
    },
  };
  const registration = event.attemptId ? uuidFor('attempt', event.attemptId) : undefined;
  const pending = result.pending === true;
  const extensions = pending ? { [provisional]: true } : undefined;

  if (event.objectType === 'attempt') {
    const verb: Verb =
      event.verb === 'scored'
        ? 'scored'
        : result.passed === true
          ? 'passed'
          : result.passed === false
            ? 'failed'
            : 'completed';
    const started = typeof result.startedAt === 'string' ? Date.parse(result.startedAt) : NaN;
    const ended = typeof result.submittedAt === 'string' ? Date.parse(result.submittedAt) : NaN;
    return {
      ...common,
      verb: { id: VERBS[verb], display: en(verb) },
      object: quiz,
      result: {
        ...(score(result) ? { score: score(result) } : {}),
        ...(typeof result.passed === 'boolean' && !pending ? { success: result.passed } : {}),
        completion: true,
        ...(Number.isFinite(started) && Number.isFinite(ended) && verb !== 'scored'
          ? { duration: isoDuration(ended - started) }
          : {}),
        ...(extensions ? { extensions } : {}),
      },
      ...(registration ? { context: { registration } } : {}),
    };
  }

  const item = names.items.get(event.objectId);
  const interactionType = item ? INTERACTION[item.type] : undefined;
  const picks = Array.isArray(result.picks)
    ? result.picks.filter((p): p is string => typeof p === 'string')
    : null;
  const verb: Verb = event.verb === 'scored' ? 'scored' : 'answered';
  const scored = score(result);
  return {
    ...common,
    verb: { id: VERBS[verb], display: en(verb) },
    object: {
      objectType: 'Activity' as const,
      id: activity('item', event.objectId),
      definition: {
        name: en(event.objectId),
        ...(item ? { description: en(item.prompt) } : {}),
        type: `${ADL}/activities/cmi.interaction`,
        ...(interactionType ? { interactionType } : {}),
      },
    },
    result: {
      ...(scored ? { score: scored, success: scored.scaled >= 1 } : {}),
      ...(picks && interactionType === 'choice' ? { response: picks.join('[,]') } : {}),
      ...(extensions ? { extensions } : {}),
    },
    context: {
      ...(registration ? { registration } : {}),
      contextActivities: { parent: [quiz] },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The statement structure of xAPI 1.0.3 (Part Two §2.4), as far as these statements use it, with
// its MUSTs: UUIDs, absolute IRIs, language maps keyed by language tags, exactly one inverse
// functional identifier per agent, a score whose scaled lies in [−1, 1] and min ≤ raw ≤ max,
// ISO 8601 timestamps and durations, and no property the specification does not define.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const iri = z.string().refine((s) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s), 'must be an absolute IRI');
const irl = iri.refine((s) => /^https?:\/\//i.test(s), 'must be an http(s) IRL');
const uuid = z.string().regex(UUID, 'must be a UUID');
const languageMap = z
  .record(
    z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag'),
    z.string(),
  )
  .refine((m) => Object.keys(m).length > 0, 'needs at least one language');
const extensionsSchema = z.record(iri, z.unknown());
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

const agentSchema = z
  .strictObject({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:\S+@\S+$/)
      .optional(),
    mbox_sha1sum: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    openid: iri.optional(),
    account: z.strictObject({ homePage: irl, name: z.string().min(1) }).optional(),
  })
  .refine(
    (a) =>
      [a.mbox, a.mbox_sha1sum, a.openid, a.account].filter((v) => v !== undefined).length === 1,
    'an agent needs exactly one identifier',
  );

const activitySchema = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iri,
  definition: z
    .strictObject({
      name: languageMap.optional(),
      description: languageMap.optional(),
      type: iri.optional(),
      moreInfo: irl.optional(),
      interactionType: z
        .enum([
          'true-false',
          'choice',
          'fill-in',
          'long-fill-in',
          'matching',
          'performance',
          'sequencing',
          'likert',
          'numeric',
          'other',
        ])
        .optional(),
      extensions: extensionsSchema.optional(),
    })
    .optional(),
});

const scoreSchema = z
  .strictObject({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, 'min < max')
  .refine(
    (s) =>
      s.raw === undefined ||
      ((s.min === undefined || s.min <= s.raw) && (s.max === undefined || s.raw <= s.max)),
    'raw must lie between min and max',
  );

export const xapiStatementSchema = z.strictObject({
  id: uuid.optional(),
  actor: agentSchema,
  verb: z.strictObject({ id: iri, display: languageMap.optional() }),
  object: activitySchema,
  result: z
    .strictObject({
      score: scoreSchema.optional(),
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      response: z.string().optional(),
      duration: z.string().regex(ISO_DURATION, 'must be an ISO 8601 duration').optional(),
      extensions: extensionsSchema.optional(),
    })
    .optional(),
  context: z
    .strictObject({
      registration: uuid.optional(),
      contextActivities: z
        .strictObject({
          parent: z.array(activitySchema).optional(),
          grouping: z.array(activitySchema).optional(),
          category: z.array(activitySchema).optional(),
          other: z.array(activitySchema).optional(),
        })
        .optional(),
      platform: z.string().optional(),
      language: z.string().optional(),
      extensions: extensionsSchema.optional(),
    })
    .optional(),
  timestamp: z.string().regex(ISO_TIMESTAMP, 'must be an ISO 8601 timestamp').optional(),
  version: z
    .string()
    .regex(/^1\.0(\.\d+)?$/)
    .optional(),
});

export type XapiStatement = z.infer<typeof xapiStatementSchema>;
