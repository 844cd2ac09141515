import {
  type Checked,
  formatNumber,
  type Issue,
  ok,
  own,
  type RawScore,
  roundScore,
} from '../core';

/**
 * The logic matching and categorize share: each of several "things" (premises, cards) is assigned
 * one of several "targets" (responses, buckets). Targets may be reused or never used.
 */
export const ASSIGNMENT_POLICIES = ['per-part', 'all-or-nothing'] as const;
export type AssignmentPolicy = (typeof ASSIGNMENT_POLICIES)[number];

export interface AssignmentKey {
  things: ReadonlyArray<{ id: string; text: string; answer: string }>;
  targets: ReadonlyArray<{ id: string; text: string }>;
}

/** A response maps thing id → target id, or null/absent for "not answered". */
export type Assignment = Record<string, string | null>;

export function parseAssignment(
  key: AssignmentKey,
  raw: unknown,
  field: string,
  thingWord: string,
): Checked<Assignment> {
  const value =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      issues: [{ path: field, message: `expected { ${field}: { ${thingWord} id: target id } }` }],
    };
  }
  const entries = Object.entries(value);
  // More entries than things means unknown ids: one issue, not one per entry of a huge object.
  if (entries.length > key.things.length) {
    return {
      ok: false,
      issues: [
        {
          path: field,
          message: `has ${entries.length} entries for ${key.things.length} ${thingWord}s`,
        },
      ],
    };
  }
  const issues: Issue[] = [];
  const out: Assignment = {};
  const targetIds = new Set(key.targets.map((t) => t.id));
  const thingIds = new Set(key.things.map((t) => t.id));
  for (const [thing, target] of entries) {
    if (!thingIds.has(thing))
      issues.push({ path: `${field}.${thing}`, message: `unknown ${thingWord} "${thing}"` });
    else if (target === null) out[thing] = null;
    else if (typeof target !== 'string')
      issues.push({ path: `${field}.${thing}`, message: 'must be an id or null' });
    else if (!targetIds.has(target))
      issues.push({ path: `${field}.${thing}`, message: `unknown choice "${target}"` });
    else out[thing] = target;
  }
  return issues.length ? { ok: false, issues } : ok(out);
}

export function scoreAssignment(
  key: AssignmentKey,
  response: Assignment,
  policy: AssignmentPolicy,
  policyName: string,
): RawScore {
  const parts: Record<string, boolean> = {};
  const steps: string[] = [];
  let right = 0;
  const targetText = new Map(key.targets.map((t) => [t.id, t.text]));
  for (const thing of key.things) {
    const given = own(response, thing.id) ?? null;
    const correct = given === thing.answer;
    parts[thing.id] = correct;
    if (correct) right++;
    steps.push(
      given === null
        ? `"${thing.text}": not answered`
        : `"${thing.text}" → "${targetText.get(given) ?? given}" (${correct ? 'right' : 'wrong'})`,
    );
  }
  const n = key.things.length;
  const fraction = policy === 'all-or-nothing' ? (right === n ? 1 : 0) : n === 0 ? 0 : right / n;
  steps.push(
    policy === 'all-or-nothing'
      ? `${right} of ${n} right; all needed → ${fraction}`
      : `${right} of ${n} right → ${formatNumber(fraction)}`,
  );
  return {
    fraction: roundScore(fraction),
    policy: `${policyName}/${policy}`,
    steps,
    feedback: [],
    parts,
  };
}

export function keyAssignment(key: AssignmentKey): Assignment {
  return Object.fromEntries(key.things.map((t) => [t.id, t.answer]));
}

/** Unique ids among things and among targets, and every answer a real target. */
export function assignmentIssues(
  key: AssignmentKey,
  thingsPath: string,
  targetsPath: string,
  answerField: string,
): Issue[] {
  const issues: Issue[] = [];
  const seenThings = new Set<string>();
  key.things.forEach((t, i) => {
    if (seenThings.has(t.id))
      issues.push({ path: `${thingsPath}[${i}].id`, message: `"${t.id}" is used twice` });
    seenThings.add(t.id);
  });
  const targets = new Set<string>();
  key.targets.forEach((t, i) => {
    if (targets.has(t.id))
      issues.push({ path: `${targetsPath}[${i}].id`, message: `"${t.id}" is used twice` });
    targets.add(t.id);
  });
  key.things.forEach((t, i) => {
    if (!targets.has(t.answer)) {
      issues.push({
        path: `${thingsPath}[${i}].${answerField}`,
        message: `"${t.answer}" is not one of the ${targetsPath}`,
      });
    }
  });
  return issues;
}
