import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, validateItem } from './items';
import { itemTemplate } from './templates';

describe('itemTemplate', () => {
  it.each(ITEM_TYPES)('gives a %s item that passes validation, key self-test included', (type) => {
    const template = itemTemplate(type, 'new-item');
    const result = validateItem(template);
    expect(result.issues).toEqual([]);
    expect(result.definition?.type).toBe(type);
    expect(result.definition?.id).toBe('new-item');
  });
});
