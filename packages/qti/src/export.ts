import type { CaseDefinition, ItemDefinition } from '@alliance/quiz-engine';
import { strToU8, zipSync } from 'fflate';
import { QtiIdAllocator } from './ids';
import { exporterOf } from './interactions';
import { attrs, num } from './interactions/shared';
import { figureXhtml, markdownToXhtml } from './markup';
import { escapeXml } from './xml';

/**
 * Our items → QTI 3. Scoring is written with the standard templates where they express our
 * policy exactly (match_correct, map_response), and with plain response rules where they do
 * not (numeric tolerances, wildcard patterns, weighted gaps). A policy QTI cannot express
 * exactly is refused with the reason, never approximated. This file writes the documents
 * (item, stimulus, manifest and package); each item type's declarations, body and processing
 * come from its interaction's module (see interactions/index.ts).
 */

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const SCHEMA_LOCATION = `${QTI_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd`;
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_SCHEMA = `${CP_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`;

export class QtiExportError extends Error {}

export interface ExportResult {
  /** A QTI 3 content package: imsmanifest.xml, items/*.xml, stimuli/*.xml. */
  zip: Uint8Array;
  /** Ids of the items and cases written. */
  exported: string[];
  /** What was left out, and why. */
  notExported: Array<{ id: string; reason: string }>;
}

/** Why an item cannot be written as QTI faithfully; null when it can (also for a definition of
 * a type we do not know, which fails when written). */
export function exportBlocker(item: ItemDefinition): string | null {
  return exporterOf(item)?.blocker?.(item) ?? null;
}

function outcome(id: string, value: number | undefined, extra: Record<string, string> = {}) {
  const def =
    value === undefined
      ? ''
      : `<qti-default-value><qti-value>${num(value)}</qti-value></qti-default-value>`;
  return `  <qti-outcome-declaration${attrs({ identifier: id, cardinality: 'single', 'base-type': 'float', ...extra })}>${def}</qti-outcome-declaration>`;
}

const titleOf = (item: ItemDefinition) => {
  const line = item.prompt.replace(/[*_]/g, '').split('\n')[0]?.trim() ?? item.id;
  return line.length > 80 ? `${line.slice(0, 77)}…` : line || item.id;
};

/**
 * One item as a QTI 3 qti-assessment-item document. Throws QtiExportError (with the reason)
 * for an item QTI cannot express faithfully; see exportBlocker.
 */
export function exportItemXml(
  item: ItemDefinition,
  options: {
    identifier?: string;
    stimulus?: { identifier: string; href: string; title: string };
  } = {},
): string {
  const blocker = exportBlocker(item);
  if (blocker) throw new QtiExportError(`${item.id}: ${blocker}`);
  const built = exporterOf(item).write(item);
  const identifier = options.identifier ?? new QtiIdAllocator().get(item.id);
  const outcomes = [
    outcome('SCORE', 0, built.scoreOutcome),
    outcome('MAXSCORE', built.maxScore),
    // Our points, when SCORE is not on that scale (match_correct gives 1): our own outcome,
    // which other systems ignore and our import reads back.
    ...(built.maxScore !== item.points ? [outcome('ALLIANCE_POINTS', item.points)] : []),
  ];
  const stimulus = options.stimulus
    ? [`  <qti-assessment-stimulus-ref${attrs(options.stimulus)}/>`]
    : [];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"${attrs({ identifier, title: titleOf(item), adaptive: false, 'time-dependent': false })}>`,
    ...built.declarations,
    ...outcomes,
    ...stimulus,
    `  <qti-item-body>\n    ${built.body}\n  </qti-item-body>`,
    ...(built.processing ? [built.processing] : []),
    '</qti-assessment-item>',
    '',
  ].join('\n');
}

/** A case's scenario and figures as a qti-assessment-stimulus document. */
export function exportStimulusXml(kase: CaseDefinition, identifier: string): string {
  const figures = kase.figures.map((f) => figureXhtml(f)).join('\n    ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-stimulus xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"${attrs({ identifier, title: kase.title })}>`,
    `  <qti-stimulus-body>\n    ${markdownToXhtml(kase.stimulus)}${figures ? `\n    ${figures}` : ''}\n  </qti-stimulus-body>`,
    '</qti-assessment-stimulus>',
    '',
  ].join('\n');
}

/**
 * A QTI 3 content package of items and cases (each case: a shared stimulus and its items).
 * Items QTI cannot express faithfully are listed in notExported with the reason.
 */
export function exportQti(items: ItemDefinition[], cases: CaseDefinition[] = []): ExportResult {
  const files: Record<string, Uint8Array> = {};
  const resources: string[] = [];
  const exported: string[] = [];
  const notExported: ExportResult['notExported'] = [];
  const itemIds = new QtiIdAllocator();
  const stimulusIds = new QtiIdAllocator();
  const seen = new Set<string>();

  const addItem = (
    item: ItemDefinition,
    stimulus?: { identifier: string; href: string; title: string; resource: string },
  ): boolean => {
    if (seen.has(item.id)) {
      notExported.push({ id: item.id, reason: 'another item in this export has the same id' });
      return false;
    }
    seen.add(item.id);
    const blocker = exportBlocker(item);
    if (blocker) {
      notExported.push({ id: item.id, reason: blocker });
      return false;
    }
    const identifier = itemIds.get(item.id);
    const path = `items/${identifier}.xml`;
    files[path] = strToU8(
      exportItemXml(item, {
        identifier,
        stimulus: stimulus && {
          identifier: stimulus.identifier,
          href: stimulus.href,
          title: stimulus.title,
        },
      }),
    );
    const dependency = stimulus
      ? `<dependency identifierref="${escapeXml(stimulus.resource)}"/>`
      : '';
    resources.push(
      `    <resource identifier="item-${escapeXml(identifier)}" type="imsqti_item_xmlv3p0" href="${escapeXml(path)}"><file href="${escapeXml(path)}"/>${dependency}</resource>`,
    );
    exported.push(item.id);
    return true;
  };

  for (const item of items) addItem(item);
  for (const kase of cases) {
    const identifier = stimulusIds.get(kase.id);
    const path = `stimuli/${identifier}.xml`;
    const resource = `stimulus-${identifier}`;
    const ref = { identifier, href: `../${path}`, title: kase.title, resource };
    const written = kase.items.filter((item) => addItem(item, ref)).length;
    if (written === 0) {
      notExported.push({ id: kase.id, reason: 'none of its items can be exported' });
      continue;
    }
    files[path] = strToU8(exportStimulusXml(kase, identifier));
    resources.push(
      `    <resource identifier="${escapeXml(resource)}" type="imsqti_stimulus_xmlv3p0" href="${escapeXml(path)}"><file href="${escapeXml(path)}"/></resource>`,
    );
    exported.push(kase.id);
  }

  files['imsmanifest.xml'] = strToU8(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<manifest xmlns="${CP_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_SCHEMA}" identifier="alliance-academy-export">`,
      '  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>',
      '  <organizations/>',
      '  <resources>',
      ...resources,
      '  </resources>',
      '</manifest>',
      '',
    ].join('\n'),
  );
  // A fixed date: the same items always give the same bytes.
  const zip = zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
  return { zip, exported, notExported };
}
