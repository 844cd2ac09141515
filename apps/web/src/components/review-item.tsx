'use client';

import type { ItemPresentation } from '@alliance/quiz-engine';
import { ItemView } from '@alliance/ui/items';

const ignore = () => {};

/** An item as answered, marked right and wrong, read-only. */
export function AnsweredItem({
  item,
  response,
  parts,
  idPrefix,
}: {
  item: ItemPresentation;
  response: unknown;
  parts?: Record<string, boolean>;
  idPrefix: string;
}) {
  return (
    <ItemView
      item={item}
      response={response ?? undefined}
      onChange={ignore}
      disabled
      parts={parts}
      idPrefix={idPrefix}
    />
  );
}
