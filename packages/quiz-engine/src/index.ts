/**
 * @alliance/quiz-engine — pure scoring, assembly, statistics and mastery. No I/O.
 * Every policy is named and documented in the README.
 */
export * from './attempt';
export {
  type Checked,
  canonicalJson,
  clamp,
  formatNumber,
  formatPath,
  formatPercent,
  formatPoints,
  ID_CHARACTERS,
  type Issue,
  type ItemModule,
  idFromName,
  idSchema,
  type RawScore,
  roundPoints,
  roundScore,
} from './core';
export { type Change, diffValues } from './diff';
export * from './items';
export {
  type CategorizeDefinition,
  type CategorizePresentation,
  type CategorizeResponse,
  categorize,
} from './items/categorize';
export {
  type ChoiceDefinition,
  type ChoicePresentation,
  type ChoiceResponse,
  choice,
} from './items/choice';
export {
  type EssayDefinition,
  type EssayGrade,
  type EssayPresentation,
  type EssayResponse,
  essay,
  gradeEssay,
  rubricMax,
} from './items/essay';
export {
  type InlineChoiceDefinition,
  type InlineChoicePresentation,
  type InlineChoiceResponse,
  type InlineChoiceSegment,
  inlineChoice,
} from './items/inline-choice';
export {
  type MatchingDefinition,
  type MatchingPresentation,
  type MatchingResponse,
  matching,
} from './items/matching';
export {
  MULTIPLE_RESPONSE_POLICIES,
  type MultipleResponseDefinition,
  type MultipleResponsePolicy,
  type MultipleResponsePresentation,
  type MultipleResponseResponse,
  multipleResponse,
} from './items/multiple-response';
export {
  DECIMAL_MARKS,
  type DecimalMark,
  type NumericDefinition,
  type NumericPresentation,
  type NumericResponse,
  numeric,
  numericTextIssue,
  parseNumberWithUnit,
  TOLERANCE_TYPES,
} from './items/numeric';
export {
  gradeOrdering,
  ORDERING_GRADINGS,
  type OrderingDefinition,
  type OrderingGrading,
  type OrderingPresentation,
  type OrderingResponse,
  ordering,
} from './items/ordering';
export {
  type ShortTextDefinition,
  type ShortTextPresentation,
  type ShortTextResponse,
  shortText,
} from './items/short-text';
export * from './live-analysis';
export * from './mastery';
export * from './progress';
export * from './quiz';
export { createRng, newSeed, type Rng } from './random';
export * from './spec';
export * from './statistics';
export * from './summative';
export { itemTemplate } from './templates';
