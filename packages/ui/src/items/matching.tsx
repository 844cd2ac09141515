'use client';

import { AssignmentSelects } from './assignment';
import { type ItemFieldProps, ItemFieldset, readAssignment } from './shared';
import type { MatchingPresentation, MatchingResponse } from './types';

/** Match each premise to a response. Emits `{ matches: { premise id: response id | null } }`. */
export function MatchingItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<MatchingPresentation>) {
  const matches = readAssignment(
    response,
    'matches',
    item.premises.map((p) => p.id),
    new Set(item.responses.map((r) => r.id)),
  );
  return (
    <ItemFieldset type="matching" prompt={item.prompt} disabled={disabled}>
      <AssignmentSelects
        things={item.premises}
        targets={item.responses}
        value={matches}
        onAssign={(premise, target) =>
          onChange({ matches: { ...matches, [premise]: target } } satisfies MatchingResponse)
        }
        parts={parts}
        idPrefix={idPrefix}
      />
    </ItemFieldset>
  );
}
