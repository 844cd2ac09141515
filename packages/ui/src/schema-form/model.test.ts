import { itemDefinitionSchema } from '@alliance/quiz-engine';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  anchorPath,
  defaultFor,
  elementLabel,
  fieldId,
  getAt,
  issuesAt,
  type JsonSchema,
  kindOf,
  labelFor,
  moveElement,
  newElement,
  nullableOf,
  pathString,
  setAt,
  variantsOf,
} from './model';

const itemSchemas = (
  z.toJSONSchema(itemDefinitionSchema, { io: 'input', unrepresentable: 'any' }) as {
    oneOf: JsonSchema[];
  }
).oneOf;
const schemaOf = (type: string) => {
  const found = itemSchemas.find((s) => s.properties?.type?.const === type);
  if (!found) throw new Error(`no schema for ${type}`);
  return found;
};

describe('kindOf', () => {
  it('knows every field of every item type (nothing falls back to raw JSON)', () => {
    const fallbacks: string[] = [];
    const walk = (schema: JsonSchema, path: string) => {
      const kind = kindOf(schema);
      if (kind === 'json') fallbacks.push(path);
      for (const [key, child] of Object.entries(schema.properties ?? {}))
        walk(child, `${path}.${key}`);
      if (schema.items) walk(schema.items, `${path}[]`);
    };
    for (const schema of itemSchemas) walk(schema, String(schema.properties?.type?.const));
    expect(fallbacks).toEqual([]);
  });

  it('reads enums, consts, unions and plain types', () => {
    expect(kindOf({ enum: ['a', 'b'] })).toBe('enum');
    expect(kindOf({ type: 'string', const: 'choice' })).toBe('const');
    expect(kindOf({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toBe('string-or-number');
    expect(kindOf({ anyOf: [{ type: 'string' }, { type: 'boolean' }] })).toBe('json');
    expect(kindOf({ type: 'integer' })).toBe('integer');
    expect(kindOf({ type: 'object' })).toBe('json');
  });
});

describe('defaultFor and newElement', () => {
  it('builds a new choice option with the next free id and schema defaults', () => {
    const options = schemaOf('choice').properties?.options as JsonSchema;
    expect(newElement(options, [{ id: 'a' }, { id: 'b' }])).toEqual({
      id: 'c',
      text: '',
      fraction: 0,
      feedback: '',
    });
  });

  it('fills minItems and respects exclusive minimums', () => {
    expect(defaultFor({ type: 'array', minItems: 2, items: { type: 'string' } })).toEqual(['', '']);
    expect(defaultFor({ type: 'number', exclusiveMinimum: 0 })).toBe(1);
    expect(defaultFor({ type: 'number', minimum: -1 })).toBe(-1);
  });

  it('never shares a default object between two elements', () => {
    const schema: JsonSchema = {
      type: 'array',
      items: { type: 'array', items: { type: 'string' }, default: [] },
    };
    const a = newElement(schema, []) as string[];
    const b = newElement(schema, []) as string[];
    a.push('x');
    expect(b).toEqual([]);
  });
});

describe('paths and edits', () => {
  const value = { options: [{ id: 'a', fraction: 1 }, { id: 'b' }], prompt: 'Q' };

  it('names paths as quiz-engine does, and makes safe element ids', () => {
    expect(pathString(['options', 2, 'fraction'])).toBe('options[2].fraction');
    expect(fieldId('ed', ['options', 2, 'fraction'])).toBe('ed-options_2__fraction');
    expect(fieldId('ed', [])).toBe('ed-root');
  });

  it('reads and writes by path without touching the original', () => {
    expect(getAt(value, ['options', 0, 'fraction'])).toBe(1);
    expect(getAt(value, ['options', 5, 'id'])).toBeUndefined();
    const next = setAt(value, ['options', 1, 'fraction'], 0.5) as typeof value & {
      options: Array<{ fraction?: number }>;
    };
    expect(next.options[1]?.fraction).toBe(0.5);
    expect(value.options[1]).toEqual({ id: 'b' });
    expect(setAt(value, ['prompt'], undefined)).toEqual({ options: value.options });
  });

  it('moves elements within bounds', () => {
    expect(moveElement(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveElement(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveElement(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveElement(['a'], 3, 0)).toEqual(['a']);
  });

  it('finds issues at a path, and anchors unknown paths at the nearest field that exists', () => {
    const issues = [
      { path: 'options[0].fraction', message: 'must be ≤ 1' },
      { path: '(key)', message: 'the key scores 0' },
    ];
    expect(issuesAt(issues, ['options', 0, 'fraction'])).toHaveLength(1);
    expect(issuesAt(issues, ['options', 0])).toHaveLength(0);
    expect(anchorPath('options[1].feedback', value)).toEqual(['options', 1]);
    expect(anchorPath('(key)', value)).toEqual([]);
  });
});

describe('labels', () => {
  it('turns keys into words', () => {
    expect(labelFor('toleranceType')).toBe('Tolerance type');
    expect(labelFor('caseSensitive')).toBe('Case sensitive');
    expect(elementLabel('premises')).toBe('Premise');
    expect(elementLabel('rubric')).toBe('Criterion');
    expect(elementLabel('things')).toBe('Thing');
  });
});

describe('unions', () => {
  it('reads X | null as nullable, and a kind-tagged union of objects as variants', () => {
    const nullable: JsonSchema = { anyOf: [{ type: 'number' }, { type: 'null' }] };
    expect(kindOf(nullable)).toBe('nullable');
    expect(nullableOf(nullable)).toEqual({ type: 'number' });
    const entry: JsonSchema = {
      oneOf: [
        {
          type: 'object',
          properties: { kind: { type: 'string', const: 'item' }, itemId: { type: 'string' } },
          required: ['kind', 'itemId'],
        },
        {
          type: 'object',
          properties: {
            kind: { type: 'string', const: 'draw' },
            count: { type: 'integer', minimum: 1 },
          },
          required: ['kind', 'count'],
        },
      ],
    };
    expect(kindOf(entry)).toBe('variant');
    expect(variantsOf(entry)?.key).toBe('kind');
    expect(variantsOf(entry)?.options.map((o) => o.value)).toEqual(['item', 'draw']);
    expect(defaultFor(entry)).toEqual({ kind: 'item', itemId: '' });
    expect(defaultFor(variantsOf(entry)?.options[1]?.schema ?? {})).toEqual({
      kind: 'draw',
      count: 1,
    });
  });
});
