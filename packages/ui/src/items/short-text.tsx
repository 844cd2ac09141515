'use client';

import {
  type ItemFieldProps,
  ItemFieldset,
  PartMark,
  partClass,
  partState,
  readText,
} from './shared';
import type { ShortTextPresentation, ShortTextResponse } from './types';

/** A short typed answer. Emits `{ text }`. */
export function ShortTextItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<ShortTextPresentation>) {
  const inputId = `${idPrefix}-answer`;
  const state = partState(parts, 'text');
  const markId = state === undefined ? undefined : `${idPrefix}-mark`;

  return (
    <ItemFieldset type="short-text" prompt={item.prompt} disabled={disabled}>
      <div className={partClass('field item__answer', state)}>
        <label className="field__label" htmlFor={inputId}>
          Your answer
        </label>
        <span className="item__answer-row">
          <input
            id={inputId}
            className="item__input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            value={readText(response)}
            aria-describedby={markId}
            onChange={(event) =>
              onChange({ text: event.currentTarget.value } satisfies ShortTextResponse)
            }
          />
          <PartMark state={state} id={markId} />
        </span>
      </div>
    </ItemFieldset>
  );
}
