import { type EssayDefinition, validateItem } from '@alliance/quiz-engine';
import { readNumber } from '../model';
import {
  attr,
  childElements,
  descendants,
  escapeXml,
  firstChild,
  textContent,
  type XmlElement,
} from '../xml';
import {
  attrs,
  type Built,
  blockPrompt,
  type Ctx,
  declarationXml,
  done,
  fail,
  fallbackPrompt,
  type ItemImport,
  num,
  pointsFor,
  promptXhtml,
} from './shared';

/**
 * `qti-extended-text-interaction` ⇄ `essay`, graded by a person: no response processing is
 * evaluated. Export writes SCORE as `external-scored="human"`, the rubric in a scorer
 * qti-rubric-block (`data-criterion`, `data-level`, `data-points`) and the word limits as
 * `data-min-words` / `data-max-words`; import reads them back, or adds a default
 * one-criterion rubric with a warning.
 */

/** Our own rubric block (as essayXml writes it), read back; undefined for anything else. */
function readRubric(root: XmlElement) {
  for (const block of descendants(root, 'qti-rubric-block')) {
    const criteria = descendants(block, 'li')
      .filter((li) => attr(li, 'data-criterion'))
      .map((li) => ({
        id: attr(li, 'data-criterion') ?? '',
        title: textContent(firstChild(li, 'strong') ?? li).trim(),
        levels: descendants(li, 'li')
          .filter((l) => attr(l, 'data-level'))
          .map((l) => ({
            id: attr(l, 'data-level') ?? '',
            label: textContent(firstChild(l, 'strong') ?? l).trim(),
            points: readNumber(attr(l, 'data-points')) ?? 0,
            description: textContent(
              childElements(l, 'span').find((s) => attr(s, 'class') === 'description') ?? {
                name: 'span',
                attrs: {},
                children: [],
              },
            ).trim(),
          })),
      }));
    if (criteria.length) return criteria;
  }
  return undefined;
}

/** An essay from a qti-extended-text-interaction: our rubric block, or a default rubric. */
export function importEssay(ctx: Ctx, el: XmlElement): ItemImport {
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const points = pointsFor(ctx.model, 1);
  const rubric = readRubric(ctx.model.root);
  if (!rubric) {
    ctx.warnings.add(
      'essays are graded by a person: a default one-criterion rubric was added — review it before saving',
    );
  }
  if (
    ctx.model.processing &&
    childElements(ctx.model.processing).length + (attr(ctx.model.processing, 'template') ? 1 : 0) >
      0
  ) {
    ctx.warnings.add(
      'its automatic response processing was dropped: essays are graded by a person',
    );
  }
  const minWords = readNumber(attr(el, 'data-min-words'));
  const maxWords = readNumber(attr(el, 'data-max-words'));
  const validation = validateItem({
    ...ctx.base,
    points,
    type: 'essay',
    rubric: rubric ?? [
      {
        id: 'overall',
        title: 'Overall',
        levels: [
          { id: 'not-yet', label: 'Not yet', points: 0 },
          { id: 'meets', label: 'Meets expectations', points },
        ],
      },
    ],
    ...(minWords !== undefined ? { minWords } : {}),
    ...(maxWords !== undefined ? { maxWords } : {}),
  });
  if (!validation.ok || !validation.definition) {
    return fail(
      `it does not make a valid item: ${validation.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
  return done(ctx, validation.definition);
}

/** An essay as a qti-extended-text-interaction, scored by a person with the rubric block. */
export function essayXml(item: EssayDefinition): Built {
  const criteria = item.rubric
    .map(
      (c) =>
        `<li data-criterion="${escapeXml(c.id)}"><strong>${escapeXml(c.title)}</strong><ul>${c.levels
          .map(
            (l) =>
              `<li${attrs({ 'data-level': l.id, 'data-points': l.points })}><strong>${escapeXml(l.label)}</strong> (${num(l.points)} points)${l.description ? ` <span class="description">${escapeXml(l.description)}</span>` : ''}</li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const rubric = `\n    <qti-rubric-block use="scoring" view="scorer"><qti-content-body><ul>${criteria}</ul></qti-content-body></qti-rubric-block>`;
  return {
    declarations: [
      declarationXml({ id: 'RESPONSE', cardinality: 'single', baseType: 'string', correct: [] }),
    ],
    body: `${promptXhtml(item.prompt)}\n    <qti-extended-text-interaction${attrs({
      'response-identifier': 'RESPONSE',
      'data-min-words': item.minWords || undefined,
      'data-max-words': item.maxWords,
    })}/>${rubric}`,
    processing: '',
    maxScore: item.points,
    scoreOutcome: { 'external-scored': 'human' },
  };
}
