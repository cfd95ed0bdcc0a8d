import type { Lexeme } from '@paradigm/core';
import type { Connection } from '../connection/connection';
import { lockPatiently } from '../connection/patient-lock';
import { type Queryable, withConnection } from '../connection/with-connection';
import { compiledHash } from './compiled-hash';
import { inChunks } from './in-chunks';
import { movePastIdsSql } from './move-past-ids';
import { assertLoadedPatternsCompile } from './loaded-patterns-compile';
import { replaceLexicon, type ReplaceLexiconOptions } from './replace-lexicon';
import { throwIfAbortedByNow, untilAborted } from './until-aborted';

/** A pattern to load: its name is its key. */
export interface NamedPattern {
  readonly name: string;
  readonly source: string;
}

/** A lexeme to load: its id is its key; it names its patterns. */
export interface NamedLexeme extends Omit<Lexeme, 'patterns'> {
  /** Pattern names, in generation order: of the loaded patterns or of patterns already stored. */
  readonly patterns: readonly string[];
}

/** What to load. */
export interface LoadInput {
  readonly patterns: readonly NamedPattern[];
  /**
   * Read once, in order, a chunk at a time: an array, or a generator reading a file as the load goes.
   * Each id once (as a checked lexemes file has them).
   */
  readonly lexemes: Iterable<NamedLexeme> | AsyncIterable<NamedLexeme>;
}

/** Options for {@link loadLexicon}. */
export interface LoadOptions {
  /** Replace the whole lexicon (patterns, lexemes and forms) with the input. Default false: merge. */
  readonly replace?: boolean;
  /**
   * Refuse the load when one of its patterns does not compile with the patterns stored beside it
   * ({@link PatternsDoNotCompileError}), checked under the load's lock. Default false: a pattern that
   * does not compile is stored and the worker reports it.
   */
  readonly requireCompiling?: boolean;
  /** Called after each chunk of lexemes is written, with the number of input lexemes written so far. */
  readonly onProgress?: (lexemesLoaded: number) => void;
  /** Told who holds the lexicon's tables when the load has waited a while for them (see {@link replaceLexicon}, `lockPatiently`). */
  readonly onLockWait?: ReplaceLexiconOptions['onLockWait'];
  /**
   * Aborting it (Ctrl-C) rolls the load back: it is looked at before the load starts, while the load
   * waits for its locks, before each lexeme is read and once more before the commit, and the load then rejects with the signal's
   * `reason`, having written nothing. A statement running when it aborts runs to its end first.
   */
  readonly signal?: AbortSignal;
}

/** How many rows a load added, changed and left as they were. */
export interface LoadCounts {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
}

/** What {@link loadLexicon} did. */
export interface LoadReport {
  readonly replaced: boolean;
  readonly patterns: LoadCounts;
  readonly lexemes: LoadCounts;
  /** Lexemes stored before and absent from the input: kept as they are (a merge never deletes). */
  readonly kept: number;
}

/** A lexeme names a pattern that is neither loaded nor stored: the whole load is refused. */
export class UnknownPatternError extends Error {
  constructor(
    readonly lexemeId: number,
    readonly patternName: string,
  ) {
    super(`lexeme ${lexemeId} takes pattern "${patternName}", which is neither loaded nor in the database; load the pattern too or fix the name`);
    this.name = 'UnknownPatternError';
  }
}

/** A lexeme names one pattern twice: each of its forms would be stored twice. */
export class RepeatedPatternError extends Error {
  constructor(
    readonly lexemeId: number,
    readonly patternName: string,
  ) {
    super(`lexeme ${lexemeId} takes pattern "${patternName}" twice; list each pattern once`);
    this.name = 'RepeatedPatternError';
  }
}

interface StoredLexeme {
  id: number;
  lemma: string;
  stem: string | null;
  root: string[] | null;
  gloss: string | null;
  patterns: number[];
}

/**
 * Loads patterns (keyed by name) and lexemes (keyed by id) into the lexicon, in one transaction.
 *
 * Merging (the default) adds what is new and updates what differs, and writes nothing else: a row
 * whose content is already stored is not touched, so the change-queue triggers queue exactly the
 * lexemes whose forms can change (loading the same input twice queues nothing). Patterns and lexemes
 * that are stored but not in the input are kept. With `replace: true` the input becomes the whole
 * lexicon (forms emptied, every lexeme queued). `compiled_hash` is computed as everywhere else
 * ({@link compiledHash}).
 *
 * @throws {@link UnknownPatternError} when a lexeme names a pattern that is neither loaded nor stored,
 * {@link RepeatedPatternError} when it names one twice, {@link PatternsDoNotCompileError} (with
 * `requireCompiling`) when a loaded pattern does not compile, the `signal`'s reason when it aborted
 * (nothing is written).
 */
export function loadLexicon(target: Queryable, input: LoadInput, options: LoadOptions = {}): Promise<LoadReport> {
  const { signal } = options;
  const read = signal === undefined ? input : { ...input, lexemes: untilAborted(input.lexemes, signal) };
  return withConnection(target, (conn) =>
    conn.transaction(async (tx) => {
      if (signal) await throwIfAbortedByNow(signal);
      const report = await (options.replace ? replaceAll(tx, read, options) : merge(tx, read, options));
      // The last moment the load can roll back: past this it commits.
      if (signal) await throwIfAbortedByNow(signal);
      return report;
    }),
  );
}

async function replaceAll(tx: Connection, input: LoadInput, options: LoadOptions): Promise<LoadReport> {
  if (options.requireCompiling) assertLoadedPatternsCompile(input.patterns, []);
  const ids = new Map(input.patterns.map((pattern, index) => [pattern.name, index + 1]));
  async function* lexemes() {
    for await (const lexeme of input.lexemes) yield { ...lexeme, patterns: patternIdsOf(lexeme, ids) };
  }
  // No read of the lexicon before: a lock held before the replace takes its own would be kept when it
  // gives its locks back to end a deadlock (see `replaceLexicon`), and two replaces would deadlock again.
  const counts = await replaceLexicon(
    tx,
    { patterns: input.patterns.map((p, index) => ({ id: index + 1, ...p })), lexemes: lexemes() },
    {
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      ...(options.onLockWait === undefined ? {} : { onLockWait: options.onLockWait }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    },
  );
  const none = { changed: 0, unchanged: 0 };
  return { replaced: counts.hadLexemes, patterns: { added: input.patterns.length, ...none }, lexemes: { added: counts.lexemes, ...none }, kept: 0 };
}

/** The ids of the lexeme's patterns, in its order; a name that is unknown or repeated is an error. */
function patternIdsOf(lexeme: NamedLexeme, ids: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const name of lexeme.patterns) {
    const id = ids.get(name);
    if (id === undefined) throw new UnknownPatternError(lexeme.id, name);
    if (out.includes(id)) throw new RepeatedPatternError(lexeme.id, name);
    out.push(id);
  }
  return out;
}

/** The tables a merge writes, which it holds against other writers until it commits. */
const MERGED_TABLES = ['lexemes', 'lexeme_patterns', 'patterns'];

/**
 * Takes the lock a load holds until it commits: one loader at a time; readers and the worker go on
 * (SHARE ROW EXCLUSIVE conflicts only with writers). In the order a replace takes them
 * (`replace-lexicon.ts`), so the two never wait for each other in a cycle. Patiently: while another
 * session holds them (an import), `onLockWait` is told who, as for a replace. A caller that reads what
 * it will load against (the workbench's check of a pattern's version) takes it first in the load's
 * transaction; the load then takes it again at no cost.
 */
export async function lockForLoad(tx: Connection, options: Pick<LoadOptions, 'onLockWait' | 'signal'> = {}): Promise<void> {
  await lockPatiently(tx, 'LOCK TABLE lexemes, lexeme_patterns, patterns IN SHARE ROW EXCLUSIVE MODE', MERGED_TABLES, options.onLockWait, options.signal);
}

async function merge(tx: Connection, input: LoadInput, options: LoadOptions): Promise<LoadReport> {
  await lockForLoad(tx, options);
  const patterns = await mergePatterns(tx, input.patterns, options);
  // Every stored lexeme is in the input (changed or unchanged) or kept; the lock holds the count.
  const { rows } = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM lexemes');
  const lexemes = await mergeLexemes(tx, input.lexemes, patterns.ids, options.onProgress);
  const kept = rows[0]!.count - lexemes.changed - lexemes.unchanged;
  for (const table of ['lexemes', 'patterns'] as const) {
    await tx.query(movePastIdsSql(table));
  }
  return { replaced: false, patterns: patterns.counts, lexemes, kept };
}

async function mergePatterns(tx: Connection, input: readonly NamedPattern[], options: LoadOptions): Promise<{ ids: Map<string, number>; counts: LoadCounts }> {
  const { rows } = await tx.query<{ id: number; name: string; source: string; compiled_hash: string }>('SELECT id, name, source, compiled_hash FROM patterns');
  if (options.requireCompiling) assertLoadedPatternsCompile(input, rows);
  const stored = new Map(rows.map((row) => [row.name, row]));
  const ids = new Map(rows.map((row) => [row.name, row.id]));
  const added: { name: string; source: string; hash: string }[] = [];
  const changed: { name: string; source: string; hash: string }[] = [];
  let nextId = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
  for (const pattern of input) {
    const old = stored.get(pattern.name);
    const id = old?.id ?? nextId++;
    const hash = compiledHash({ id, ...pattern });
    if (!old) (added.push({ ...pattern, hash }), ids.set(pattern.name, id));
    // A hash alone can differ (a new compiled format): rewriting it queues nothing (see the triggers).
    else if (old.source !== pattern.source || old.compiled_hash !== hash) changed.push({ ...pattern, hash });
  }
  if (added.length > 0) {
    await tx.query(
      'INSERT INTO patterns (id, name, source, compiled_hash) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) ORDER BY 1',
      [added.map((p) => ids.get(p.name)), added.map((p) => p.name), added.map((p) => p.source), added.map((p) => p.hash)],
    );
  }
  if (changed.length > 0) {
    await tx.query(
      'UPDATE patterns p SET source = t.source, compiled_hash = t.hash FROM unnest($1::text[], $2::text[], $3::text[]) AS t(name, source, hash) WHERE p.name = t.name',
      [changed.map((p) => p.name), changed.map((p) => p.source), changed.map((p) => p.hash)],
    );
  }
  const sourceChanges = changed.filter((p) => stored.get(p.name)!.source !== p.source).length;
  return { ids, counts: { added: added.length, changed: sourceChanges, unchanged: input.length - added.length - sourceChanges } };
}

/**
 * Lexemes merged per statement group: the stored rows read, the rows written and their JSON are held for
 * one chunk at a time, so a load's memory beyond its input does not grow with the lexicon (300,000
 * lexemes in one group: about 300 MB more at the peak).
 */
const MERGE_CHUNK = 10_000;

async function mergeLexemes(
  tx: Connection,
  input: LoadInput['lexemes'],
  patternIds: ReadonlyMap<string, number>,
  onProgress: LoadOptions['onProgress'],
): Promise<LoadCounts> {
  const counts = { added: 0, changed: 0, unchanged: 0 };
  let loaded = 0;
  for await (const chunk of inChunks(input, MERGE_CHUNK)) {
    const merged = await mergeLexemeChunk(tx, chunk, patternIds);
    counts.added += merged.added;
    counts.changed += merged.changed;
    counts.unchanged += merged.unchanged;
    loaded += chunk.length;
    onProgress?.(loaded);
  }
  return counts;
}

async function mergeLexemeChunk(tx: Connection, input: readonly NamedLexeme[], patternIds: ReadonlyMap<string, number>): Promise<LoadCounts> {
  // One index lookup per id (each subquery is kept apart by OFFSET 0, so it can only be run per id): a
  // join would scan the whole table for each chunk, as the planner sees a chunk's ids as a large part
  // of it, or sees the table as empty while this transaction fills it (300,000 lexemes in chunks of
  // 10,000: 4-6 s instead of 0.4-1.4 s for one statement).
  const { rows } = await tx.query<StoredLexeme>(
    `SELECT l.*, '{}'::int[] AS patterns FROM unnest($1::int[]) AS i(id)
       CROSS JOIN LATERAL (SELECT l.id, l.lemma, l.stem, l.root, l.gloss FROM lexemes l WHERE l.id = i.id OFFSET 0) l`,
    [input.map((lexeme) => lexeme.id)],
  );
  // The links of the lexemes stored (a new one has none), likewise.
  const { rows: links } = rows.length === 0 ? { rows: [] } : await tx.query<{ lexeme_id: number; pattern_id: number }>(
    `SELECT lp.lexeme_id, lp.pattern_id FROM unnest($1::int[]) AS i(id)
       CROSS JOIN LATERAL (SELECT lp.lexeme_id, lp.pattern_id FROM lexeme_patterns lp WHERE lp.lexeme_id = i.id ORDER BY lp.position OFFSET 0) lp`,
    [rows.map((row) => row.id)],
  );
  const stored = new Map(rows.map((row) => [row.id, row]));
  for (const link of links) stored.get(link.lexeme_id)!.patterns.push(link.pattern_id);
  const added: Record<string, unknown>[] = [];
  const changed: Record<string, unknown>[] = [];
  const relinked: { id: number; patterns: number[] }[] = [];
  const unlinked: number[] = [];
  for (const lexeme of input) {
    const patterns = patternIdsOf(lexeme, patternIds);
    const row = { id: lexeme.id, lemma: lexeme.lemma, stem: lexeme.stem ?? null, root: lexeme.root ? [...lexeme.root] : null, gloss: lexeme.gloss ?? null };
    const old = stored.get(lexeme.id);
    if (!old) {
      added.push(row);
      relinked.push({ id: lexeme.id, patterns });
      continue;
    }
    if (old.lemma !== row.lemma || old.stem !== row.stem || old.gloss !== row.gloss || !sameList(old.root, row.root)) changed.push(row);
    if (!sameList(old.patterns.map(Number), patterns)) {
      relinked.push({ id: lexeme.id, patterns });
      unlinked.push(lexeme.id);
    }
  }
  const recordset = 'jsonb_to_recordset($1::jsonb) AS t(id int, lemma text, stem text, root text[], gloss text)';
  if (added.length > 0) await tx.query(`INSERT INTO lexemes (id, lemma, stem, root, gloss) SELECT * FROM ${recordset} ORDER BY id`, [JSON.stringify(added)]);
  if (changed.length > 0) {
    await tx.query(`UPDATE lexemes l SET lemma = t.lemma, stem = t.stem, root = t.root, gloss = t.gloss FROM ${recordset} WHERE l.id = t.id`, [JSON.stringify(changed)]);
  }
  if (relinked.length > 0) {
    // The stored lexemes' old links (a lexeme added now has none).
    if (unlinked.length > 0) await tx.query('DELETE FROM lexeme_patterns lp USING unnest($1::int[]) AS i(id) WHERE lp.lexeme_id = i.id', [unlinked]);
    const links = relinked.flatMap((r) => r.patterns.map((patternId, position) => [r.id, patternId, position]));
    if (links.length > 0) {
      await tx.query(
        'INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT * FROM unnest($1::int[], $2::int[], $3::int[]) ORDER BY 1, 3',
        [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
      );
    }
  }
  const touched = new Set([...changed.map((row) => row.id as number), ...relinked.map((r) => r.id)]).size - added.length;
  return { added: added.length, changed: touched, unchanged: input.length - added.length - touched };
}

function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
