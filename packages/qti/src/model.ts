import { attr, childElements, descendants, firstChild, textContent, type XmlElement } from './xml';

/** What an item declares, read once from its XML. Names follow QTI 3 (kebab-case, `qti-`). */
export type Cardinality = 'single' | 'multiple' | 'ordered' | 'record';

interface QtiMapEntry {
  key: string;
  value: number;
  caseSensitive: boolean;
}

interface QtiMapping {
  entries: QtiMapEntry[];
  defaultValue: number;
  lowerBound?: number;
  upperBound?: number;
}

export interface QtiResponseDeclaration {
  identifier: string;
  cardinality: Cardinality;
  baseType: string;
  /** qti-correct-response values, as written (pairs with single spaces). */
  correct: string[];
  mapping?: QtiMapping;
  hasAreaMapping: boolean;
}

interface QtiOutcomeDeclaration {
  identifier: string;
  cardinality: Cardinality;
  baseType: string;
  defaultValue: string[];
}

export interface QtiItemModel {
  root: XmlElement;
  identifier: string;
  title: string;
  responses: Map<string, QtiResponseDeclaration>;
  outcomes: Map<string, QtiOutcomeDeclaration>;
  body: XmlElement | undefined;
  processing: XmlElement | undefined;
  stimulusRefs: Array<{ identifier: string; href: string; title: string }>;
}

/** A number from an attribute or text, or undefined when missing or not finite. */
export function readNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text.trim());
  return Number.isFinite(n) ? n : undefined;
}

const CARDINALITIES = new Set(['single', 'multiple', 'ordered', 'record']);

/** `A   B` → `A B` (pairs), other values trimmed. */
export function normalizeValue(text: string, baseType: string): string {
  const trimmed = text.trim();
  return baseType === 'directedPair' || baseType === 'pair'
    ? trimmed.split(/\s+/).join(' ')
    : trimmed;
}

function values(container: XmlElement | undefined, baseType: string): string[] {
  if (!container) return [];
  return childElements(container, 'qti-value').map((v) => normalizeValue(textContent(v), baseType));
}

function readMapping(element: XmlElement | undefined, baseType: string): QtiMapping | undefined {
  if (!element) return undefined;
  const entries = childElements(element, 'qti-map-entry').flatMap((entry) => {
    const key = attr(entry, 'map-key');
    const value = readNumber(attr(entry, 'mapped-value'));
    if (key === undefined || value === undefined) return [];
    // QTI 3: case-sensitive is optional; we read a missing one as true (exact, as qti-match).
    const cs = attr(entry, 'case-sensitive');
    return [{ key: normalizeValue(key, baseType), value, caseSensitive: cs !== 'false' }];
  });
  return {
    entries,
    defaultValue: readNumber(attr(element, 'default-value')) ?? 0,
    lowerBound: readNumber(attr(element, 'lower-bound')),
    upperBound: readNumber(attr(element, 'upper-bound')),
  };
}

/** Reads declarations, body, processing and stimulus references of a qti-assessment-item. */
export function readItem(root: XmlElement): QtiItemModel {
  const responses = new Map<string, QtiResponseDeclaration>();
  for (const decl of childElements(root, 'qti-response-declaration')) {
    const identifier = attr(decl, 'identifier');
    if (!identifier) continue;
    const cardinality = attr(decl, 'cardinality') ?? 'single';
    const baseType = attr(decl, 'base-type') ?? 'identifier';
    responses.set(identifier, {
      identifier,
      cardinality: (CARDINALITIES.has(cardinality) ? cardinality : 'single') as Cardinality,
      baseType,
      correct: values(firstChild(decl, 'qti-correct-response'), baseType),
      mapping: readMapping(firstChild(decl, 'qti-mapping'), baseType),
      hasAreaMapping: firstChild(decl, 'qti-area-mapping') !== undefined,
    });
  }
  const outcomes = new Map<string, QtiOutcomeDeclaration>();
  for (const decl of childElements(root, 'qti-outcome-declaration')) {
    const identifier = attr(decl, 'identifier');
    if (!identifier) continue;
    const cardinality = attr(decl, 'cardinality') ?? 'single';
    const baseType = attr(decl, 'base-type') ?? 'float';
    outcomes.set(identifier, {
      identifier,
      cardinality: (CARDINALITIES.has(cardinality) ? cardinality : 'single') as Cardinality,
      baseType,
      defaultValue: values(firstChild(decl, 'qti-default-value'), baseType),
    });
  }
  return {
    root,
    identifier: attr(root, 'identifier') ?? '',
    title: attr(root, 'title') ?? '',
    responses,
    outcomes,
    body: firstChild(root, 'qti-item-body'),
    processing: firstChild(root, 'qti-response-processing'),
    stimulusRefs: descendants(root, 'qti-assessment-stimulus-ref').map((ref) => ({
      identifier: attr(ref, 'identifier') ?? '',
      href: attr(ref, 'href') ?? '',
      title: attr(ref, 'title') ?? '',
    })),
  };
}

/** An outcome's numeric default (e.g. MAXSCORE), when declared and finite. */
export function outcomeNumber(model: QtiItemModel, identifier: string): number | undefined {
  const outcome = model.outcomes.get(identifier);
  return outcome ? readNumber(outcome.defaultValue[0]) : undefined;
}
