export type { Connection, CopyChunk, Dialect, Listener, PooledConnection, QueryResult } from './connection/connection';
export type { Database, OpenOptions } from './connection/database';
export { openDatabase, defaultPgliteDir } from './connection/open-database';
export { databaseUrlFromEnvironment, describeUrl, parseDatabaseUrl, POSTGRES_SCHEMES, type DatabaseAddress } from './connection/database-url';
export { DEFAULT_CLIENT_TIMEOUTS, type ClientTimeouts } from './connection/client-timeouts';
export { ConnectionTimeoutError, type TimeoutKind } from './connection/connection-timeout-error';
export { withConnection, type Queryable } from './connection/with-connection';

export type { Schema, LexemesTable, PatternsTable, LexemePatternsTable, FormsTable } from './schema/schema';
export { migrateToLatest, migrateDown, migrateToEmpty, FolderMigrationProvider, type MigrationReport } from './migrations/migrations';

export type { FormBatch, FormWriter, WriterName } from './writers/form-writer';
export { FORM_COLUMNS } from './writers/form-writer';
export { ColumnRows, type FormRows, rowCount } from './writers/form-rows';
export { CopyRows } from './writers/copy-rows';
export { copyField, copyTextArray, encodeForms, chunkRows, COPY_CHUNK_CHARS } from './writers/copy-encoder';
export { copyWriter } from './writers/copy-writer';
export { unnestWriter } from './writers/unnest-writer';
export { insertWriter, INSERT_ROWS_PER_STATEMENT } from './writers/insert-writer';
export { getWriter, WRITER_NAMES, DEFAULT_WRITER } from './writers/get-writer';
export { lockLexemeForms, replaceForms, replaceFormsInTransaction, FORMS_LOCK_CLASS } from './writers/replace-forms';

// The recompute queue's SQL (claims, enqueues, failures), used by the worker.
export * from './queue';

export { readPatterns } from './readers/read-patterns';
export { BEFORE_FIRST_LEXEME_ID, streamLexemes, streamVersionedLexemes, type StreamLexemesOptions, type VersionedPage } from './readers/stream-lexemes';
export { changedLexemes, LEXEME_VERSION_SQL, type LexemeScope } from './readers/lexeme-versions';
export { countLexemes } from './readers/count-lexemes';
export { findForm, formsWithPrefix, type FormSource } from './readers/find-form';
export { findFormQuery, formsWithPrefixQuery, formMatches, formPrefixRange, FORM_KEY_LENGTH, FORM_KEY_ORDER } from './readers/form-key';

export { replaceLexicon, type LexiconInput, type LexiconCounts, type ReplaceLexiconOptions } from './lexicon/replace-lexicon';
export { compiledHash } from './lexicon/compiled-hash';

export { loadLexicon, UnknownPatternError, type LoadInput, type LoadOptions, type LoadReport, type LoadCounts, type NamedPattern, type NamedLexeme } from './lexicon/load-lexicon';

// What the `paradigm` command asks: a lexeme's paradigm, the readings of a form, a cell's forms, status.
export * from './lookup';

// A full rebuild of `forms`: new table, indexes built once, swap.
export { readFormsDefinition, type FormsDefinition } from './rebuild/forms-definition';
export {
  NEXT_FORMS_TABLE,
  REBUILD_LOCK,
  copyNextFormsSql,
  registerRebuild,
  type RebuildRegistration,
  unregisterRebuild,
  createNextForms,
  indexNextForms,
  swapInNextForms,
} from './rebuild/rebuild-forms';
