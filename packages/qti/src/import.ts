import {
  type CaseDefinition,
  caseDefinitionSchema,
  type ItemDefinition,
} from '@alliance/quiz-engine';
import { IdAllocator } from './ids';
import { importItem } from './import-item';
import { blockMarkdown, type FigureTable } from './markup';
import { attr, decodeText, descendants, firstChild, parseXml, type XmlElement } from './xml';
import { dirOf, formatBytes, formatLimit, isZip, LIMITS, resolvePath, unzipPackage } from './zip';

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportedItem {
  sourcePath: string;
  definition: ItemDefinition;
  warnings: string[];
}

export interface ImportedCase {
  sourcePath: string;
  definition: CaseDefinition;
  /** Warnings about the stimulus and its items (each prefixed with the item's file). */
  warnings: string[];
}

/**
 * What an import would bring in. Nothing is saved: the caller shows this preview and saves
 * only what the instructor confirms. Items that belong to a shared stimulus are inside their
 * case, not in `items`.
 */
export interface ImportPreview {
  items: ImportedItem[];
  cases: ImportedCase[];
  skipped: Array<{ sourcePath: string; reason: string }>;
  errors: string[];
}

interface Stimulus {
  path: string;
  identifier: string;
  title: string;
  markdown: string;
  figures: FigureTable[];
  warnings: string[];
}

const emptyPreview = (): ImportPreview => ({ items: [], cases: [], skipped: [], errors: [] });

function readStimulus(root: XmlElement, path: string): Stimulus | string {
  if (root.name !== 'qti-assessment-stimulus')
    return `<${root.name}> is not a qti-assessment-stimulus`;
  const warnings = new Set<string>();
  const figures: FigureTable[] = [];
  const body = firstChild(root, 'qti-stimulus-body');
  const markdown = body ? blockMarkdown(body.children, { warnings, figures }) : '';
  return {
    path,
    identifier: attr(root, 'identifier') ?? '',
    title: attr(root, 'title') ?? '',
    markdown,
    figures,
    warnings: [...warnings],
  };
}

function rootHint(root: XmlElement): string {
  if (root.name === 'assessmentItem' || root.name === 'assessmentTest')
    return `<${root.name}> is QTI 2.x; only QTI 3 (qti-assessment-item) is read`;
  return `<${root.name}> is not a QTI 3 item (qti-assessment-item)`;
}

/** Imports a single item XML file. */
function importSingle(input: ImportInput, preview: ImportPreview): void {
  const path = input.fileName;
  if (input.bytes.length > LIMITS.xmlBytes) {
    preview.errors.push(
      `${path} is ${formatBytes(input.bytes.length)}; the limit for an XML file is ${formatLimit(LIMITS.xmlBytes)}`,
    );
    return;
  }
  const text = decodeText(input.bytes);
  if (text === null) {
    preview.errors.push(`${path} is not UTF-8 text`);
    return;
  }
  const parsed = parseXml(text);
  if (!parsed.ok) {
    preview.errors.push(`${path}: ${parsed.error}`);
    return;
  }
  const root = parsed.root;
  if (root.name === 'qti-assessment-stimulus') {
    preview.skipped.push({
      sourcePath: path,
      reason:
        'a shared stimulus alone has no items; import the content package (zip) that holds it',
    });
    return;
  }
  if (root.name === 'qti-assessment-test') {
    preview.skipped.push({
      sourcePath: path,
      reason: 'an assessment test refers to item files; import the content package (zip) instead',
    });
    return;
  }
  if (root.name === 'manifest') {
    preview.errors.push(`${path} is a package manifest; import the whole zip`);
    return;
  }
  if (root.name !== 'qti-assessment-item') {
    preview.errors.push(`${path}: ${rootHint(root)}`);
    return;
  }
  const result = importItem(root, new IdAllocator());
  if (!result.ok) {
    preview.skipped.push({ sourcePath: path, reason: result.reason });
    return;
  }
  const warnings = [...result.warnings];
  if (result.stimulusRefs.length) {
    warnings.push(
      `it uses a shared stimulus (${result.stimulusRefs.map((r) => r.href || r.identifier).join(', ')}) that is not in this file: import the content package to keep it`,
    );
  }
  preview.items.push({ sourcePath: path, definition: result.definition, warnings });
}

interface Resource {
  identifier: string;
  type: string;
  path: string | null;
  href: string;
}

/** Imports a QTI 3 content package: imsmanifest.xml, items, shared stimuli → cases. */
function importPackage(input: ImportInput, preview: ImportPreview): void {
  if (input.bytes.length > LIMITS.zipBytes) {
    preview.errors.push(
      `${input.fileName} is ${formatBytes(input.bytes.length)}; the limit for a package is ${formatLimit(LIMITS.zipBytes)}`,
    );
    return;
  }
  const pkg = unzipPackage(input.bytes);
  preview.errors.push(...pkg.errors);
  if (pkg.names.size === 0 && pkg.errors.length) return;
  const manifests = [...pkg.names]
    .filter((n) => n === 'imsmanifest.xml' || n.endsWith('/imsmanifest.xml'))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  const manifestPath = manifests[0];
  if (!manifestPath) {
    preview.errors.push(
      `${input.fileName} has no imsmanifest.xml, so it is not a QTI content package`,
    );
    return;
  }

  const readXml = (
    path: string,
  ): { ok: true; root: XmlElement } | { ok: false; reason: string } => {
    const refused = pkg.refused.get(path);
    if (refused) return { ok: false, reason: `not read: ${refused}` };
    const bytes = pkg.files.get(path);
    if (!bytes) {
      return {
        ok: false,
        reason: pkg.names.has(path)
          ? 'not read'
          : 'it is listed in imsmanifest.xml but missing from the package',
      };
    }
    const text = decodeText(bytes);
    if (text === null) return { ok: false, reason: 'it is not UTF-8 text' };
    const parsed = parseXml(text);
    return parsed.ok ? parsed : { ok: false, reason: parsed.error };
  };

  const manifest = readXml(manifestPath);
  if (!manifest.ok) {
    preview.errors.push(`${manifestPath}: ${manifest.reason}`);
    return;
  }
  const base = dirOf(manifestPath);
  const resources: Resource[] = descendants(manifest.root, 'resource').map((r) => {
    const href = attr(r, 'href') ?? firstChild(r, 'file')?.attrs.href ?? '';
    return {
      identifier: attr(r, 'identifier') ?? '',
      type: attr(r, 'type') ?? '',
      href,
      path: resolvePath(base, href),
    };
  });

  const ids = new IdAllocator();
  const stimuli = new Map<string, Stimulus | string>();
  const loadStimulus = (path: string): Stimulus | string => {
    const known = stimuli.get(path);
    if (known !== undefined) return known;
    const xml = readXml(path);
    const stimulus = xml.ok ? readStimulus(xml.root, path) : xml.reason;
    stimuli.set(path, stimulus);
    return stimulus;
  };

  type Loose = ImportedItem & { stimulus?: string };
  const imported: Loose[] = [];
  const seen = new Set<string>();
  for (const resource of resources) {
    const type = resource.type.toLowerCase();
    const where = resource.path ?? resource.href;
    if (type.startsWith('imsqti_item_xmlv2') || type.startsWith('imsqti_test_xmlv2')) {
      preview.skipped.push({
        sourcePath: where,
        reason: 'QTI 2.x resources are not read; only QTI 3',
      });
      continue;
    }
    if (type.startsWith('imsqti_test_xmlv3') || type.startsWith('imsqti_section')) {
      preview.skipped.push({
        sourcePath: where,
        reason:
          'assessment tests are not imported (their sections, weights and order); the items they use are imported from the manifest',
      });
      continue;
    }
    if (!type.startsWith('imsqti_item_xmlv3')) continue;
    if (resource.path === null) {
      preview.skipped.push({ sourcePath: where, reason: 'its href points outside the package' });
      continue;
    }
    if (seen.has(resource.path)) continue;
    seen.add(resource.path);
    const xml = readXml(resource.path);
    if (!xml.ok) {
      preview.skipped.push({ sourcePath: resource.path, reason: xml.reason });
      continue;
    }
    if (xml.root.name !== 'qti-assessment-item') {
      preview.skipped.push({ sourcePath: resource.path, reason: rootHint(xml.root) });
      continue;
    }
    const result = importItem(xml.root, ids);
    if (!result.ok) {
      preview.skipped.push({ sourcePath: resource.path, reason: result.reason });
      continue;
    }
    const warnings = [...result.warnings];
    let stimulusPath: string | undefined;
    for (const ref of result.stimulusRefs) {
      const path = resolvePath(dirOf(resource.path), ref.href);
      const stimulus = path === null ? 'it points outside the package' : loadStimulus(path);
      if (typeof stimulus === 'string') {
        const message = `its shared stimulus ${ref.href || ref.identifier} could not be read (${stimulus}); the item was imported without it`;
        warnings.push(message);
        preview.errors.push(`${resource.path}: ${message}`);
        continue;
      }
      if (stimulusPath === undefined) stimulusPath = stimulus.path;
      else
        warnings.push(
          `it refers to several stimuli; it was put in the case of the first (${stimulusPath})`,
        );
    }
    imported.push({
      sourcePath: resource.path,
      definition: result.definition,
      warnings,
      stimulus: stimulusPath,
    });
  }

  // Items sharing a stimulus become one case, in manifest order.
  const groups = new Map<string, Loose[]>();
  for (const item of imported) {
    if (item.stimulus === undefined) {
      preview.items.push({
        sourcePath: item.sourcePath,
        definition: item.definition,
        warnings: item.warnings,
      });
      continue;
    }
    groups.set(item.stimulus, [...(groups.get(item.stimulus) ?? []), item]);
  }
  for (const [path, members] of groups) {
    const stimulus = stimuli.get(path);
    if (typeof stimulus !== 'object') continue;
    const parsed = caseDefinitionSchema.safeParse({
      id: ids.get(stimulus.identifier || path, 'case'),
      title: stimulus.title || stimulus.identifier || path,
      stimulus: stimulus.markdown || stimulus.title || stimulus.identifier || 'Read the material.',
      figures: stimulus.figures,
      items: members.map((m) => m.definition),
      tags: [],
    });
    if (!parsed.success) {
      preview.errors.push(
        `${path}: the case does not validate (${parsed.error.issues.map((i) => i.message).join('; ')}); its items were imported on their own`,
      );
      for (const m of members)
        preview.items.push({
          sourcePath: m.sourcePath,
          definition: m.definition,
          warnings: m.warnings,
        });
      continue;
    }
    preview.cases.push({
      sourcePath: path,
      definition: { ...parsed.data, items: members.map((m) => m.definition) },
      warnings: [
        ...stimulus.warnings.map((w) => `stimulus: ${w}`),
        ...members.flatMap((m) => m.warnings.map((w) => `${m.sourcePath}: ${w}`)),
      ],
    });
  }
  for (const resource of resources) {
    if (!resource.type.toLowerCase().startsWith('imsqti_stimulus_xmlv3') || resource.path === null)
      continue;
    if (!groups.has(resource.path)) {
      preview.skipped.push({
        sourcePath: resource.path,
        reason: 'no imported item refers to this shared stimulus',
      });
    }
  }
}

/**
 * Reads QTI 3: a single item XML file, or a content package (zip with imsmanifest.xml). Pure:
 * bytes in, a preview out; never throws.
 */
export function importQti(input: ImportInput): ImportPreview {
  const preview = emptyPreview();
  try {
    const zip = isZip(input.bytes) || /\.zip$/i.test(input.fileName);
    if (zip) importPackage(input, preview);
    else importSingle(input, preview);
  } catch (error) {
    preview.errors.push(
      `the import stopped on an unexpected problem: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (
    !preview.errors.length &&
    !preview.items.length &&
    !preview.cases.length &&
    !preview.skipped.length
  ) {
    preview.errors.push(`${input.fileName}: nothing to import (no QTI 3 item found)`);
  }
  return preview;
}
