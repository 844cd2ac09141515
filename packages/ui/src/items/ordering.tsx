'use client';

import { useEffect, useRef, useState } from 'react';
import { type ItemFieldProps, ItemFieldset, own, PartMark, partClass, partState } from './shared';
import type { OrderingPresentation, OrderingResponse } from './types';

export type Direction = 'up' | 'down';

/** The response's order when it is a permutation of the presented items, else the presented order. */
export function currentOrder(item: OrderingPresentation, response: unknown): string[] {
  const presented = item.items.map((i) => i.id);
  const given = own(response, 'order');
  if (!Array.isArray(given) || given.length !== presented.length) return presented;
  const ids = new Set(presented);
  const seen = new Set<string>();
  for (const id of given) {
    if (typeof id !== 'string' || !ids.has(id) || seen.has(id)) return presented;
    seen.add(id);
  }
  return given as string[];
}

/** The order with the item at `index` moved one place up or down; null when it cannot move. */
export function moveItem(
  order: readonly string[],
  index: number,
  direction: Direction,
): string[] | null {
  const to = direction === 'up' ? index - 1 : index + 1;
  const id = order[index];
  if (id === undefined || to < 0 || to >= order.length) return null;
  const next = [...order];
  next.splice(index, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * Put items in order: an ordered list whose rows move with "Move up" / "Move down" buttons.
 * It starts from the presented order and emits `{ order }` only once the learner moves an item
 * (an untouched list means the presented order is accepted). Focus follows the moved item.
 */
export function OrderingItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<OrderingPresentation>) {
  const order = currentOrder(item, response);
  const textOf = new Map(item.items.map((i) => [i.id, i.text]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // After a move re-renders the list, put focus back on the moved item's button (or on its
  // other button, when the one pressed is now disabled at the top or bottom of the list).
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const other: Direction = pending.direction === 'up' ? 'down' : 'up';
    const target = [pending.direction, other]
      .map((d) => buttons.current.get(`${pending.id}:${d}`))
      .find((b) => b && !b.disabled);
    if (target && document.activeElement !== target) target.focus();
  });

  function move(index: number, direction: Direction) {
    const id = order[index];
    const next = moveItem(order, index, direction);
    if (disabled || id === undefined || next === null) return;
    pendingFocus.current = { id, direction };
    setAnnouncement(`${textOf.get(id) ?? id}: position ${next.indexOf(id) + 1} of ${next.length}.`);
    onChange({ order: next } satisfies OrderingResponse);
  }

  const setButton = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <ItemFieldset
      type="ordering"
      prompt={item.prompt}
      disabled={disabled}
      describedBy={`${idPrefix}-hint`}
    >
      <p id={`${idPrefix}-hint`} className="item__hint">
        Use the arrows to move items
      </p>
      <ol className="ordering">
        {order.map((id, index) => {
          const text = textOf.get(id) ?? id;
          const state = partState(parts, id);
          return (
            <li key={id} className={partClass('ordering__item', state)}>
              <div className="ordering__row">
                <span className="ordering__text">{text}</span>
                <PartMark state={state} />
                <span className="ordering__moves">
                  <button
                    ref={setButton(`${id}:up`)}
                    type="button"
                    className="button ordering__move"
                    aria-label={`Move up: ${text}`}
                    disabled={index === 0}
                    onClick={() => move(index, 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    ref={setButton(`${id}:down`)}
                    type="button"
                    className="button ordering__move"
                    aria-label={`Move down: ${text}`}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </ItemFieldset>
  );
}
