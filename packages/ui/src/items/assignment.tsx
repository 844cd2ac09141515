'use client';

import { CHOOSE, PartMark, partClass, partState } from './shared';

/**
 * What matching and categorize share: one labelled select per thing (premise or card), with an
 * empty "Choose…" option, choosing among the targets (responses or buckets).
 */
export function AssignmentSelects({
  things,
  targets,
  value,
  onAssign,
  parts,
  idPrefix,
}: {
  things: ReadonlyArray<{ id: string; text: string }>;
  targets: ReadonlyArray<{ id: string; text: string }>;
  value: Record<string, string | null>;
  onAssign: (thingId: string, targetId: string | null) => void;
  parts?: Record<string, boolean>;
  idPrefix: string;
}) {
  return (
    <div className="assignment">
      {things.map((thing, index) => {
        const state = partState(parts, thing.id);
        const selectId = `${idPrefix}-select-${index}`;
        return (
          <div key={thing.id} className={partClass('assignment__row', state)}>
            <label className="assignment__label" htmlFor={selectId}>
              {thing.text}
              <PartMark state={state} />
            </label>
            <select
              id={selectId}
              className="item__select"
              value={value[thing.id] ?? ''}
              onChange={(event) => onAssign(thing.id, event.currentTarget.value || null)}
            >
              <option value="">{CHOOSE}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
