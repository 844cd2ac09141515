'use client';

import {
  type ItemFieldProps,
  ItemFieldset,
  PartMark,
  partClass,
  partState,
  readText,
} from './shared';
import type { EssayPresentation, EssayResponse } from './types';

/** Words as the engine counts them: runs of non-space characters. */
export const countWords = (text: string) => (text.trim() ? text.trim().split(/\s+/u).length : 0);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "42 words (at least 150, at most 2000) — 108 more needed", and whether it is in range. */
export function wordCountText(
  words: number,
  minWords: number,
  maxWords: number,
): { text: string; status: 'ok' | 'short' | 'over' } {
  const limits = minWords > 0 ? `at least ${minWords}, at most ${maxWords}` : `at most ${maxWords}`;
  const base = `${plural(words, 'word')} (${limits})`;
  if (words > maxWords)
    return { text: `${base} — ${words - maxWords} over the limit`, status: 'over' };
  if (words < minWords)
    return { text: `${base} — ${minWords - words} more needed`, status: 'short' };
  return { text: base, status: 'ok' };
}

/**
 * A written answer with a live word count against the limits, and the rubric it will be graded
 * against (criteria, levels with points and descriptions) in a <details>. Emits `{ text }`.
 */
export function EssayItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<EssayPresentation>) {
  const text = readText(response);
  const inputId = `${idPrefix}-answer`;
  const countId = `${idPrefix}-count`;
  const count = wordCountText(countWords(text), item.minWords, item.maxWords);

  return (
    <ItemFieldset type="essay" prompt={item.prompt} disabled={disabled}>
      <div className="field item__answer">
        <label className="field__label" htmlFor={inputId}>
          Your answer
        </label>
        <textarea
          id={inputId}
          className="essay__text"
          rows={10}
          maxLength={100000}
          value={text}
          aria-describedby={countId}
          aria-invalid={count.status === 'over' || undefined}
          onChange={(event) =>
            onChange({ text: event.currentTarget.value } satisfies EssayResponse)
          }
        />
        <span id={countId} className={`field__hint essay__count essay__count--${count.status}`}>
          {count.text}
        </span>
      </div>
      {item.rubric.length > 0 && (
        <details className="rubric">
          <summary>Rubric: how this answer is graded</summary>
          {item.rubric.map((criterion) => {
            const state = partState(parts, criterion.id);
            return (
              <table key={criterion.id} className={partClass('rubric__criterion', state)}>
                <caption>
                  {criterion.title}
                  <PartMark state={state} />
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="rubric__cell rubric__head">
                      Level
                    </th>
                    <th scope="col" className="rubric__cell rubric__head">
                      Points
                    </th>
                    <th scope="col" className="rubric__cell rubric__head">
                      Description
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {criterion.levels.map((level, index) => (
                    <tr key={index}>
                      <th scope="row" className="rubric__cell">
                        {level.label}
                      </th>
                      <td className="rubric__cell rubric__points">{String(level.points)}</td>
                      <td className="rubric__cell">{level.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </details>
      )}
    </ItemFieldset>
  );
}
