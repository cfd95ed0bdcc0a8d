import { compileGrammar, type PatternError, type PatternSource } from '@paradigm/core';
import { compiledHash, type Database, type SqlQuery } from '@paradigm/persistence';
import type { GrammarCache } from './grammar-cache';
import { runQuery } from './run-query';
import { readLexeme, type StoredLexeme } from './read-lexeme';

/** A pattern in the list. */
export interface PatternListItem {
  readonly id: number;
  readonly name: string;
  /** Lexemes that take it directly. */
  readonly lexemes: number;
}

/** A pattern with what the editor needs to preview it in the page. */
export interface PatternContext {
  readonly id: number;
  readonly name: string;
  readonly source: string;
  readonly lexemes: number;
  /** A few lexemes that take it directly, whole (with all their patterns). */
  readonly samples: readonly StoredLexeme[];
  /** The stored patterns its rules continue into, directly or not: needed to compile it. */
  readonly continuations: readonly PatternSource[];
}

/** An error of a pattern's source, positioned in that source. */
export interface SourceError {
  readonly code: PatternError['code'];
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** How many lexemes the editor previews. */
export const PREVIEW_SAMPLES = 5;

export function listPatternsQuery(prefix: string, limit: number, offset: number): SqlQuery {
  return {
    text:
      'SELECT p.id, p.name, (SELECT count(*) FROM lexeme_patterns lp WHERE lp.pattern_id = p.id)::int AS lexemes FROM patterns p ' +
      'WHERE starts_with(p.name, $1) ORDER BY p.name LIMIT $2 OFFSET $3',
    values: [prefix, limit + 1, offset],
  };
}

/** Patterns whose name starts with `prefix`, by name. */
export async function listPatterns(db: Database, prefix: string, limit: number, offset: number): Promise<{ patterns: PatternListItem[]; more: boolean }> {
  const rows = await runQuery<PatternListItem>(db, listPatternsQuery(prefix, limit, offset));
  return { patterns: rows.slice(0, limit), more: rows.length > limit };
}

/** The pattern called `name` with its preview context, or undefined. */
export async function readPatternContext(db: Database, grammars: GrammarCache, name: string): Promise<PatternContext | undefined> {
  const [row] = await runQuery<{ id: number; name: string; source: string; lexemes: number; sample_ids: number[] }>(db, {
    text:
      'SELECT p.id, p.name, p.source, (SELECT count(*) FROM lexeme_patterns lp WHERE lp.pattern_id = p.id)::int AS lexemes, ' +
      'ARRAY(SELECT lp.lexeme_id FROM lexeme_patterns lp WHERE lp.pattern_id = p.id ORDER BY lp.lexeme_id LIMIT $2) AS sample_ids ' +
      'FROM patterns p WHERE p.name = $1',
    values: [name, PREVIEW_SAMPLES],
  });
  if (!row) return undefined;
  const samples: StoredLexeme[] = [];
  for (const id of row.sample_ids) {
    const lexeme = await readLexeme(db, id);
    if (lexeme) samples.push(lexeme);
  }
  const compiled = await grammars.current();
  return { id: row.id, name: row.name, source: row.source, lexemes: row.lexemes, samples, continuations: reachable(compiled.result.grammar, compiled.sources, row.id) };
}

/** The sources of the patterns `id` reaches through continuations (not itself), by id. */
function reachable(grammar: ReturnType<typeof compileGrammar>['grammar'], sources: readonly PatternSource[], id: number): PatternSource[] {
  const seen = new Set<number>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const next of grammar.pattern(stack.pop()!)?.continuations ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  seen.delete(id);
  return sources.filter((source) => seen.has(source.id));
}

/**
 * The errors of `source` as the pattern `name`, compiled with the other stored patterns (so a
 * continuation to an unknown pattern is reported); empty when it compiles.
 */
export async function checkPattern(grammars: GrammarCache, name: string, source: string): Promise<SourceError[]> {
  const compiled = await grammars.current();
  const id = compiled.byName.get(name)?.id ?? Math.max(0, ...compiled.sources.map((s) => s.id)) + 1;
  const others = compiled.sources.filter((s) => s.name !== name && s.id !== id);
  const { errors } = compileGrammar([...others, { id, name, source }]);
  return errors
    .filter((error) => error.patternId === id)
    .map((error) => ({ code: error.code, line: error.line, column: error.column, message: error.message }));
}

/** What a save did. */
export interface SaveResult {
  readonly id: number;
  readonly name: string;
  readonly created: boolean;
  /** False when the stored source was already this text (nothing is recomputed then). */
  readonly changed: boolean;
}

/**
 * Stores `source` as the pattern `name` (adds it or replaces its source). The queue's triggers record
 * the change; the worker recomputes the lexemes that depend on it.
 */
export async function savePattern(db: Database, name: string, source: string): Promise<SaveResult> {
  const [row] = await runQuery<{ id: number; created: boolean; changed: boolean }>(db, {
    text:
      'WITH old AS (SELECT source FROM patterns WHERE name = $1) ' +
      'INSERT INTO patterns (name, source, compiled_hash) VALUES ($1, $2, $3) ' +
      'ON CONFLICT (name) DO UPDATE SET source = excluded.source, compiled_hash = excluded.compiled_hash ' +
      'RETURNING id, NOT EXISTS (SELECT 1 FROM old) AS created, (SELECT source FROM old) IS DISTINCT FROM $2 AS changed',
    values: [name, source, compiledHash({ id: 0, name, source })],
  });
  return { id: row.id, name, created: row.created, changed: row.changed };
}
