export type { SqlQuery } from './sql-query';
export { QUEUE_CHANNEL, QUEUE_TABLES } from './queue-tables';
export { claimLexemes } from './claim-lexemes';
export { claimPatternChanges, pendingPatternChange } from './claim-pattern-changes';
export { enqueueFailedLexemes, enqueueIdRange, enqueueLexemes, enqueueLexemesOfPatterns } from './enqueue-lexemes';
export { clearFailures, queueCounts, readPatternsVersion, recordFailures } from './failures';
