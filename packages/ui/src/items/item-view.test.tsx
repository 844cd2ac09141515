import {
  createRng,
  type ItemDefinitionInput,
  type ItemType,
  presentItem,
} from '@alliance/quiz-engine';
import { sampleItem } from '@alliance/quiz-engine/samples';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { countWords, wordCountText } from './essay';
import { ItemView, type ItemViewProps } from './item-view';
import { currentOrder, moveItem } from './ordering';
import type { ItemPresentation } from './types';

// ---------------------------------------------------------------- presentations of the samples

/** The engine's presentation of the quiz-engine sample of one type, with fields replaced first. */
function present<T extends ItemType>(
  type: T,
  overrides: Partial<Extract<ItemDefinitionInput, { type: T }>> = {},
): Extract<ItemPresentation, { type: T }> {
  return presentItem(sampleItem(type, overrides), createRng('item-view')) as Extract<
    ItemPresentation,
    { type: T }
  >;
}

const choice = present('choice');
const multipleResponse = present('multiple-response');
const ordering = present('ordering');
const matching = present('matching');
const categorize = present('categorize');
const numeric = present('numeric', { units: { accepted: [{ unit: '€m' }, { unit: '€k' }] } });
const shortText = present('short-text');
// The sample's two gaps offer the same options; here the second gap's have ids of their own, so
// an answer that belongs to the other gap can be given.
const inlineChoice = present('inline-choice', {
  gaps: sampleItem('inline-choice').gaps.map((gap) =>
    gap.id === 'other'
      ? {
          ...gap,
          options: gap.options.map((o) => ({ ...o, id: `${o.id}2` })),
          answer: `${gap.answer}2`,
        }
      : gap,
  ),
});
// Word limits to count against, and a prompt of two paragraphs.
const essay = present('essay', {
  prompt: `${sampleItem('essay').prompt}\n\nName one countermeasure.`,
  minWords: 5,
  maxWords: 10,
});

const ALL: ItemPresentation[] = [
  choice,
  multipleResponse,
  ordering,
  matching,
  categorize,
  numeric,
  shortText,
  inlineChoice,
  essay,
];

/** The id of the i-th entry of a list (the test's own fixture: a missing one is a bug here). */
function idAt(list: ReadonlyArray<{ id: string }>, i: number): string {
  const id = list[i]?.id;
  if (id === undefined) throw new Error(`no entry ${i}`);
  return id;
}

// ---------------------------------------------------------------- helpers

function render(item: ItemPresentation, extra: Partial<ItemViewProps> = {}): string {
  return renderToStaticMarkup(
    <ItemView item={item} response={undefined} onChange={() => {}} idPrefix="q1" {...extra} />,
  );
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** Every text node of the markup, trimmed, without empty ones. */
const textNodes = (html: string) =>
  html
    .split(/<[^>]*>/)
    .map((t) => decode(t).trim())
    .filter(Boolean);

/** The opening tags of one element name, as attribute maps (boolean attributes map to ""). */
function tags(html: string, name: string): Array<Record<string, string>> {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [
        a[1] ?? '',
        decode(a[2] ?? ''),
      ]),
    ),
  );
}

/** The text of the <label for="id">. */
function labelFor(html: string, id: string): string | undefined {
  const match = new RegExp(`<label[^>]*for="${id}"[^>]*>(.*?)</label>`).exec(html);
  return match ? textNodes(match[1] ?? '').join(' ') : undefined;
}

/** The selected option's value in <select id="id"> ("" for the "Choose…" placeholder). */
function selectedIn(html: string, id: string): string | undefined {
  const body = new RegExp(`<select[^>]*id="${id}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? '';
  return tags(body, 'option').find((o) => 'selected' in o)?.value;
}

type AnyElement = ReactElement<Record<string, unknown>>;

/**
 * The host elements (input, select, button…) a render would produce, with their props: function
 * components are called in place. Only for hook-free renderers (all but ordering), so a test can
 * call an input's onChange as a browser would and see what the item emits.
 */
function hostElements(node: ReactNode): AnyElement[] {
  const out: AnyElement[] = [];
  const visit = (n: ReactNode): void => {
    if (Array.isArray(n)) {
      for (const child of n) visit(child);
      return;
    }
    if (!isValidElement(n)) return;
    const el = n as AnyElement;
    if (typeof el.type === 'function') {
      visit((el.type as (props: unknown) => ReactNode)(el.props));
      return;
    }
    if (typeof el.type === 'string') out.push(el);
    visit(el.props.children as ReactNode);
  };
  visit(node);
  return out;
}

/** Fires onChange (or onClick) on the first host element matching `find`; returns what was emitted. */
function fire(
  item: ItemPresentation,
  response: unknown,
  find: (el: AnyElement) => boolean,
  event: { checked?: boolean; value?: string } = {},
  handler: 'onChange' | 'onClick' = 'onChange',
): unknown[] {
  const onChange = vi.fn();
  const el = hostElements(
    <ItemView item={item} response={response} onChange={onChange} idPrefix="q1" />,
  ).find(find);
  if (!el) throw new Error('no such element');
  (el.props[handler] as (e: unknown) => void)({ currentTarget: event });
  return onChange.mock.calls.map((call) => call[0]);
}

// ---------------------------------------------------------------- per type

describe('choice', () => {
  it('is a radio group in a fieldset whose legend is the prompt', () => {
    const html = render(choice);
    expect(html).toMatch(/^<fieldset class="item item--choice"><legend class="item__prompt">/);
    expect(textNodes(html)[0]).toBe(choice.prompt);
    const radios = tags(html, 'input');
    expect(radios).toHaveLength(choice.options.length);
    for (const [i, radio] of radios.entries()) {
      expect(radio.type).toBe('radio');
      expect(radio.name).toBe('q1-choice');
      expect(radio.value).toBe(choice.options[i]?.id);
      expect(labelFor(html, radio.id ?? '')).toBe(choice.options[i]?.text);
    }
    expect(radios.some((r) => 'checked' in r)).toBe(false);
  });

  it('checks the chosen option, and ignores an unknown id', () => {
    const checked = (response: unknown) =>
      tags(render(choice, { response }), 'input')
        .filter((r) => 'checked' in r)
        .map((r) => r.value);
    expect(checked({ choice: idAt(choice.options, 1) })).toEqual([idAt(choice.options, 1)]);
    expect(checked({ choice: 'nope' })).toEqual([]);
    expect(checked({ choice: null })).toEqual([]);
  });

  it('emits { choice } on pick and { choice: null } on clear', () => {
    const picked = idAt(choice.options, 2);
    expect(fire(choice, undefined, (el) => el.props.value === picked)).toEqual([
      { choice: picked },
    ]);
    const clear = (el: AnyElement) => el.type === 'button';
    expect(fire(choice, { choice: picked }, clear, {}, 'onClick')).toEqual([{ choice: null }]);
    expect(render(choice, { response: { choice: picked } })).toContain('Clear answer');
    expect(render(choice, { response: { choice: picked }, disabled: true })).not.toContain(
      'Clear answer',
    );
  });

  it('marks the judged option right or wrong', () => {
    const [first, second] = choice.options;
    const wrongId = idAt(choice.options, 1);
    const html = render(choice, { response: { choice: wrongId }, parts: { [wrongId]: false } });
    expect(html.match(/item-part--wrong/g)).toHaveLength(1);
    expect(html).not.toContain('item-part--right');
    expect(html).toContain('✗');
    expect(labelFor(html, 'q1-option-1')).toBe(`${second?.text} ✗ not correct`);
    const right = render(choice, { parts: { [idAt(choice.options, 0)]: true } });
    expect(labelFor(right, 'q1-option-0')).toBe(`${first?.text} ✓ correct`);
  });
});

describe('multiple-response', () => {
  const a = idAt(multipleResponse.options, 0);
  const b = idAt(multipleResponse.options, 1);
  const c = idAt(multipleResponse.options, 2);
  const secondText = multipleResponse.options[1]?.text;

  it('is a group of checkboxes in a fieldset', () => {
    const html = render(multipleResponse, { response: { choices: [a, c] } });
    expect(html).toMatch(/^<fieldset class="item item--multiple-response"[^>]*><legend/);
    expect(html).toContain('Select all that apply.');
    const boxes = tags(html, 'input');
    expect(boxes.map((box) => box.type)).toEqual(multipleResponse.options.map(() => 'checkbox'));
    expect(boxes.every((box) => box.name === 'q1-choices')).toBe(true);
    expect(boxes.filter((box) => 'checked' in box).map((box) => box.value)).toEqual([a, c]);
    expect(labelFor(html, 'q1-option-1')).toBe(secondText);
  });

  it('emits { choices } in presented order', () => {
    const response = { choices: [c, a] };
    expect(
      fire(multipleResponse, response, (el) => el.props.value === b, { checked: true }),
    ).toEqual([{ choices: [a, b, c] }]);
    expect(
      fire(multipleResponse, response, (el) => el.props.value === a, { checked: false }),
    ).toEqual([{ choices: [c] }]);
    expect(
      fire(multipleResponse, undefined, (el) => el.props.value === a, { checked: true }),
    ).toEqual([{ choices: [a] }]);
  });

  it('marks every option', () => {
    const html = render(multipleResponse, { parts: { [a]: true, [b]: false, [c]: true } });
    expect(html.match(/item-part--right/g)).toHaveLength(2);
    expect(html.match(/item-part--wrong/g)).toHaveLength(1);
    expect(labelFor(html, 'q1-option-1')).toBe(`${secondText} ✗ not correct`);
  });
});

describe('ordering', () => {
  const ids = ordering.items.map((item) => item.id);
  const presented = ordering.items.map((item) => item.text);

  it('lists the items in presented order with named move buttons and a hint', () => {
    const onChange = vi.fn();
    const html = renderToStaticMarkup(
      <ItemView item={ordering} response={undefined} onChange={onChange} idPrefix="q1" />,
    );
    expect(onChange).not.toHaveBeenCalled();
    expect(html).toMatch(/^<fieldset class="item item--ordering"[^>]*><legend/);
    expect(html).toContain('Use the arrows to move items');
    expect(html).toMatch(/<ol class="ordering">/);
    expect(tags(html, 'li')).toHaveLength(ordering.items.length);
    const buttons = tags(html, 'button');
    expect(buttons.map((b) => b['aria-label'])).toEqual(
      presented.flatMap((text) => [`Move up: ${text}`, `Move down: ${text}`]),
    );
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    // The first cannot go up, the last cannot go down.
    expect(buttons.map((b) => 'disabled' in b)).toEqual(
      buttons.map((_b, i) => i === 0 || i === buttons.length - 1),
    );
    expect(html).toContain('role="status"');
  });

  it('reflects a response order, and falls back to the presented order when it is not valid', () => {
    const texts = (response: unknown) =>
      [...render(ordering, { response }).matchAll(/class="ordering__text">([^<]*)</g)].map(
        (m) => m[1],
      );
    expect(texts({ order: [...ids].reverse() })).toEqual([...presented].reverse());
    expect(texts({ order: [] })).toEqual(presented);
    // The first id twice (the last left out), and an unknown id in place of the last.
    expect(texts({ order: [ids[0], ...ids.slice(0, -1)] })).toEqual(presented);
    expect(texts({ order: [...ids.slice(0, -1), 'zz'] })).toEqual(presented);
    expect(currentOrder(ordering, undefined)).toEqual(ids);
  });

  it('moves an item one place, never past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 'up')).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 'down')).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 'up')).toBeNull();
    expect(moveItem(['a', 'b', 'c'], 2, 'down')).toBeNull();
  });

  it('marks each item', () => {
    // The first item wrong, the others right.
    const parts = Object.fromEntries(ids.map((id, i) => [id, i > 0]));
    const html = render(ordering, { parts });
    expect(html.match(/ordering__item item-part item-part--right/g)).toHaveLength(ids.length - 1);
    expect(html.match(/ordering__item item-part item-part--wrong/g)).toHaveLength(1);
    expect(textNodes(html)).toContain('not correct');
  });
});

describe.each([
  {
    name: 'matching',
    item: matching as ItemPresentation,
    things: matching.premises,
    targets: matching.responses.map((r) => r.text),
    field: 'matches',
    // The second premise answered, the first with an unknown response, the third not.
    response: {
      matches: {
        [idAt(matching.premises, 1)]: idAt(matching.responses, 1),
        [idAt(matching.premises, 0)]: 'unknown',
      },
    },
    expected: ['', idAt(matching.responses, 1), ''],
    pick: [idAt(matching.premises, 0), idAt(matching.responses, 0)],
  },
  {
    name: 'categorize',
    item: categorize as ItemPresentation,
    things: categorize.cards,
    targets: categorize.buckets.map((b) => b.label),
    field: 'placements',
    // Only the first card placed.
    response: { placements: { [idAt(categorize.cards, 0)]: idAt(categorize.buckets, 0) } },
    expected: [idAt(categorize.buckets, 0), '', '', ''],
    pick: [idAt(categorize.cards, 1), idAt(categorize.buckets, 1)],
  },
])('$name', ({ item, things, targets, field, response, expected, pick }) => {
  it('has one select per part, labelled by its text, starting with an empty "Choose…"', () => {
    const html = render(item);
    expect(html).toMatch(new RegExp(`^<fieldset class="item item--${item.type}"><legend`));
    const selects = tags(html, 'select');
    expect(selects).toHaveLength(things.length);
    for (const [i, thing] of things.entries()) {
      expect(labelFor(html, `q1-select-${i}`)).toBe(thing.text);
      expect(selectedIn(html, `q1-select-${i}`)).toBe('');
    }
    const firstSelect = /<select[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect(textNodes(firstSelect)).toEqual(['Choose…', ...targets]);
    expect(tags(firstSelect, 'option')[0]?.value).toBe('');
  });

  it('selects the given answers (unknown ids read as unanswered)', () => {
    const html = render(item, { response });
    expect(things.map((_t, i) => selectedIn(html, `q1-select-${i}`))).toEqual(expected);
  });

  it('emits every part, unanswered ones as null', () => {
    const [thing, target] = pick as [string, string];
    const index = things.findIndex((t) => t.id === thing);
    const emitted = fire(item, response, (el) => el.props.id === `q1-select-${index}`, {
      value: target,
    });
    const after = Object.fromEntries(
      things.map((t, i) => [t.id, t.id === thing ? target : expected[i] || null]),
    );
    expect(emitted).toEqual([{ [field]: after }]);
    const cleared = fire(item, { [field]: after }, (el) => el.props.id === `q1-select-${index}`, {
      value: '',
    });
    expect(cleared).toEqual([{ [field]: { ...after, [thing]: null } }]);
  });

  it('marks each part', () => {
    const [first, second] = things;
    const html = render(item, { parts: { [first?.id ?? '']: true, [second?.id ?? '']: false } });
    expect(labelFor(html, 'q1-select-0')).toBe(`${first?.text} ✓ correct`);
    expect(labelFor(html, 'q1-select-1')).toBe(`${second?.text} ✗ not correct`);
    expect(html).toContain('assignment__row item-part item-part--right');
    expect(html).toContain('assignment__row item-part item-part--wrong');
  });
});

describe('numeric', () => {
  it('has a labelled text input with the units as a hint, showing the typed value', () => {
    const html = render(numeric, { response: { text: '16.8 €m' } });
    expect(html).toMatch(/^<fieldset class="item item--numeric"><legend/);
    const [input] = tags(html, 'input');
    expect(input).toMatchObject({ id: 'q1-answer', type: 'text', inputMode: 'decimal' });
    expect(input?.value).toBe('16.8 €m');
    expect(labelFor(html, 'q1-answer')).toBe('Your answer');
    expect(input?.['aria-describedby']).toBe('q1-units');
    expect(html).toContain('Units you may use: €m, €k');
    expect(tags(render({ ...numeric, units: [] }), 'input')[0]?.value).toBe('');
    expect(render({ ...numeric, units: [] })).not.toContain('Units');
  });

  it('emits { text } as typed', () => {
    expect(fire(numeric, undefined, (el) => el.type === 'input', { value: '1,200 m' })).toEqual([
      { text: '1,200 m' },
    ]);
  });

  it('marks the number and the unit', () => {
    const html = render(numeric, { parts: { value: true, unit: false } });
    expect(html).toContain('item-part--wrong');
    expect(textNodes(html)).toEqual(
      expect.arrayContaining(['Number correct', 'Unit not correct', '✓', '✗']),
    );
    expect(tags(html, 'input')[0]?.['aria-describedby']).toBe('q1-units q1-marks');
    const valueOnly = render({ ...numeric, units: [] }, { parts: { value: true } });
    expect(valueOnly).toContain('item-part--right');
    expect(textNodes(valueOnly)).toContain('correct');
  });
});

describe('short-text', () => {
  it('has a labelled text input showing the typed value; emits { text }', () => {
    const html = render(shortText, { response: { text: 'Entrapment' } });
    expect(html).toMatch(/^<fieldset class="item item--short-text"><legend/);
    expect(tags(html, 'input')[0]).toMatchObject({ id: 'q1-answer', value: 'Entrapment' });
    expect(labelFor(html, 'q1-answer')).toBe('Your answer');
    expect(fire(shortText, undefined, (el) => el.type === 'input', { value: 'x' })).toEqual([
      { text: 'x' },
    ]);
  });

  it('marks the answer', () => {
    const html = render(shortText, { response: { text: 'Entrapment' }, parts: { text: false } });
    expect(html).toContain('item-part--wrong');
    expect(tags(html, 'input')[0]?.['aria-describedby']).toBe('q1-mark');
    expect(html).toMatch(/id="q1-mark"[^>]*>.*not correct/);
  });
});

describe('inline-choice', () => {
  const gaps = inlineChoice.segments.filter((s) => s.kind === 'gap');
  const texts = inlineChoice.segments.filter((s) => s.kind === 'text').map((s) => s.text.trim());
  const [first, second] = gaps;
  const firstId = idAt(gaps, 0);
  const secondId = idAt(gaps, 1);

  it('puts labelled selects ("Gap 1", "Gap 2") inside the text', () => {
    const html = render(inlineChoice);
    expect(html).toMatch(/^<fieldset class="item item--inline-choice"><legend/);
    expect(labelFor(html, 'q1-gap-1')).toBe('Gap 1');
    expect(labelFor(html, 'q1-gap-2')).toBe('Gap 2');
    expect(tags(html, 'label').every((l) => l.class === 'visually-hidden')).toBe(true);
    const text = /<p class="inline-choice__text">(.*)<\/p>/.exec(html)?.[1] ?? '';
    expect(textNodes(text)).toEqual([
      texts[0],
      'Gap 1',
      'Choose…',
      ...(first?.options.map((o) => o.text) ?? []),
      texts[1],
      'Gap 2',
      'Choose…',
      ...(second?.options.map((o) => o.text) ?? []),
      texts[2],
    ]);
  });

  it("selects each gap's answer, ignoring options of other gaps", () => {
    // Each gap given the second option of the first gap.
    const answer = idAt(first?.options ?? [], 1);
    const html = render(inlineChoice, {
      response: { gaps: { [firstId]: answer, [secondId]: answer } },
    });
    expect(selectedIn(html, 'q1-gap-1')).toBe(answer);
    expect(selectedIn(html, 'q1-gap-2')).toBe('');
  });

  it('emits { gaps } with every gap', () => {
    const value = idAt(second?.options ?? [], 1);
    expect(fire(inlineChoice, undefined, (el) => el.props.id === 'q1-gap-2', { value })).toEqual([
      { gaps: { [firstId]: null, [secondId]: value } },
    ]);
  });

  it('marks each gap', () => {
    const html = render(inlineChoice, { parts: { [firstId]: true, [secondId]: false } });
    expect(html).toContain('inline-choice__gap item-part item-part--right');
    expect(html).toContain('inline-choice__gap item-part item-part--wrong');
    expect(tags(html, 'select').map((s) => s['aria-describedby'])).toEqual([
      'q1-gap-1-mark',
      'q1-gap-2-mark',
    ]);
  });
});

describe('essay', () => {
  it('has a labelled textarea with a live word count against the limits', () => {
    const html = render(essay, { response: { text: 'NATO  survived\nthe Cold War' } });
    expect(html).toMatch(/^<fieldset class="item item--essay"><legend/);
    expect(labelFor(html, 'q1-answer')).toBe('Your answer');
    expect(tags(html, 'textarea')[0]?.['aria-describedby']).toBe('q1-count');
    expect(html).toContain('>NATO  survived\nthe Cold War</textarea>');
    expect(html).toMatch(
      /id="q1-count" class="[^"]*essay__count--ok">5 words \(at least 5, at most 10\)</,
    );
    expect(render(essay)).toContain('0 words (at least 5, at most 10) — 5 more needed');
  });

  it('counts words as the engine does, and says when the answer is short or over the limit', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one\ttwo\n three ')).toBe(3);
    expect(wordCountText(1, 0, 10)).toEqual({ text: '1 word (at most 10)', status: 'ok' });
    expect(wordCountText(12, 5, 10)).toEqual({
      text: '12 words (at least 5, at most 10) — 2 over the limit',
      status: 'over',
    });
    const over = render(essay, { response: { text: 'a b c d e f g h i j k' } });
    expect(over).toContain('essay__count--over');
    expect(over).toContain('aria-invalid="true"');
  });

  it('shows the rubric in a <details>: criteria, levels, points and descriptions', () => {
    const html = render(essay);
    const details = /<details class="rubric">(.*)<\/details>/.exec(html)?.[1] ?? '';
    expect(details).toMatch(/^<summary>Rubric: how this answer is graded<\/summary>/);
    expect(tags(details, 'table')).toHaveLength(2);
    // Each criterion's title and table: label, points and description (when it has one).
    expect(textNodes(details)).toEqual(
      [
        'Rubric: how this answer is graded',
        ...essay.rubric.flatMap((criterion) => [
          criterion.title,
          'Level',
          'Points',
          'Description',
          ...criterion.levels.flatMap((l) => [l.label, String(l.points), l.description]),
        ]),
      ].filter(Boolean),
    );
  });

  it('emits { text } and marks graded criteria', () => {
    expect(fire(essay, undefined, (el) => el.type === 'textarea', { value: 'draft' })).toEqual([
      { text: 'draft' },
    ]);
    const html = render(essay, {
      parts: { [idAt(essay.rubric, 0)]: true, [idAt(essay.rubric, 1)]: false },
    });
    expect(html).toContain('rubric__criterion item-part item-part--right');
    expect(html).toContain('rubric__criterion item-part item-part--wrong');
  });
});

// ---------------------------------------------------------------- every type

/** The words the renderers add themselves; everything else must come from the presentation. */
const UI_TEXT = [
  'Select all that apply.',
  'Use the arrows to move items',
  'Choose…',
  'Your answer',
  'Rubric: how this answer is graded',
  'Level',
  'Points',
  'Description',
  '↑',
  '↓',
  /^Gap \d+$/,
  /^\d+ words? \(at (least \d+, at )?most \d+\)( — \d+ more needed)?$/,
];

/** The strings a learner may see: texts, labels, titles, descriptions and points. */
function visibleStrings(item: ItemPresentation): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (
      typeof value === 'string' &&
      ['prompt', 'text', 'label', 'title', 'description'].includes(key)
    )
      out.push(value.trim());
    else if (typeof value === 'number' && key === 'points') out.push(String(value));
    else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(item, '');
  if (item.type === 'numeric') out.push(`Units you may use: ${item.units.join(', ')}`);
  return out;
}

/** Every id in a presentation: the item's and those of its options, gaps, criteria… */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'id' && typeof v === 'string' ? [v] : idsIn(v),
  );
}

/** The presentation with key-like fields smuggled into every object: none may be rendered. */
function withSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return {
    ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSecrets(v)])),
    feedback: 'SECRET feedback',
    explanation: 'SECRET explanation',
    hint: 'SECRET hint',
    answer: 'SECRET-answer',
    match: 'SECRET-match',
    bucket: 'SECRET-bucket',
    correct: true,
    fraction: 1,
  };
}

describe.each(ALL.map((item) => [item.type, item] as const))('%s presentation', (_type, item) => {
  it('renders nothing but the presentation’s text (and the renderer’s own labels)', () => {
    const html = render(withSecrets(item) as ItemPresentation);
    expect(html).not.toMatch(/SECRET/i);
    const allowed = new Set(visibleStrings(item));
    const stray = textNodes(html).filter(
      (t) =>
        !allowed.has(t) && !UI_TEXT.some((ui) => (typeof ui === 'string' ? ui === t : ui.test(t))),
    );
    expect(stray).toEqual([]);
    // Ids are for the engine, not for the learner.
    const ids = new Set(idsIn(item));
    expect(textNodes(html).filter((t) => ids.has(t))).toEqual([]);
  });

  it('renders a prompt with markup as text, never as HTML', () => {
    const html = render({ ...item, prompt: '<img src=x onerror="alert(1)"> & <b>bold</b>' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
  });

  it('uses the id prefix for every id, so two items on a page do not clash', () => {
    const ids = (prefix: string) =>
      [...render(item, { idPrefix: prefix, parts: {} }).matchAll(/ id="([^"]*)"/g)].map(
        (m) => m[1],
      );
    const a = ids('item-a');
    const b = ids('item-b');
    expect(a.every((id) => id?.startsWith('item-a-'))).toBe(true);
    expect(new Set(a).size).toBe(a.length);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('disables every control when asked, and adds no marks without parts', () => {
    const html = render(item, { disabled: true });
    expect(html).toMatch(/^<fieldset [^>]*disabled=""/);
    expect(html).not.toContain('item-part');
    expect(html).not.toContain('item-mark');
  });
});
