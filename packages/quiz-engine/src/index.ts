export {
  type OutlineShape,
  type ProgressCount,
  type ProgressSummary,
  progressCount,
  summarizeProgress,
} from './progress';
