import type { Lexeme } from '@paradigm/core';
import type { Connection } from '../connection/connection';
import { LEXEMES_BY_ID_PAGE_SQL, lexemesOfPage } from '../readers/stream-lexemes';
import { BEFORE_FIRST_LEXEME_ID } from '../schema/lexeme-ids';
import { QUEUE_TABLES } from './queue-tables';

/** What a worker reads once it has claimed lexemes (see {@link readClaimedLexemes}). */
export interface ClaimedLexemes {
  /** `patterns_version` (see `readPatternsVersion`). */
  readonly version: string;
  /** Whether a pattern change is queued or being expanded (see `pendingPatternChange`). */
  readonly patternChangePending: boolean;
  /** The claimed lexemes that exist, in id order, each with its pattern ids in position order. */
  readonly lexemes: Lexeme[];
}

const READ_CLAIMED_SQL =
  `SELECT (SELECT patterns_version::text FROM ${QUEUE_TABLES.state}) AS version, ` +
  `EXISTS (SELECT 1 FROM ${QUEUE_TABLES.patterns}) AS pending, ` +
  `(${LEXEMES_BY_ID_PAGE_SQL}) AS page`;

/**
 * Reads, in one statement (one round trip, one snapshot), what a claim of `lexemeIds` needs next: the
 * `patterns_version`, whether a pattern change is pending, and the lexemes. Run it after the claim, in
 * its transaction: a statement after the claim sees every pattern change whose expansion queued the
 * claimed lexemes (it committed before the claim could take them), which the claim's own snapshot may not.
 */
export async function readClaimedLexemes(tx: Connection, lexemeIds: readonly number[]): Promise<ClaimedLexemes> {
  const result = await tx.query<{ version: string; pending: boolean; page: unknown }>(READ_CLAIMED_SQL, [BEFORE_FIRST_LEXEME_ID, lexemeIds.length, lexemeIds]);
  const row = result.rows[0]!;
  return { version: row.version, patternChangePending: row.pending, lexemes: lexemeIds.length === 0 ? [] : lexemesOfPage(row.page) };
}
