import type { ItemDefinition, ItemType } from '@alliance/quiz-engine';
import type { XmlElement } from '../xml';
import { choiceXml, importChoice } from './choice';
import { essayXml, importEssay } from './essay';
import { importGapMatch } from './gap-match';
import { importInlineChoices, inlineChoiceXml } from './inline-choice';
import { importMatch, matchXml } from './match';
import { multipleResponseBlocker, multipleResponseXml } from './multiple-response';
import { numericBlocker, numericXml } from './numeric';
import { importOrder, orderingBlocker, orderingXml } from './ordering';
import type { Built, Ctx, ItemImport } from './shared';
import { shortTextXml } from './short-text';
import { importTextEntry } from './text-entry';

/**
 * The registry of interactions: which module reads each QTI interaction (import-item.ts
 * dispatches on it) and which writes each of our item types (export.ts dispatches on it). A
 * new interaction is a file in this folder holding its import and export, added here.
 */

/** Interactions we import; any other `qti-…-interaction` makes the item skipped. */
export const SUPPORTED_INTERACTIONS = [
  'qti-choice-interaction',
  'qti-order-interaction',
  'qti-match-interaction',
  'qti-gap-match-interaction',
  'qti-inline-choice-interaction',
  'qti-text-entry-interaction',
  'qti-extended-text-interaction',
] as const;

type SupportedInteraction = (typeof SUPPORTED_INTERACTIONS)[number];

/** How one kind of QTI interaction is read. */
export interface InteractionImporter {
  /** Reads the item from its first interaction (`all`: every interaction of the item). */
  read: (ctx: Ctx, interaction: XmlElement, all: XmlElement[]) => ItemImport;
  /** Several of these in one item make one item of ours (inline choices: a gap each). */
  several?: boolean;
  /** Graded by a person: the item needs no response declaration, and no processing is read. */
  byPerson?: boolean;
}

const IMPORTERS: Record<SupportedInteraction, InteractionImporter> = {
  'qti-choice-interaction': { read: importChoice },
  'qti-order-interaction': { read: importOrder },
  'qti-match-interaction': { read: importMatch },
  'qti-gap-match-interaction': { read: importGapMatch },
  'qti-inline-choice-interaction': {
    read: (ctx, _, all) => importInlineChoices(ctx, all),
    several: true,
  },
  'qti-text-entry-interaction': { read: importTextEntry },
  'qti-extended-text-interaction': { read: importEssay, byPerson: true },
};

/** The module reading an interaction, or undefined when it is not one we import. */
export function importerOf(name: string): InteractionImporter | undefined {
  return (SUPPORTED_INTERACTIONS as readonly string[]).includes(name)
    ? IMPORTERS[name as SupportedInteraction]
    : undefined;
}

/** How one of our item types is written. */
export interface ItemExporter<T extends ItemDefinition> {
  /** Why the item cannot be written as QTI faithfully; absent when every item of the type can. */
  blocker?: (item: T) => string | null;
  /** Its declarations, body and response processing. */
  write: (item: T) => Built;
}

type ExporterMap = { [T in ItemType]: ItemExporter<Extract<ItemDefinition, { type: T }>> };

const EXPORTERS: ExporterMap = {
  choice: { write: choiceXml },
  'multiple-response': { blocker: multipleResponseBlocker, write: multipleResponseXml },
  ordering: { blocker: orderingBlocker, write: orderingXml },
  matching: { write: matchXml },
  categorize: { write: matchXml },
  numeric: { blocker: numericBlocker, write: numericXml },
  'short-text': { write: shortTextXml },
  'inline-choice': { write: inlineChoiceXml },
  essay: { write: essayXml },
};

// The map pairs each type with its writer; this view lets callers dispatch on a definition.
export function exporterOf(item: ItemDefinition): ItemExporter<ItemDefinition> {
  return EXPORTERS[item.type] as unknown as ItemExporter<ItemDefinition>;
}
