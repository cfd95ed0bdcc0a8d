// Open a database (PostgreSQL or embedded PGlite) and run statements on its connections.
export { defaultPgliteDir, openDatabase } from './open/open-database';
export type { OpenOptions } from './open/open-options';
export { NoDatabaseError } from './open/no-database-error';
export type { Database } from './connection/database';
export type { Connection, CopyChunk, Dialect, NotificationSession, PooledConnection, QueryResult } from './connection/connection';
export type { SqlQuery } from './connection/sql-query';
export type { ClientTimeouts } from './connection/client-timeouts';
export { ConnectionTimeoutError, type TimeoutKind } from './connection/connection-timeout-error';
export { SQL_STATE, sqlState } from './connection/sql-state';
export { databaseUrlFromEnvironment, describeUrl } from './connection/database-url';
export { withConnection, type Queryable } from './connection/with-connection';
export { lockHolders, type LockHolder } from './connection/lock-holders';
export { type HoldingTransactions, holdingTransactions, type QuerySession, stillHolding } from './connection/holding-transactions';
export { lockInThisDatabase } from './connection/lock-in-this-database';
export type { LockWaitListener } from './connection/patient-lock';
export { isAbortOf } from './connection/abort-of';

// Make folders for user paths (Node's recursive mkdir loops forever under /proc), and say why a file system call failed.
export { FolderError, makeFolder } from './files/make-folder';
export { errnoCode, fileSystemProblem } from './files/file-system-problem';

// Migrate: `openDatabase` applies pending migrations unless told not to.
export { migrateDownTo, migrateToLatest, type MigrationReport } from './migrations/migrations';
export type { MigrationTarget } from './migrations/migration-kysely';
export { UnmigratableDatabaseError, type UnmigratableReason } from './migrations/unmigratable-database-error';

// Readers.
export { readPatterns } from './readers/read-patterns';
export { streamLexemes, streamVersionedLexemes, type StreamLexemesOptions, type VersionedPage } from './readers/stream-lexemes';
export { streamLexicon } from './readers/stream-lexicon';
export { BEGIN_LEXICON_SNAPSHOT, type LexiconSnapshot, withLexiconSnapshot } from './readers/lexicon-snapshot';
export { COUNT_LEXEMES_SQL, countLexemes, countLexicon } from './readers/count-lexemes';
export { missingLexemeIds } from './readers/missing-lexeme-ids';
export { changedLexemes, type LexemeScope } from './readers/lexeme-versions';
export { findForm, formsWithPrefix, type FormSource } from './readers/find-form';
export { formPrefixRange, FORM_KEY_ORDER } from './readers/form-key';
export { BEFORE_FIRST_LEXEME_ID } from './schema/lexeme-ids';

// Writers: interchangeable ways of loading `forms`; a generator fills a writer's rows, which write themselves.
export type { FormRows } from './writers/form-rows';
export type { FormWriter, WriterName } from './writers/form-writer';
export { getWriter, WRITER_NAMES } from './writers/get-writer';
export { copyWriter } from './writers/copy-writer';
export { CopyBufferPool } from './writers/copy-buffer-pool';
export type { CopyRows } from './writers/copy-rows';
export { unnestWriter } from './writers/unnest-writer';
export { insertWriter } from './writers/insert-writer';
export { FORM_COLUMNS } from './writers/form-columns';

// Replace a batch of lexemes' forms, or a full recompute's id range, under the per-lexeme locks.
export { lockLexemeForms } from './replace/forms-locks';
export { replaceForms, replaceFormsInTransaction, type ReplaceFormsOptions } from './replace/replace-forms';
export { DELETE_RANGE_SQL, replaceIdRange, type IdRange } from './replace/replace-id-range';

// The recompute queue that the triggers fill: claims, enqueues, failures, as SQL to run.
export { QUEUE_CHANNEL } from './queue/queue-tables';
export { cancelWaitToLead, claimsInFlight, listenToQueue, listenToRelay, RELAY_CHANNEL, relayWakeup, relayWakeupToOne, WAKE_LOCK_CLASS, waitForClaimsInFlight, waitToLeadWakeups } from './queue/wake-leader';
export { claimLexemes, type LexemeClaim } from './queue/claim-lexemes';
export { type ClaimedLexemes, readClaimedLexemes } from './queue/read-claimed-lexemes';
export { claimPatternChanges, pendingPatternChange } from './queue/claim-pattern-changes';
export { enqueueFailedLexemes, enqueueIdRange, enqueueLexemes, enqueueLexemesOfPatterns } from './queue/enqueue-lexemes';
export { clearFailures, queueCounts, readPatternsVersion, recordFailures } from './queue/failures';

// What the `paradigm` command asks: a lexeme's paradigm, the readings of a form, a cell's forms, status.
export { readParadigm, type Paradigm, type ParadigmForm } from './lookup/read-paradigm';
export { analyseForm, type Analysis } from './lookup/analyse-form';
export { ANALYSIS, analyseFormQuery } from './lookup/form-lookup';
export { generateForms, type CellForm } from './lookup/generate-forms';
export { lexemeExists } from './lookup/lexeme-exists';
export { lexiconStatus, type LexiconStatus, type RecomputeFailure } from './lookup/lexicon-status';

// The lexicon's limit of forms per lexeme, which every recompute compiles with.
export { MAX_STORED_LIMIT, readFormLimit, setFormLimit } from './settings/form-limit';
// The generation of paradigm-core the stored forms are computed with, which every recompute checks.
export {
  expectFormsGeneration,
  FormsGenerationError,
  type FormsGenerationRaise,
  raiseFormsGeneration,
  readFormsGeneration,
} from './settings/forms-generation';

// Load a lexicon: edit in place (only what changed), or replace it whole.
export {
  loadLexicon,
  lockForLoad,
  RepeatedPatternError,
  UnknownPatternError,
  type LoadCounts,
  type LoadInput,
  type LoadOptions,
  type LoadReport,
  type NamedLexeme,
  type NamedPattern,
} from './lexicon/load-lexicon';
export { PatternsDoNotCompileError } from './lexicon/loaded-patterns-compile';
export { fingerprintHash } from './lexicon/compiled-hash';
export { ReplaceDeadlockError, replaceLexicon, type LexiconCounts, type LexiconForms, type LexiconInput, type ReplaceLexiconOptions } from './lexicon/replace-lexicon';

// Rebuild `forms` whole: a new table, indexes built once, swapped in.
export { readFormsDefinition, type FormsDefinition } from './rebuild/forms-definition';
export { sharedRebuildPending } from './rebuild/shared-rebuild-pending';
export { type RebuildStatus } from './rebuild/rebuild-status';
export { forgetDeadRebuild } from './rebuild/forget-dead-rebuild';
export {
  NEXT_FORMS_TABLE,
  IMPORTED_FORMS_TABLE,
  copyNextFormsSql,
  createNextForms,
  indexNextForms,
  installImportedForms,
  registerRebuild,
  swapInNextForms,
  unregisterRebuild,
  type RebuildRegistration,
} from './rebuild/rebuild-forms';
export {
  abandonRebuild,
  claimRebuildRange,
  completeRebuildRange,
  joinRebuild,
  lockRebuildForSwap,
  waitForClaimedRanges,
  type RebuildParticipation,
  type RebuildRange,
  type SwapReadiness,
} from './rebuild/rebuild-ranges';

