export { Alert, EmptyState } from './alert';
export { AuthForm, type AuthFormProps, type AuthFormValues } from './auth-form';
export { BarChart, type BarDatum } from './bar-chart';
export { type CaseFigure, CaseFigures } from './case';
export { Badge, Card, Page, TableScroll } from './layout';
export { type LinePoint, ScoreChart } from './line-chart';
export { inline, Markdown } from './markdown';
export { clampProgress, ProgressBar, type ProgressBarProps } from './progress-bar';
export { capitalized, gradingText } from './wording';
