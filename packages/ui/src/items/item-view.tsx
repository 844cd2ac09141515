'use client';

import type { JSX } from 'react';
import { CategorizeItem } from './categorize';
import { ChoiceItem } from './choice';
import { EssayItem } from './essay';
import { InlineChoiceItem } from './inline-choice';
import { MatchingItem } from './matching';
import { MultipleResponseItem } from './multiple-response';
import { NumericItem } from './numeric';
import { OrderingItem } from './ordering';
import { ShortTextItem } from './short-text';
import type { ItemPresentation } from './types';

export interface ItemViewProps {
  /** What the learner may see before submitting (`presentItem` / `presentPaper`). */
  item: ItemPresentation;
  /** The current response in the engine's response shape, or undefined. */
  response: unknown;
  onChange: (response: unknown) => void;
  disabled?: boolean;
  /** After checking: per-part correctness from the engine's score (`parts`), to mark right/wrong. */
  parts?: Record<string, boolean>;
  /** Prefix for element ids so two items on a page don't clash. */
  idPrefix: string;
  /** Why the current response cannot be saved, said at its field. */
  error?: string | null;
}

/** An item in "take" mode: the renderer for its type, producing the engine's response shape. */
export function ItemView(props: ItemViewProps): JSX.Element {
  const { item, ...rest } = props;
  switch (item.type) {
    case 'choice':
      return <ChoiceItem item={item} {...rest} />;
    case 'multiple-response':
      return <MultipleResponseItem item={item} {...rest} />;
    case 'ordering':
      return <OrderingItem key={item.id} item={item} {...rest} />;
    case 'matching':
      return <MatchingItem item={item} {...rest} />;
    case 'categorize':
      return <CategorizeItem item={item} {...rest} />;
    case 'numeric':
      return <NumericItem item={item} {...rest} />;
    case 'short-text':
      return <ShortTextItem item={item} {...rest} />;
    case 'inline-choice':
      return <InlineChoiceItem item={item} {...rest} />;
    case 'essay':
      return <EssayItem item={item} {...rest} />;
    default:
      return unknownType(item);
  }
}

// A new item type in the engine fails to type-check here until it has a renderer.
function unknownType(item: never): JSX.Element {
  const type = (item as { type?: unknown }).type;
  return (
    <p className="alert alert--error" role="alert">
      {`This question type (${String(type)}) cannot be shown.`}
    </p>
  );
}
