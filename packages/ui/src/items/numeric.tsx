'use client';

import {
  type ItemFieldProps,
  ItemFieldset,
  localeDecimalMark,
  PartMark,
  partClass,
  partState,
  readText,
} from './shared';
import type { NumericPresentation, NumericResponse } from './types';

/**
 * A number, optionally with a unit. Emits `{ text }` as typed (the engine parses it), with the
 * locale's decimal mark when it is a comma; a problem with what was typed is said at the field.
 */
export function NumericItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
  error,
}: ItemFieldProps<NumericPresentation>) {
  const inputId = `${idPrefix}-answer`;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const value = partState(parts, 'value');
  const unit = partState(parts, 'unit');
  const judged =
    value === undefined && unit === undefined ? undefined : value !== false && unit !== false;
  const hintId = item.units.length > 0 ? `${idPrefix}-units` : undefined;
  const marksId = judged === undefined ? undefined : `${idPrefix}-marks`;
  const describedBy = [errorId, hintId, marksId].filter(Boolean).join(' ') || undefined;

  return (
    <ItemFieldset type="numeric" prompt={item.prompt} disabled={disabled}>
      <div className={partClass('field item__answer', judged)}>
        <label className="field__label" htmlFor={inputId}>
          Your answer
        </label>
        {hintId && (
          <span id={hintId} className="field__hint">
            Units you may use: {item.units.join(', ')}
          </span>
        )}
        <span className="item__answer-row">
          <input
            id={inputId}
            className="item__input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={readText(response)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              const decimal = localeDecimalMark();
              onChange({
                text: event.currentTarget.value,
                ...(decimal === ',' ? { decimal } : {}),
              } satisfies NumericResponse);
            }}
          />
          {marksId && (
            <span id={marksId} className="item__marks">
              <PartMark state={value} label={unit === undefined ? undefined : 'Number'} />
              <PartMark state={unit} label="Unit" />
            </span>
          )}
        </span>
        {error && (
          <span id={errorId} className="field__error" role="alert">
            {error}
          </span>
        )}
      </div>
    </ItemFieldset>
  );
}
