import {
  type CaseDefinition,
  type CaseDefinitionInput,
  type ItemDefinition,
  type ItemDefinitionInput,
  parseCase,
  parseItem,
} from '@alliance/quiz-engine';
import * as benefitsGlossary from '../glossary/benefits';
import * as buildingGlossary from '../glossary/building';
import * as countermeasuresGlossary from '../glossary/countermeasures';
import * as definitionGlossary from '../glossary/definition';
import * as evolutionGlossary from '../glossary/evolution';
import * as formsGlossary from '../glossary/forms';
import * as obstaclesGlossary from '../glossary/obstacles';
import * as theoriesGlossary from '../glossary/theories';
import * as benefits from '../items/benefits';
import * as building from '../items/building';
import * as countermeasures from '../items/countermeasures';
import * as definition from '../items/definition';
import * as evolution from '../items/evolution';
import * as benefitsFinal from '../items/final/benefits';
import * as buildingFinal from '../items/final/building';
import * as countermeasuresFinal from '../items/final/countermeasures';
import * as definitionFinal from '../items/final/definition';
import * as evolutionFinal from '../items/final/evolution';
import * as formsFinal from '../items/final/forms';
import * as obstaclesFinal from '../items/final/obstacles';
import * as theoriesFinal from '../items/final/theories';
import * as forms from '../items/forms';
import * as obstacles from '../items/obstacles';
import * as theories from '../items/theories';
import type { GlossaryTermInput } from './glossary-types';
import { MODULES } from './modules';

const banks: Record<string, { items: ItemDefinitionInput[]; cases: CaseDefinitionInput[] }> = {
  definition,
  forms,
  evolution,
  theories,
  obstacles,
  benefits,
  building,
  countermeasures,
};
/**
 * The final assessment's own bank, per module: items and cases that no lesson, practice quiz or
 * review shows with a key (a summative pool; `checkCourse` keeps it disjoint).
 */
const finalBanks: Record<string, { items: ItemDefinitionInput[]; cases: CaseDefinitionInput[] }> = {
  definition: definitionFinal,
  forms: formsFinal,
  evolution: evolutionFinal,
  theories: theoriesFinal,
  obstacles: obstaclesFinal,
  benefits: benefitsFinal,
  building: buildingFinal,
  countermeasures: countermeasuresFinal,
};
const glossaries: Record<string, { terms: GlossaryTermInput[] }> = {
  definition: definitionGlossary,
  forms: formsGlossary,
  evolution: evolutionGlossary,
  theories: theoriesGlossary,
  obstacles: obstaclesGlossary,
  benefits: benefitsGlossary,
  building: buildingGlossary,
  countermeasures: countermeasuresGlossary,
};

export interface BankItem {
  module: string;
  item: ItemDefinition;
  /** The case it belongs to, if any. */
  caseId: string | null;
}

function parsed<T>(
  result: { ok: true; value: T } | { ok: false; issues: Array<{ path: string; message: string }> },
  what: string,
): T {
  if (result.ok) return result.value;
  throw new Error(
    `${what} is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
  );
}

/** Every standalone item and case, parsed (defaults applied), with its module slug. */
export const cases: Array<{ module: string; case: CaseDefinition }> = MODULES.flatMap((mod) =>
  (banks[mod.key]?.cases ?? []).map((raw) => ({
    module: mod.slug,
    case: parsed(parseCase(raw), `case ${(raw as { id?: string }).id}`),
  })),
);

export const standaloneItems: BankItem[] = MODULES.flatMap((mod) =>
  (banks[mod.key]?.items ?? []).map((raw) => ({
    module: mod.slug,
    item: parsed(parseItem(raw), `item ${(raw as { id?: string }).id}`),
    caseId: null,
  })),
);

/** The final assessment's own items (standalone), with their module. */
export const summativeItems: BankItem[] = MODULES.flatMap((mod) =>
  (finalBanks[mod.key]?.items ?? []).map((raw) => ({
    module: mod.slug,
    item: parsed(parseItem(raw), `item ${(raw as { id?: string }).id}`),
    caseId: null,
  })),
);

/** The final assessment's own cases, with their module. */
export const summativeCases: Array<{ module: string; case: CaseDefinition }> = MODULES.flatMap(
  (mod) =>
    (finalBanks[mod.key]?.cases ?? []).map((raw) => ({
      module: mod.slug,
      case: parsed(parseCase(raw), `case ${(raw as { id?: string }).id}`),
    })),
);

/** Every item of the course, standalone and in cases, the summative bank's included. */
export const allItems: BankItem[] = [
  ...standaloneItems,
  ...cases.flatMap(({ module, case: c }) =>
    c.items.map((item) => ({ module, item, caseId: c.id })),
  ),
  ...summativeItems,
  ...summativeCases.flatMap(({ module, case: c }) =>
    c.items.map((item) => ({ module, item, caseId: c.id })),
  ),
];

const itemsById = new Map(allItems.map((entry) => [entry.item.id, entry]));
export const findItem = (id: string) => itemsById.get(id) ?? null;

export interface GlossaryTerm extends GlossaryTermInput {
  module: string;
}

export const glossary: GlossaryTerm[] = MODULES.flatMap((mod) =>
  (glossaries[mod.key]?.terms ?? []).map((term) => ({ ...term, module: mod.slug })),
).sort((a, b) => a.term.localeCompare(b.term, 'en'));
