/**
 * A quick check while writing: `npx tsx scripts/check-draft.ts <module-key>` validates the
 * module's items and cases with quiz-engine and counts each lesson's words. (The full checks
 * run in the test suite.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase, validateItem } from '@alliance/quiz-engine';

const key = process.argv[2];
if (!key) throw new Error('usage: check-draft.ts <module-key>');
const root = join(import.meta.dirname, '..');
const { items = [], cases = [] } = await import(join(root, 'items', `${key}.ts`));
let problems = 0;
for (const item of [...items, ...cases.flatMap((c: { items: unknown[] }) => c.items)]) {
  const result = validateItem(item);
  if (!result.ok) {
    problems++;
    console.log(`item ${(item as { id?: string }).id}:`, result.issues);
  }
  const def = result.definition;
  if (def && !def.explanation.trim()) console.log(`item ${def.id}: no explanation`);
  if (def && (def.type === 'choice' || def.type === 'multiple-response')) {
    for (const o of def.options)
      if (!o.feedback.trim()) console.log(`item ${def.id}: option ${o.id} has no feedback`);
  }
}
for (const c of cases) {
  const parsed = parseCase(c);
  if (!parsed.ok) {
    problems++;
    console.log(`case ${(c as { id?: string }).id}:`, parsed.issues);
  } else {
    const words = parsed.value.stimulus.split(/\s+/).filter(Boolean).length;
    console.log(`case ${parsed.value.id}: ${words} words, ${parsed.value.items.length} items`);
  }
}
const objectives = new Map<string, number>();
for (const item of [...items, ...cases.flatMap((c: { items: unknown[] }) => c.items)]) {
  for (const o of (item as { objectives?: string[] }).objectives ?? [])
    objectives.set(o, (objectives.get(o) ?? 0) + 1);
}
console.log('items per objective:', Object.fromEntries(objectives));
for (const dir of readdirSync(join(root, 'lessons'))) {
  for (const file of readdirSync(join(root, 'lessons', dir))) {
    const text = readFileSync(join(root, 'lessons', dir, file), 'utf8');
    const body = text
      .replace(/^---[\s\S]*?---/, '')
      .replace(/<[^>]*\/>/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
    const words = body
      .replace(/[#*_`>|-]/g, ' ')
      .split(/\s+/)
      .filter((w) => /[A-Za-z0-9]/.test(w)).length;
    console.log(`lesson ${dir}/${file}: ${words} words`);
  }
}
console.log(problems ? `${problems} problem(s)` : 'items and cases validate');
