import { DEFAULT_MAX_FORMS_PER_LEXEME } from '@paradigm/core';
import type { Rng } from '@paradigm/lexicons';
import { type Database, withConnection } from '@paradigm/persistence';

/** The rule a pattern edit adds to, or removes from, a pattern: any stem takes a suffix. */
const EXTRA_RULE = 'rule suffix +zq => CHAOS\n';

/**
 * The form limit a `form-limit` edit sets when the limit is the default (and the default when it is not):
 * low enough that the lexemes of the larger paradigms fail under it.
 */
const LOW_FORM_LIMIT = 25;

/**
 * The kinds of edit the soak makes, each as a client would make it in plain SQL (the triggers see it),
 * but `workbench-pattern`: the same change as `pattern`, saved through a running `paradigm serve`'s API.
 */
export const EDIT_KINDS = ['lemma', 'many-lemmas', 'insert', 'delete', 'relink', 'pattern', 'drop-pattern', 'form-limit', 'workbench-pattern'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** One edit drawn from the round's generator: which kind, and where (offsets into the lexemes or patterns by id). */
export interface Edit {
  readonly kind: EditKind;
  readonly at: number;
  readonly other: number;
  readonly letter: string;
}

/**
 * Each kind of edit with the share of edits up to and including it: lemmas most often, as in an editor;
 * patterns and edits of two thirds of the lexicon in one statement (a script's), each changing the forms
 * of many lexemes, least.
 */
const EDIT_SHARES: readonly (readonly [EditKind, number])[] = [
  ['lemma', 0.37],
  ['many-lemmas', 0.4],
  ['insert', 0.58],
  ['delete', 0.72],
  ['relink', 0.86],
  ['pattern', 0.93],
  ['drop-pattern', 0.95],
  ['form-limit', 0.96],
  ['workbench-pattern', 1],
];

/** Draws the next edit (see {@link EDIT_SHARES}). */
export function drawEdit(rng: Rng): Edit {
  const roll = rng.next();
  const kind = EDIT_SHARES.find(([, share]) => roll < share)![0];
  return { kind, at: rng.int(1_000_000), other: rng.int(1_000_000), letter: 'aeioukstn'[rng.int(9)]! };
}

/** `edit` as text for the round's log. */
export function describeEdit(edit: Edit): string {
  return `${edit.kind}(${edit.at},${edit.other}${edit.kind === 'lemma' || edit.kind === 'many-lemmas' || edit.kind === 'insert' ? `,${edit.letter}` : ''})`;
}

// The n-th lexeme (pattern) by id, n taken modulo how many there are: whatever lexicon an import left.
const NTH_LEXEME = '(SELECT id FROM lexemes ORDER BY id OFFSET $1::int % greatest((SELECT count(*) FROM lexemes), 1)::int LIMIT 1)';
const NTH_PATTERN = '(SELECT id FROM patterns ORDER BY id OFFSET $1::int % greatest((SELECT count(*) FROM patterns), 1)::int LIMIT 1)';

/**
 * Applies `edit` to whatever lexicon `db` holds. A lemma changes its last letter (`many-lemmas`: the lemmas of
 * the lexemes whose id is not `at` modulo 3, two in three, in one statement); an insert copies a
 * lexeme (root and pattern links too) under the next free id, in one statement; a relink gives a lexeme
 * the pattern links of another with as many radicals, in one transaction; a pattern edit adds or removes {@link EXTRA_RULE}
 * (in SQL, or through the workbench at `workbench`, a running `paradigm serve`); a pattern drop deletes a pattern and
 * with it the links of every lexeme that takes it; a form-limit edit switches the lexicon's limit of forms
 * per lexeme between {@link LOW_FORM_LIMIT} and the default (each switch queues every pattern).
 * Resolves to the error's message when the server refuses it (an import holding the tables may make
 * the id taken or the lexeme gone; the workbench refuses a pattern with errors), or when no workbench runs,
 * which the soak logs and goes on: refused edits change nothing.
 */
export async function applyEdit(db: Database, edit: Edit, workbench?: string): Promise<string | undefined> {
  try {
    if (edit.kind === 'workbench-pattern') return await saveThroughWorkbench(db, edit, workbench);
    await withConnection(db, async (conn) => {
      switch (edit.kind) {
        case 'lemma':
          await conn.query(`UPDATE lexemes SET lemma = left(lemma, greatest(length(lemma) - 1, 2)) || $2 WHERE id = ${NTH_LEXEME}`, [edit.at, edit.letter]);
          return;
        case 'many-lemmas':
          // Two lexemes in three, in one statement: a queue of most of the lexicon, which a `run` may rebuild.
          await conn.query('UPDATE lexemes SET lemma = left(lemma, greatest(length(lemma) - 1, 2)) || $2 WHERE id % 3 <> $1::int % 3', [edit.at, edit.letter]);
          return;
        case 'insert':
          await conn.query(
            `WITH source AS (SELECT * FROM lexemes WHERE id = ${NTH_LEXEME}),
                  added AS (INSERT INTO lexemes (id, lemma, stem, root, gloss)
                            SELECT (SELECT coalesce(max(id), 0) + 1 FROM lexemes), lemma || $2, stem, root, gloss FROM source RETURNING id)
             INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position)
             SELECT added.id, lp.pattern_id, lp.position FROM added, lexeme_patterns lp WHERE lp.lexeme_id = (SELECT id FROM source)`,
            [edit.at, edit.letter],
          );
          return;
        case 'delete':
          await conn.query(`DELETE FROM lexemes WHERE id = ${NTH_LEXEME}`, [edit.at]);
          return;
        case 'relink':
          await conn.transaction(async (tx) => {
            // The other lexeme has as many radicals (none or some), so the links mostly still generate.
            const [pair] = (
              await tx.query<{ a: number; b: number }>(
                `WITH a AS (SELECT id, coalesce(array_length(root, 1), 0) AS radicals FROM lexemes WHERE id = ${NTH_LEXEME}),
                      same AS (SELECT l.id, count(*) OVER () AS n, row_number() OVER (ORDER BY l.id) - 1 AS i
                                 FROM lexemes l, a WHERE coalesce(array_length(l.root, 1), 0) = a.radicals)
                 SELECT a.id AS a, same.id AS b FROM a, same WHERE same.i = $2::int % same.n`,
                [edit.at, edit.other],
              )
            ).rows;
            if (!pair || pair.a === pair.b) return;
            await tx.query('DELETE FROM lexeme_patterns WHERE lexeme_id = $1', [pair.a]);
            await tx.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT $1, pattern_id, position FROM lexeme_patterns WHERE lexeme_id = $2', [pair.a, pair.b]);
          });
          return;
        case 'pattern':
          await conn.query(`UPDATE patterns SET source = ${TOGGLED_SOURCE} WHERE id = ${NTH_PATTERN}`, [edit.at, EXTRA_RULE]);
          return;
        case 'drop-pattern':
          await conn.query(`DELETE FROM patterns WHERE id = ${NTH_PATTERN}`, [edit.at]);
          return;
        case 'form-limit':
          await conn.query('UPDATE lexicon_settings SET max_forms_per_lexeme = CASE WHEN max_forms_per_lexeme = $1 THEN $2 ELSE $1 END', [DEFAULT_MAX_FORMS_PER_LEXEME, LOW_FORM_LIMIT]);
          return;
      }
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

// A pattern's source with EXTRA_RULE ($2) removed if it has it, else added.
const TOGGLED_SOURCE = "CASE WHEN position($2 IN source) > 0 THEN replace(source, $2, '') ELSE rtrim(source, E'\\n') || E'\\n' || $2 END";

/** `source` with {@link EXTRA_RULE} removed if it has it, else added: what {@link TOGGLED_SOURCE} makes of it in SQL. */
export function toggleExtraRule(source: string): string {
  return source.includes(EXTRA_RULE) ? source.replaceAll(EXTRA_RULE, '') : `${source.replace(/\n+$/, '')}\n${EXTRA_RULE}`;
}

/**
 * Saves `source` as pattern `name` as the workbench's pattern editor does: `PUT /api/patterns/NAME` on the
 * running `paradigm serve` at `workbench`. Resolves to undefined once saved, else to the refusal.
 */
export async function saveThroughWorkbenchApi(workbench: string, name: string, source: string): Promise<string | undefined> {
  const response = await fetch(`${workbench}/api/patterns/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ source }),
    signal: AbortSignal.timeout(30_000),
  });
  return response.ok ? undefined : `workbench ${response.status}: ${(await response.text()).slice(0, 200)}`;
}

/** The `pattern` edit as the workbench's pattern editor saves it: `PUT /api/patterns/NAME` with the new source. */
async function saveThroughWorkbench(db: Database, edit: Edit, workbench: string | undefined): Promise<string | undefined> {
  if (!workbench) return 'no workbench running';
  const [pattern] = (
    await withConnection(db, (conn) => conn.query<{ name: string; source: string }>(`SELECT name, ${TOGGLED_SOURCE} AS source FROM patterns WHERE id = ${NTH_PATTERN}`, [edit.at, EXTRA_RULE]))
  ).rows;
  if (!pattern) return 'no pattern';
  return saveThroughWorkbenchApi(workbench, pattern.name, pattern.source);
}
