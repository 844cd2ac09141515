'use client';

import {
  CHOOSE,
  type ItemFieldProps,
  ItemFieldset,
  own,
  PartMark,
  partClass,
  partState,
} from './shared';
import type { InlineChoicePresentation, InlineChoiceResponse } from './types';

/**
 * A text with dropdown gaps, each a select labelled "Gap 1", "Gap 2"… (the label is for
 * assistive technology; sighted learners see the select in the sentence).
 * Emits `{ gaps: { gap id: option id | null } }`.
 */
export function InlineChoiceItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<InlineChoicePresentation>) {
  const gapSegments = item.segments.flatMap((s) => (s.kind === 'gap' ? [s] : []));
  const given = own(response, 'gaps');
  // Each gap reads only its own options: anything else counts as "not answered".
  const gaps: Record<string, string | null> = Object.fromEntries(
    gapSegments.map((gap) => {
      const value = own(given, gap.id);
      return [gap.id, gap.options.some((o) => o.id === value) ? (value as string) : null];
    }),
  );
  let gapNumber = 0;

  return (
    <ItemFieldset type="inline-choice" prompt={item.prompt} disabled={disabled}>
      <p className="inline-choice__text">
        {item.segments.map((segment, index) => {
          if (segment.kind === 'text') {
            return <span key={`text-${index}`}>{segment.text}</span>;
          }
          gapNumber += 1;
          const state = partState(parts, segment.id);
          const selectId = `${idPrefix}-gap-${gapNumber}`;
          const markId = state === undefined ? undefined : `${selectId}-mark`;
          return (
            <span key={`gap-${segment.id}`} className={partClass('inline-choice__gap', state)}>
              <label className="visually-hidden" htmlFor={selectId}>
                {`Gap ${gapNumber}`}
              </label>
              <select
                id={selectId}
                className="item__select"
                value={gaps[segment.id] ?? ''}
                aria-describedby={markId}
                onChange={(event) =>
                  onChange({
                    gaps: { ...gaps, [segment.id]: event.currentTarget.value || null },
                  } satisfies InlineChoiceResponse)
                }
              >
                <option value="">{CHOOSE}</option>
                {segment.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.text}
                  </option>
                ))}
              </select>
              <PartMark state={state} id={markId} />
            </span>
          );
        })}
      </p>
    </ItemFieldset>
  );
}
