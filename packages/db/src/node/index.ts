export { definitionHash, stableStringify } from '../hash';
export { type BackupSummary, backupDatabase, readBackupSummary, restoreDatabase } from './backup';
export { type BankInput, type BankSyncResult, syncBank } from './bank';
export {
  APP_DATABASE,
  type DatabaseMode,
  describeError,
  ensureDatabase,
  quoteIdent,
  type ResolvedDatabase,
  resolveDatabase,
  withDatabase,
} from './database';
export {
  EmbeddedPostgresError,
  type EmbeddedServer,
  embeddedAdminUrl,
  startEmbeddedPostgres,
} from './embedded';
export { runMigrations } from './migrate';
export { dataDir, migrationsFolder, sqlFolder, workspaceRoot } from './paths';
export { localAuthSecret } from './secret';
export { type SyncResult, syncCourse } from './seed';
export { type LargeCohortOptions, seedLargeCohort } from './seed-large';
export {
  applySqlFiles,
  GUARD_FILES,
  likePrefix,
  type SqlFile,
  sqlFiles,
  sqlFilesHash,
} from './sql-files';
