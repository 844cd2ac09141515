'use client';

import { type ItemFieldProps, ItemFieldset, own, PartMark, partClass, partState } from './shared';
import type { MultipleResponsePresentation, MultipleResponseResponse } from './types';

/** Pick all that apply: checkboxes. Emits `{ choices: option ids }` in presented order. */
export function MultipleResponseItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<MultipleResponsePresentation>) {
  const given = own(response, 'choices');
  const picked = new Set(
    Array.isArray(given) ? given.filter((c): c is string => typeof c === 'string') : [],
  );

  function toggle(id: string, on: boolean) {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    onChange({
      choices: item.options.filter((o) => next.has(o.id)).map((o) => o.id),
    } satisfies MultipleResponseResponse);
  }

  return (
    <ItemFieldset
      type="multiple-response"
      prompt={item.prompt}
      disabled={disabled}
      describedBy={`${idPrefix}-hint`}
    >
      <p id={`${idPrefix}-hint`} className="item__hint">
        Select all that apply.
      </p>
      <div className="item__options">
        {item.options.map((option, index) => {
          const state = partState(parts, option.id);
          const inputId = `${idPrefix}-option-${index}`;
          return (
            <label key={option.id} className={partClass('item-option', state)} htmlFor={inputId}>
              <input
                id={inputId}
                type="checkbox"
                name={`${idPrefix}-choices`}
                value={option.id}
                checked={picked.has(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <span className="item-option__text">{option.text}</span>
              <PartMark state={state} />
            </label>
          );
        })}
      </div>
    </ItemFieldset>
  );
}
