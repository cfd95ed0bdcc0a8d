import type { Lexeme } from '@paradigm/core';
import { type Database, type LoadReport, loadLexicon } from '@paradigm/persistence';
import { PATTERNS } from '../../src/testing';

/** What `paradigm load --replace` does with the small lexicon's patterns and `entries` (patterns named, the triggers on). */
export function loadReplace(db: Database, entries: readonly Lexeme[]): Promise<LoadReport> {
  const names = new Map(PATTERNS.map((pattern) => [pattern.id, pattern.name]));
  return loadLexicon(
    db,
    {
      patterns: PATTERNS.map(({ name, source }) => ({ name, source })),
      lexemes: entries.map((entry) => ({ ...entry, patterns: entry.patterns.map((id) => names.get(id)!) })),
    },
    { replace: true },
  );
}
