import type { Lexeme, PatternSource } from '@paradigm/core';
import type { Connection } from '../connection/connection';
import { type Queryable, withConnection } from '../connection/with-connection';
import { chunkRows, copyField, copyTextArray } from '../writers/copy-encoder';
import { QUEUE_TABLES } from '../queue/queue-tables';
import { compiledHash } from './compiled-hash';
import { readForeignKeys } from './lexicon-foreign-keys';

/** A whole lexicon: its patterns and its lexemes (streamed; any number). */
export interface LexiconInput {
  patterns: Iterable<PatternSource> | AsyncIterable<PatternSource>;
  lexemes: Iterable<Lexeme> | AsyncIterable<Lexeme>;
}

/** Options for {@link replaceLexicon}. */
export interface ReplaceLexiconOptions {
  /** Lexemes per pair of COPY statements (default 20000): bounds memory, not speed. */
  chunkLexemes?: number;
  /** Called after each chunk with the number of lexemes loaded so far. */
  onProgress?: (lexemesLoaded: number) => void;
  /**
   * Disable user triggers on lexemes, patterns and lexeme_patterns during the load (e.g. the worker's
   * change-queue triggers), then queue every lexeme and bump `patterns_version` in one statement each,
   * as the triggers would. For bulk loads that a full recompute follows. Default false.
   */
  skipTriggers?: boolean;
}

/** What {@link replaceLexicon} loaded. */
export interface LexiconCounts {
  readonly patterns: number;
  readonly lexemes: number;
  /** Rows of lexeme_patterns. */
  readonly links: number;
}

const TABLES = ['lexemes', 'patterns', 'lexeme_patterns'];

/**
 * With the triggers off, what they would have recorded, in one statement: every lexeme is queued, so
 * the rule of docs/guarantees.md holds even when the full rebuild that should follow never runs or is
 * killed (`worker run` computes them; the rebuild's swap dequeues what it computed).
 *
 * Rows still in the queue are left alone, also those a `run` batch has claimed (deleted, not yet
 * committed): `ON CONFLICT` alone would wait for that batch, whose next statement waits for this
 * transaction's locks on the lexicon, a deadlock. The claimer reads the new lexicon once this commits
 * (or rolls back and its rows are queued again).
 */
const QUEUE_WHOLE_LEXICON_SQL =
  `INSERT INTO ${QUEUE_TABLES.lexemes} (lexeme_id) SELECT id FROM lexemes l ` +
  `WHERE NOT EXISTS (SELECT 1 FROM ${QUEUE_TABLES.lexemes} q WHERE q.lexeme_id = l.id) ORDER BY id ON CONFLICT DO NOTHING`;
/**
 * With the triggers on, they queue the new lexemes, and a `run` batch may hold some of their ids (claimed:
 * its queue rows deleted, not committed) without having read its lexemes yet: the triggers' insert would
 * wait for that batch while the batch's read waits for the TRUNCATE, a deadlock that fails one of them.
 * So the replace first waits for the claims and edits in flight (they hold ROW EXCLUSIVE on the queue
 * until they commit) and keeps new ones out until it commits: a batch in flight commits first (forms of
 * the old lexicon, which the TRUNCATE empties), a batch that claims later reads the new lexicon.
 */
const WAIT_FOR_CLAIMS_SQL = `LOCK TABLE ${QUEUE_TABLES.lexemes} IN SHARE ROW EXCLUSIVE MODE`;
/** ...and the patterns moved: a `worker run --follow` that compiled the old ones recompiles before its next claim. */
const BUMP_PATTERNS_VERSION_SQL = `UPDATE ${QUEUE_TABLES.state} SET patterns_version = patterns_version + 1`;
/**
 * ...and a full rebuild registered meanwhile (a shared one reads its ranges while this runs) learns what
 * its disabled notes would have told it: the patterns changed (its swap dequeues nothing, `worker run`
 * computes the queued lexicon) and the lexicon was truncated (its swap drops the forms of lexemes gone).
 */
const NOTE_FOR_REBUILD_SQL = 'UPDATE forms_rebuild SET patterns_changed = true, lexicon_truncated = true';

/**
 * Replaces the whole lexicon in one transaction: empties lexemes, patterns, lexeme_patterns and forms,
 * then COPYs the new rows in, `chunkLexemes` lexemes at a time, so a million lexemes never sit in
 * memory. Any failure (including a lexeme naming an unknown pattern id) leaves the old lexicon as it was.
 * The forms table is left empty: run a full recompute afterwards.
 */
export function replaceLexicon(target: Queryable, input: LexiconInput, options: ReplaceLexiconOptions = {}): Promise<LexiconCounts> {
  const chunkLexemes = options.chunkLexemes ?? 20000;
  return withConnection(target, (conn) =>
    conn.transaction(async (tx) => {
      if (options.skipTriggers) for (const table of TABLES) await tx.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      else await tx.query(WAIT_FOR_CLAIMS_SQL);
      await tx.query('TRUNCATE lexeme_patterns, forms, lexemes, patterns');
      // The tables are empty and this transaction holds them exclusively: the keys are checked once at the end.
      const foreignKeys = await readForeignKeys(tx, TABLES);
      for (const statement of foreignKeys.drop) await tx.query(statement);
      const patternIds = await loadPatterns(tx, input.patterns);
      let lexemes = 0;
      let links = 0;
      let chunk: Lexeme[] = [];
      const flush = async () => {
        links += await loadLexemes(tx, chunk, patternIds);
        lexemes += chunk.length;
        chunk = [];
        options.onProgress?.(lexemes);
      };
      for await (const lexeme of input.lexemes) {
        chunk.push(lexeme);
        if (chunk.length >= chunkLexemes) await flush();
      }
      if (chunk.length > 0) await flush();
      for (const statement of foreignKeys.add) await tx.query(statement);
      // Ids came from the input; move the identity sequences past them so plain INSERTs still work.
      for (const table of ['lexemes', 'patterns']) {
        await tx.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`);
      }
      if (options.skipTriggers) {
        for (const table of TABLES) await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
        await tx.query(QUEUE_WHOLE_LEXICON_SQL);
        await tx.query(BUMP_PATTERNS_VERSION_SQL);
        await tx.query(NOTE_FOR_REBUILD_SQL);
      }
      return { patterns: patternIds.size, lexemes, links };
    }),
  );
}

async function loadPatterns(tx: Connection, patterns: LexiconInput['patterns']): Promise<Set<number>> {
  const ids = new Set<number>();
  async function* rows() {
    for await (const p of patterns) {
      ids.add(p.id);
      yield `${p.id}\t${copyField(p.name)}\t${copyField(p.source)}\t${compiledHash(p)}\n`;
    }
  }
  await tx.copyFrom('COPY patterns (id, name, source, compiled_hash) FROM STDIN', chunkRows(rows()));
  return ids;
}

async function loadLexemes(tx: Connection, lexemes: readonly Lexeme[], patternIds: ReadonlySet<number>): Promise<number> {
  let lexemeText = '';
  let linkText = '';
  let links = 0;
  for (const l of lexemes) {
    lexemeText += `${l.id}\t${copyField(l.lemma)}\t${copyField(l.stem ?? null)}\t${copyTextArray(l.root)}\t${copyField(l.gloss ?? null)}\n`;
    l.patterns.forEach((patternId, position) => {
      if (!patternIds.has(patternId)) {
        throw new Error(`Lexeme ${l.id} (${JSON.stringify(l.lemma)}) takes pattern id ${patternId}, which is not among the lexicon's patterns; add the pattern or fix the lexeme.`);
      }
      linkText += `${l.id}\t${patternId}\t${position}\n`;
      links += 1;
    });
  }
  await tx.copyFrom('COPY lexemes (id, lemma, stem, root, gloss) FROM STDIN', [lexemeText]);
  if (links > 0) await tx.copyFrom('COPY lexeme_patterns (lexeme_id, pattern_id, position) FROM STDIN', [linkText]);
  return links;
}
