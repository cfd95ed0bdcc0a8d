export { TEST_DIALECTS, ADMIN_URL_VARIABLE, LOCAL_ADMIN_URL } from './test-dialects';
export { adminQuery, createTestDatabase, createTestFolder, testAdminUrl, testDatabaseName, testDatabaseUrl, type TestDatabaseOptions } from './create-test-database';
export { findPostgres, startThrowawayServer, type FoundPostgres } from './find-postgres';
export { TEST_RUN_VARIABLE, testRunId, testDatabasePrefix, testFolderPrefix } from './test-run';
export { v8Natives } from './v8-optimization';
export { readerHoldingForms, type ReaderHoldingForms } from './reader-holding-forms';
export { sessionHolding, type SessionHolding } from './session-holding';
export { recordFormsGenerationUnseen } from './record-forms-generation-unseen';
