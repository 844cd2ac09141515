'use client';

import { AssignmentSelects } from './assignment';
import { type ItemFieldProps, ItemFieldset, readAssignment } from './shared';
import type { CategorizePresentation, CategorizeResponse } from './types';

/** Put each card in a bucket. Emits `{ placements: { card id: bucket id | null } }`. */
export function CategorizeItem({
  item,
  response,
  onChange,
  disabled,
  parts,
  idPrefix,
}: ItemFieldProps<CategorizePresentation>) {
  const placements = readAssignment(
    response,
    'placements',
    item.cards.map((c) => c.id),
    new Set(item.buckets.map((b) => b.id)),
  );
  return (
    <ItemFieldset type="categorize" prompt={item.prompt} disabled={disabled}>
      <AssignmentSelects
        things={item.cards}
        targets={item.buckets.map((b) => ({ id: b.id, text: b.label }))}
        value={placements}
        onAssign={(card, bucket) =>
          onChange({ placements: { ...placements, [card]: bucket } } satisfies CategorizeResponse)
        }
        parts={parts}
        idPrefix={idPrefix}
      />
    </ItemFieldset>
  );
}
