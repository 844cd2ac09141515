import { parseItem, scoreItem } from '@alliance/quiz-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeQtiId, encodeQtiId, IdAllocator, sanitizeId } from './ids';
import { importQti } from './import';
import { wildcardFromRegex, wildcardToXsd } from './interactions/short-text';
import { blockMarkdown, markdownToXhtml } from './markup';
import { xsdRegex } from './scoring';
import { escapeXml, parseXml } from './xml';
import { resolvePath } from './zip';

if (process.env.CI) fc.configureGlobal({ seed: 20261127 });

/** Our short-text normalisation of a pattern (trim, fold spaces, NFKC). */
const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ');

const body = (xml: string) => {
  const parsed = parseXml(`<root>${xml}</root>`);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.root.children;
};

describe('xml', () => {
  it('decodes the XML entities and character references, keeps CDATA literal', () => {
    const parsed = parseXml('<a t="x &amp; &#x41;">1 &lt; 2 &#8722;3 <![CDATA[&amp; <b>]]></a>');
    expect(parsed).toMatchObject({
      ok: true,
      root: { name: 'a', attrs: { t: 'x & A' }, children: ['1 < 2 −3 ', '&amp; <b>'] },
    });
  });

  it('refuses DOCTYPE and ENTITY declarations, and reports faults with line and column', () => {
    expect(parseXml('<!DOCTYPE a><a/>')).toMatchObject({ ok: false });
    expect(parseXml('<a>\n  <b></a>')).toEqual({
      ok: false,
      error:
        "malformed XML at line 2, column 6: Expected closing tag 'b' (opened in line 2, col 3) instead of closing tag 'a'.",
    });
    expect(parseXml('<constructor/>')).toMatchObject({ ok: false });
  });

  it('escapes text and drops control characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c"\u0001\t')).toBe('a &lt; b &amp; &quot;c&quot;\t');
  });
});

describe('ids', () => {
  it('sanitises to our id rules', () => {
    expect(sanitizeId('Q 1/ä')).toBe('Q_1_a');
    expect(sanitizeId('__proto__')).toBe('__proto___');
    expect(sanitizeId('***', 'item')).toBe('item');
    const long = sanitizeId('x'.repeat(100));
    expect(long).toHaveLength(64);
    expect(long).toMatch(/^[A-Za-z0-9_.:-]+$/);
    const ids = new IdAllocator();
    expect([ids.get('a b'), ids.get('a_b'), ids.get('a b')]).toEqual(['a_b', 'a_b-2', 'a_b']);
  });

  it('our ids that are not XML names survive a trip through QTI', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,20}$/), (id) => {
        const qti = encodeQtiId(id);
        expect(qti).toMatch(/^[A-Za-z_][A-Za-z0-9_.\u00b7-]*$/);
        expect(decodeQtiId(qti)).toBe(id);
      }),
    );
  });
});

describe('markup', () => {
  it('converts simple HTML to our markdown, with a table in a prompt as a pipe table', () => {
    const warnings = new Set<string>();
    const md = blockMarkdown(
      body(
        '<p>One <strong>bold</strong> and <em>it</em>.</p><ol><li>first</li><li>second</li></ol><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><p><img src="x.png" alt="A chart"/></p>',
      ),
      { warnings },
    );
    expect(md).toBe(
      'One **bold** and *it*.\n\n1. first\n2. second\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n[image: A chart]',
    );
    expect([...warnings]).toEqual(['images are not imported (only their alt text is kept)']);
  });

  it('writes our markdown as XHTML blocks', () => {
    expect(markdownToXhtml('A **b** <c>\n\n- x\n- y\n\n1. p\n2. q')).toBe(
      '<p>A <strong>b</strong> &lt;c&gt;</p>\n<ul><li>x</li><li>y</li></ul>\n<ol><li>p</li><li>q</li></ol>',
    );
  });
});

describe('patterns', () => {
  it('reads XML Schema patterns (^ and $ are plain characters there)', () => {
    expect(xsdRegex('a^b$').test('a^b$')).toBe(true);
    expect(xsdRegex('[0-9]+').test('123')).toBe(true);
    expect(xsdRegex('[0-9]+').test('12a')).toBe(false);
    expect(xsdRegex('a\\-b').test('a-b')).toBe(true);
    expect(() => xsdRegex('\\i\\c*')).toThrow(/not supported/);
  });

  it('our wildcard → XML Schema pattern → our wildcard is the identity, and matches alike', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9$.()?+-]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constant('*'), fc.constant(' ')), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.boolean(),
        fc.array(fc.stringMatching(/^[a-zA-Z0-9 $.()?+-]{0,12}$/), { maxLength: 10 }),
        (parts, caseSensitive, answers) => {
          const pattern = fold(parts.join(''));
          if (!pattern || pattern === '*') return;
          const xsd = wildcardToXsd(pattern, caseSensitive);
          const back = wildcardFromRegex(xsd);
          const hasLetter = /[a-zA-Z]/.test(pattern);
          expect(back?.pattern).toBe(caseSensitive ? pattern : pattern.toLowerCase());
          if (hasLetter) expect(back?.caseSensitive).toBe(caseSensitive);
          const def = parseItem({
            type: 'short-text',
            id: 's',
            prompt: 'p',
            caseSensitive,
            patterns: [{ pattern }],
          });
          if (!def.ok) throw new Error(JSON.stringify(def.issues));
          const re = xsdRegex(xsd);
          for (const a of answers) {
            // Answers as typed without stray spaces: QTI sees the raw text, we trim and fold
            // spaces first (a documented difference); an empty answer is NULL to QTI.
            if (!fold(a) || fold(a) !== a) continue;
            const scored = scoreItem(def.value, { text: a });
            const ours = scored.ok && scored.value.fraction === 1;
            expect({ a, qti: re.test(a) }).toEqual({ a, qti: ours });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('paths in packages', () => {
  it('resolves relative hrefs and refuses those that leave the package', () => {
    expect(resolvePath('items', '../stimuli/s%201.xml')).toBe('stimuli/s 1.xml');
    expect(resolvePath('', './a/./b.xml')).toBe('a/b.xml');
    expect(resolvePath('items', '../../x.xml')).toBeNull();
    expect(resolvePath('', 'https://example.org/x.xml')).toBeNull();
    expect(resolvePath('', '/etc/passwd')).toBeNull();
  });
});

describe('more import cases', () => {
  const item = (decls: string, bodyXml: string, rp = '') =>
    new TextEncoder().encode(
      `<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x" title="x">${decls}<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/><qti-item-body>${bodyXml}</qti-item-body>${rp}</qti-assessment-item>`,
    );
  const gapDecl = (id: string, correct: string) =>
    `<qti-response-declaration identifier="${id}" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>${correct}</qti-value></qti-correct-response></qti-response-declaration>`;
  const gap = (id: string) =>
    `<qti-inline-choice-interaction response-identifier="${id}"><qti-inline-choice identifier="a">alpha</qti-inline-choice><qti-inline-choice identifier="b">beta</qti-inline-choice></qti-inline-choice-interaction>`;

  it('several inline choices without response processing: one mark per gap, with a warning', () => {
    const preview = importQti({
      fileName: 'g.xml',
      bytes: item(
        gapDecl('G1', 'a') + gapDecl('G2', 'b'),
        `<p>One ${gap('G1')}, two ${gap('G2')}.</p>`,
      ),
    });
    expect(preview.items[0]?.definition).toMatchObject({
      type: 'inline-choice',
      text: 'One {{G1}}, two {{G2}}.',
      gaps: [
        { id: 'G1', answer: 'a', weight: 1 },
        { id: 'G2', answer: 'b', weight: 1 },
      ],
    });
    expect(preview.items[0]?.warnings[0]).toMatch(
      /no response processing; scoring was taken from qti-correct-response only/,
    );
  });

  it('a pattern it cannot read as our wildcards: scoring from the correct response, with a warning', () => {
    const preview = importQti({
      fileName: 'p.xml',
      bytes: item(
        '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"><qti-correct-response><qti-value>42</qti-value></qti-correct-response></qti-response-declaration>',
        '<p>A number: <qti-text-entry-interaction response-identifier="RESPONSE"/></p>',
        '<qti-response-processing><qti-response-condition><qti-response-if><qti-pattern-match pattern="[0-9]+"><qti-variable identifier="RESPONSE"/></qti-pattern-match><qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value></qti-response-if></qti-response-condition></qti-response-processing>',
      ),
    });
    expect(preview.items[0]?.definition).toMatchObject({
      type: 'short-text',
      patterns: [{ pattern: '42' }],
    });
    expect(preview.items[0]?.warnings.join(' ')).toMatch(
      /not a list of answers we can read; scoring was taken from qti-correct-response only/,
    );
  });

  it('a match_correct multiple response with several options right → all-or-nothing', () => {
    const preview = importQti({
      fileName: 'm.xml',
      bytes: item(
        '<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier"><qti-correct-response><qti-value>a</qti-value><qti-value>c</qti-value></qti-correct-response></qti-response-declaration>',
        '<qti-choice-interaction response-identifier="RESPONSE" max-choices="2"><qti-prompt>Pick two.</qti-prompt><qti-simple-choice identifier="a">A</qti-simple-choice><qti-simple-choice identifier="b">B</qti-simple-choice><qti-simple-choice identifier="c">C</qti-simple-choice></qti-choice-interaction>',
        '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>',
      ),
    });
    expect(preview.items[0]?.definition).toMatchObject({
      type: 'multiple-response',
      policy: 'all-or-nothing',
      options: [{ correct: true }, { correct: false }, { correct: true }],
    });
    expect(preview.items[0]?.warnings).toEqual([
      'QTI lets a candidate pick at most 2 options; our multiple response does not limit picks',
    ]);
  });
});
