'use client';

import { type ItemFieldProps, ItemFieldset, own, PartMark, partClass, partState } from './shared';
import type { ChoicePresentation, ChoiceResponse } from './types';

/** One answer: a radio group. Emits `{ choice: option id | null }`. */
export function ChoiceItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<ChoicePresentation>) {
  const given = own(response, 'choice');
  const chosen =
    typeof given === 'string' && item.options.some((o) => o.id === given) ? given : null;
  const emit = (choice: string | null) => onChange({ choice } satisfies ChoiceResponse);

  return (
    <ItemFieldset type="choice" prompt={item.prompt} disabled={disabled}>
      <div className="item__options">
        {item.options.map((option, index) => {
          const state = partState(parts, option.id);
          const inputId = `${idPrefix}-option-${index}`;
          return (
            <label key={option.id} className={partClass('item-option', state)} htmlFor={inputId}>
              <input
                id={inputId}
                type="radio"
                name={`${idPrefix}-choice`}
                value={option.id}
                checked={chosen === option.id}
                onChange={() => emit(option.id)}
              />
              <span className="item-option__text">{option.text}</span>
              <PartMark state={state} />
            </label>
          );
        })}
      </div>
      {chosen !== null && !disabled && (
        <button
          type="button"
          className="button button--link item__clear"
          onClick={() => emit(null)}
        >
          Clear answer
        </button>
      )}
    </ItemFieldset>
  );
}
