import { type CheckProblem, checkPatternFiles, compileGrammar, type PatternSource, splitPatternFile } from '@paradigm/core';
import { type Database, loadLexicon, lockForLoad, type LockWaitListener, PatternsDoNotCompileError, type SqlQuery, withConnection } from '@paradigm/persistence';
import type { GrammarCache } from './grammar-cache';
import { runQuery } from './run-query';

/** A lexeme as paradigm-core generates it, without its pattern list (the preview gives it one). */
export interface SampleLexeme {
  readonly id: number;
  readonly lemma: string;
  readonly stem: string | null;
  readonly root: readonly string[] | null;
  readonly gloss: string | null;
}

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
  /** The stored source's {@link PATTERN_VERSION}: a save given it is refused if the source changed since. */
  readonly version: string;
  readonly lexemes: number;
  /** A few lexemes that take it directly (the first by id), as generation needs them. */
  readonly samples: readonly SampleLexeme[];
  /** The stored patterns its rules continue into, directly or not: needed to compile it. */
  readonly continuations: readonly PatternSource[];
}

/** A problem of a pattern's source, positioned in that source (see paradigm-core's `checkPatternFiles`). */
export interface SourceProblem {
  readonly severity: CheckProblem['severity'];
  readonly code: CheckProblem['code'];
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * SQL for a pattern's version: the MD5 of its stored source (a check of what the editor opened, not a
 * secret), so two texts have one version only if they are the same text.
 */
export const PATTERN_VERSION = 'md5(p.source)';

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
  const [row] = await runQuery<{ id: number; name: string; source: string; version: string; lexemes: number }>(db, {
    text: `SELECT p.id, p.name, p.source, ${PATTERN_VERSION} AS version, (SELECT count(*) FROM lexeme_patterns lp WHERE lp.pattern_id = p.id)::int AS lexemes FROM patterns p WHERE p.name = $1`,
    values: [name],
  });
  if (!row) return undefined;
  const samples = await runQuery<SampleLexeme>(db, {
    text: 'SELECT l.id, l.lemma, l.stem, l.root, l.gloss FROM lexeme_patterns lp JOIN lexemes l ON l.id = lp.lexeme_id WHERE lp.pattern_id = $1 ORDER BY l.id LIMIT $2',
    values: [row.id, PREVIEW_SAMPLES],
  });
  const compiled = await grammars.current();
  return { id: row.id, name: row.name, source: row.source, version: row.version, lexemes: row.lexemes, samples, continuations: reachable(compiled.result.grammar, compiled.sources, row.id) };
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

/** The label the edited text goes by in the check. */
const EDITED = 'edited';

/**
 * Every problem of `source` as the pattern `name`, checked with the other stored patterns (so a
 * continuation to an unknown pattern is reported); errors first would block a save, warnings not.
 * The text must hold exactly the pattern `name`.
 */
export async function checkPattern(grammars: GrammarCache, name: string, source: string): Promise<SourceProblem[]> {
  const compiled = await grammars.current();
  const problems: SourceProblem[] = checkPatternFiles([{ file: EDITED, text: source }], { besides: compiled.sources.filter((s) => s.name !== name) })
    .map((problem) => ({ severity: problem.severity, code: problem.code, line: problem.line, column: problem.column, message: problem.message }));
  const defined = splitPatternFile(source, 1);
  if (problems.length === 0 && (defined.length !== 1 || defined[0].name !== name)) {
    const names = defined.map((pattern) => `"${pattern.name}"`).join(', ') || 'none';
    problems.push({ severity: 'error', code: 'syntax', line: defined[1]?.line ?? 1, column: 1, message: `the text must define the one pattern "${name}" (it defines ${names}); start it with "pattern ${name}"` });
  }
  return problems;
}

/** What a save did. */
export interface SaveResult {
  readonly id: number;
  readonly name: string;
  readonly created: boolean;
  /** False when the stored source was already this text (nothing is recomputed then). */
  readonly changed: boolean;
  /** The version of the stored source (see {@link PatternContext.version}): give it with the next save. */
  readonly version: string;
}

/** A save given a version that the stored pattern no longer has: it was saved by another, or deleted. */
export interface SaveConflict {
  readonly conflict: 'changed' | 'deleted';
}

/**
 * Stores `source` as the pattern `name` (adds it or replaces its source) with persistence's
 * `loadLexicon`, which writes only what changed. The queue's triggers record the change; the worker
 * recomputes the lexemes that depend on it. The pattern must compile with the patterns stored at that
 * moment (checked under the load's lock: a save beside it cannot close a cycle through both); if it
 * does not, nothing is stored and its errors are returned.
 *
 * While another session's transaction holds the lexicon's tables (an import, a psql session left open),
 * the save waits for them; after a few seconds `onLockWait` is told who holds them, once.
 *
 * Given `version` (what the editor opened), the save is refused with a {@link SaveConflict} when the
 * stored source has another version, or the pattern is gone: compared under the load's lock, so no
 * other save can come between the comparison and the write.
 */
export async function savePattern(
  db: Database,
  name: string,
  source: string,
  version?: string,
  onLockWait?: LockWaitListener,
): Promise<SaveResult | SaveConflict | { errors: SourceProblem[] }> {
  try {
    // The id is read in the load's transaction, under its lock: once it commits, a `paradigm import
    // --replace` waiting for that lock may delete the row at once.
    return await withConnection(db, (conn) =>
      conn.transaction(async (tx): Promise<SaveResult | SaveConflict> => {
        if (version !== undefined) {
          await lockForLoad(tx, { onLockWait });
          const { rows } = await tx.query<{ version: string }>(`SELECT ${PATTERN_VERSION} AS version FROM patterns p WHERE p.name = $1`, [name]);
          if (rows[0]?.version !== version) return { conflict: rows.length === 0 ? 'deleted' : 'changed' };
        }
        const report = await loadLexicon(tx, { patterns: [{ name, source }], lexemes: [] }, { requireCompiling: true, onLockWait });
        const { rows } = await tx.query<{ id: number; version: string }>(`SELECT p.id, ${PATTERN_VERSION} AS version FROM patterns p WHERE p.name = $1`, [name]);
        const saved = rows[0]!;
        return { id: saved.id, name, created: report.patterns.added === 1, changed: report.patterns.added + report.patterns.changed === 1, version: saved.version };
      }),
    );
  } catch (error) {
    if (!(error instanceof PatternsDoNotCompileError)) throw error;
    return { errors: error.errors.map((e) => ({ severity: 'error', code: e.code, line: e.line, column: e.column, message: e.message })) };
  }
}
