import { caseDefinitionSchema, validateItem } from '@alliance/quiz-engine';
import { sampleCase } from '@alliance/quiz-engine/samples';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../test/helpers';
import { importQti } from './import';
import { LIMITS } from './zip';

const zip = (files: Zippable) => zipSync(files, { level: 6 });

const fullPackage = (): Zippable => ({
  'imsmanifest.xml': fixtureBytes('manifest.xml'),
  'items/case-item-1.xml': fixtureBytes('case-item-1.xml'),
  'items/case-item-2.xml': fixtureBytes('case-item-2.xml'),
  'items/choice-match-correct.xml': fixtureBytes('choice-match-correct.xml'),
  'stimuli/velora.xml': fixtureBytes('stimulus.xml'),
});

describe('content packages', () => {
  it('a shared stimulus and the two items that refer to it become one case', () => {
    const preview = importQti({ fileName: 'velora.zip', bytes: zip(fullPackage()) });
    expect(preview.errors).toEqual([]);
    expect(preview.skipped).toEqual([]);
    expect(preview.items.map((i) => [i.sourcePath, i.definition.id])).toEqual([
      ['items/choice-match-correct.xml', 'choice-1'],
    ]);
    expect(preview.cases).toHaveLength(1);
    const kase = preview.cases[0];
    expect(kase?.sourcePath).toBe('stimuli/velora.xml');
    // stimulus.xml is the sample case's stimulus, written out in QTI: its title and table.
    const { title, figures } = sampleCase();
    expect(kase?.definition).toMatchObject({
      id: 'velora',
      title,
      stimulus:
        'In 2019 **Velora Motors** and Brannock Systems set up a joint R&D venture.\n\n- Velora brings the platform.\n- Brannock brings the batteries.',
      figures,
    });
    expect(kase?.definition.items.map((i) => i.id)).toEqual(['velora-q1', 'velora-q2']);
    expect(caseDefinitionSchema.safeParse(kase?.definition).success).toBe(true);
    for (const item of kase?.definition.items ?? []) expect(validateItem(item).ok).toBe(true);
  });

  it('a package in a top folder is read from its manifest folder', () => {
    const files = Object.fromEntries(
      Object.entries(fullPackage()).map(([k, v]) => [`export/${k}`, v]),
    );
    const preview = importQti({ fileName: 'nested.zip', bytes: zip(files) });
    expect(preview.errors).toEqual([]);
    expect(preview.cases).toHaveLength(1);
  });

  it('a zip without imsmanifest.xml is not a package', () => {
    const preview = importQti({
      fileName: 'loose.zip',
      bytes: zip({ 'items/a.xml': fixtureBytes('choice-match-correct.xml') }),
    });
    expect(preview.errors).toEqual([
      'loose.zip has no imsmanifest.xml, so it is not a QTI content package',
    ]);
  });

  it('a missing stimulus or item file is reported; the item stays, without its case', () => {
    const files = fullPackage();
    delete files['stimuli/velora.xml'];
    delete files['items/case-item-2.xml'];
    const preview = importQti({ fileName: 'partial.zip', bytes: zip(files) });
    expect(preview.cases).toEqual([]);
    expect(preview.skipped).toContainEqual({
      sourcePath: 'items/case-item-2.xml',
      reason: 'it is listed in imsmanifest.xml but missing from the package',
    });
    expect(preview.skipped).toContainEqual({
      sourcePath: 'stimuli/velora.xml',
      reason: 'no imported item refers to this shared stimulus',
    });
    expect(preview.errors).toEqual([
      'items/case-item-1.xml: its shared stimulus ../stimuli/velora.xml could not be read (it is listed in imsmanifest.xml but missing from the package); the item was imported without it',
    ]);
    expect(preview.items.map((i) => i.definition.id)).toEqual(['velora-q1', 'choice-1']);
  });

  it('malformed and unsupported items inside a package are skipped, the rest imported', () => {
    const files = fullPackage();
    files['items/case-item-2.xml'] = fixtureBytes('malformed.xml');
    files['items/choice-match-correct.xml'] = fixtureBytes('hotspot.xml');
    const preview = importQti({ fileName: 'mixed.zip', bytes: zip(files) });
    expect(preview.skipped.map((s) => s.sourcePath)).toEqual([
      'items/case-item-2.xml',
      'items/choice-match-correct.xml',
    ]);
    expect(preview.skipped[0]?.reason).toMatch(/^malformed XML at line 8, column 3/);
    expect(preview.skipped[1]?.reason).toMatch(/<qti-hotspot-interaction> is not supported/);
    expect(preview.cases[0]?.definition.items.map((i) => i.id)).toEqual(['velora-q1']);
  });

  it('hrefs that leave the package are refused', () => {
    const manifest = new TextDecoder()
      .decode(fixtureBytes('manifest.xml'))
      .replace('href="items/case-item-1.xml"', 'href="../../etc/passwd.xml"');
    const files = fullPackage();
    files['imsmanifest.xml'] = strToU8(manifest);
    const preview = importQti({ fileName: 'escape.zip', bytes: zip(files) });
    expect(preview.skipped).toContainEqual({
      sourcePath: '../../etc/passwd.xml',
      reason: 'its href points outside the package',
    });
  });

  it('zip bombs: an XML file that unpacks past 1 MB, or a package past 20 MB, is not inflated', () => {
    const zeros = (n: number) => new Uint8Array(n).fill(0x20);
    const files = fullPackage();
    files['items/choice-match-correct.xml'] = zeros(LIMITS.xmlBytes + 1);
    const one = importQti({ fileName: 'bomb.zip', bytes: zip(files) });
    expect(one.skipped).toContainEqual({
      sourcePath: 'items/choice-match-correct.xml',
      reason:
        'not read: it is 1,048,577 bytes unpacked; the limit for one XML file is 1 MB (1,048,576 bytes)',
    });

    const many: Zippable = { 'imsmanifest.xml': fixtureBytes('manifest.xml') };
    for (let i = 0; i < 25; i++) many[`pad/${i}.xml`] = zeros(1000 * 1000);
    const bytes = zip(many);
    expect(bytes.length).toBeLessThan(LIMITS.zipBytes);
    const total = importQti({ fileName: 'bomb.zip', bytes });
    expect(total.errors).toContain(
      'the package unpacks to more than 20 MB (20,971,520 bytes) of XML (the limit, against zip bombs); some files were not read',
    );
  });

  it('a zip that cannot be read says so instead of throwing', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const preview = importQti({ fileName: 'broken.zip', bytes });
    expect(preview.errors[0]).toMatch(/^the zip cannot be read/);
  });
});
