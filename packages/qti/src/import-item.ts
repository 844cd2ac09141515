import { decodeQtiId, type IdAllocator } from './ids';
import { importerOf, SUPPORTED_INTERACTIONS } from './interactions';
import { type Ctx, fail, INTERACTION, type ItemImport } from './interactions/shared';
import { readItem } from './model';
import { compileProcessing, correctResponseProcessing } from './scoring';
import { childElements, descendants, type XmlElement } from './xml';

/**
 * One qti-assessment-item → one of our item definitions, checked response by response against
 * the item's own response processing (see verify.ts). Never throws: what cannot be imported
 * comes back with the reason. This file does the document-level work (which interactions the
 * item has, feedback, templates, the item id, compiling the response processing) and hands
 * the item to its interaction's module (see interactions/index.ts).
 */

const IGNORED_INTERACTIONS = new Set(['qti-end-attempt-interaction']);

/** Imports one qti-assessment-item (already parsed). `ids` keeps item ids unique across a package. */
export function importItem(root: XmlElement, ids: IdAllocator): ItemImport {
  if (root.name !== 'qti-assessment-item') {
    return fail(`<${root.name}> is not a qti-assessment-item`);
  }
  const model = readItem(root);
  if (!model.body) return fail('it has no qti-item-body');
  const interactions = descendants(model.body).filter((e) => INTERACTION.test(e.name));
  const warnings = new Set<string>();
  const unknown = interactions.filter(
    (e) => !importerOf(e.name) && !IGNORED_INTERACTIONS.has(e.name),
  );
  if (unknown.length) {
    return fail(
      `the interaction <${unknown[0]?.name}> is not supported (supported: ${SUPPORTED_INTERACTIONS.join(', ')})`,
    );
  }
  if (interactions.some((e) => IGNORED_INTERACTIONS.has(e.name))) {
    warnings.add('its end-attempt button (qti-end-attempt-interaction) was left out');
  }
  const used = interactions.filter((e) => !IGNORED_INTERACTIONS.has(e.name));
  if (used.length === 0) return fail('it has no interaction to answer');
  const first = used[0] as XmlElement;
  const importer = importerOf(first.name);
  if (!importer) return fail(`the interaction <${first.name}> is not supported`);
  const sameKind = used.every((e) => e.name === first.name);
  if (used.length > 1 && !(importer.several && sameKind)) {
    return fail(
      `it combines several interactions (${[...new Set(used.map((e) => e.name))].join(', ')}); each of our items asks one question (several inline choices excepted)`,
    );
  }
  if (model.responses.size === 0 && !importer.byPerson) {
    return fail('it declares no response (qti-response-declaration)');
  }
  if (
    descendants(root, 'qti-modal-feedback').length ||
    descendants(root, 'qti-feedback-inline').length ||
    descendants(root, 'qti-feedback-block').length
  ) {
    warnings.add('its feedback is not imported');
  }
  if (
    descendants(root, 'qti-template-declaration').length ||
    childElements(root, 'qti-template-processing').length
  ) {
    return fail('items with templates (qti-template-declaration) are not supported');
  }
  const sourceId = model.identifier || 'item';
  const id = ids.get(sourceId, 'item');
  if (id !== decodeQtiId(sourceId)) warnings.add(`its identifier "${sourceId}" became "${id}"`);

  const ctx: Ctx = {
    model,
    warnings,
    processing: { kind: 'none', score: () => 0 },
    fromCorrectOnly: false,
    base: { id, prompt: '' },
  };
  // Graded by a person: there is no automatic scoring to read.
  if (importer.byPerson) return importer.read(ctx, first, used);

  const compiled = compileProcessing(model);
  if (compiled.ok && compiled.value.kind !== 'none') {
    ctx.processing = compiled.value;
  } else {
    ctx.processing = correctResponseProcessing(model);
    ctx.fromCorrectOnly = true;
    warnings.add(
      compiled.ok
        ? 'it has no response processing; scoring was taken from qti-correct-response only (each interaction right or wrong)'
        : `its response processing could not be evaluated (${compiled.reason}); scoring was taken from qti-correct-response only (each interaction right or wrong)`,
    );
  }
  if (compiled.ok && compiled.value.kind === 'custom') {
    warnings.add(
      'it uses custom response processing; it was evaluated rule by rule and the scores were checked response by response',
    );
  }

  return importer.read(ctx, first, used);
}
