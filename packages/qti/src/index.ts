/**
 * @alliance/qti — QTI 3 items and content packages ⇄ quiz-engine definitions. Pure functions:
 * bytes and strings in, previews and bytes out; nothing is written anywhere.
 */
export {
  type ExportResult,
  exportBlocker,
  exportItemXml,
  exportQti,
  exportStimulusXml,
  QtiExportError,
} from './export';
export {
  type ImportedCase,
  type ImportedItem,
  type ImportInput,
  type ImportPreview,
  importQti,
} from './import';
export { SUPPORTED_INTERACTIONS } from './interactions';
export {
  type QtiResponseInput,
  type QtiResponses,
  qtiReferenceScore,
  TEMPLATE_URIS,
} from './scoring';
export { LIMITS } from './zip';
