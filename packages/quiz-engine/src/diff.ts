import { formatPath } from './core';

export interface Change {
  /** `options[2].fraction`, or '' for the whole value. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What differs between two JSON values (two versions of a definition), path by path, in a
 * stable order: arrays by position, objects by key. Equal values give no changes.
 */
export function diffValues(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  const walk = (a: unknown, b: unknown, path: Array<string | number>) => {
    if (Object.is(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length)
          changes.push({ path: formatPath([...path, i]), kind: 'added', after: b[i] });
        else if (i >= b.length)
          changes.push({ path: formatPath([...path, i]), kind: 'removed', before: a[i] });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) {
        const inA = Object.hasOwn(a, key) && a[key] !== undefined;
        const inB = Object.hasOwn(b, key) && b[key] !== undefined;
        if (inA && !inB)
          changes.push({ path: formatPath([...path, key]), kind: 'removed', before: a[key] });
        else if (!inA && inB)
          changes.push({ path: formatPath([...path, key]), kind: 'added', after: b[key] });
        else if (inA && inB) walk(a[key], b[key], [...path, key]);
      }
      return;
    }
    changes.push({ path: formatPath(path), kind: 'changed', before: a, after: b });
  };
  walk(before, after, []);
  return changes;
}
