import { compileGrammar, generateLexeme, type Lexeme, type PatternSource } from '@paradigm/core';
import { type Database, readFormLimit, readPatterns, streamLexemes } from '@paradigm/persistence';

/** Patterns of every kind the engine must handle, including a continuation (noun > case). */
export const PATTERNS: PatternSource[] = [
  { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s /[^sy]/ => N;PL > case\nrule suffix -y +ies /[^aeiou]y/ => N;PL > case\n' },
  { id: 2, name: 'case', source: "pattern case\nrule => NOM\nrule suffix +'s => GEN\n" },
  { id: 3, name: 'verb', source: 'pattern verb\nscheme past: i>a, ee>e\nrule => V;INF\nrule ablaut past => V;PST\nrule suffix +ing => V;PTCP\n' },
  { id: 4, name: 'ar-verb', source: 'pattern ar-verb\nrule template C-a-C-a-C => V;PFV\nrule template maC1C2uuC3 => V;PTCP\n' },
  { id: 5, name: 'redup', source: 'pattern redup\nrule redup cv => PL\n' },
];

const BASE: Lexeme[] = [
  { id: 1, lemma: 'city', patterns: [1] },
  { id: 2, lemma: 'cat', patterns: [1] },
  { id: 3, lemma: 'sing', patterns: [3] },
  { id: 4, lemma: 'feed', patterns: [3] },
  { id: 5, lemma: 'kataba', root: ['k', 't', 'b'], patterns: [4] },
  { id: 6, lemma: 'bili', patterns: [5, 1] },
  { id: 7, lemma: 'darasa', root: ['d', 'r', 's'], patterns: [4, 3] },
];

/** `count` lexemes: the base ones, then variations of them with new ids (all generate without error). */
export function lexemes(count = BASE.length): Lexeme[] {
  const out: Lexeme[] = [];
  for (let i = 0; i < count; i++) {
    const base = BASE[i % BASE.length];
    const round = Math.floor(i / BASE.length);
    out.push(round === 0 ? base : { ...base, id: i + 1, lemma: `${base.lemma}${'a'.repeat(round % 3)}${round}` });
  }
  return out;
}

/** Loads patterns and lexemes with plain SQL (as any client would; the triggers see it). */
export async function loadLexicon(db: Database, patterns: readonly PatternSource[], entries: readonly Lexeme[]): Promise<void> {
  const conn = await db.acquire();
  try {
    await conn.query('INSERT INTO patterns (id, name, source, compiled_hash) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])', [
      patterns.map((p) => p.id),
      patterns.map((p) => p.name),
      patterns.map((p) => p.source),
      patterns.map(() => 'test'),
    ]);
    await conn.query('INSERT INTO lexemes (id, lemma, stem, gloss) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])', [
      entries.map((l) => l.id),
      entries.map((l) => l.lemma),
      entries.map((l) => l.stem ?? null),
      entries.map((l) => l.gloss ?? null),
    ]);
    for (const entry of entries.filter((l) => l.root)) {
      await conn.query('UPDATE lexemes SET root = $2 WHERE id = $1', [entry.id, entry.root]);
    }
    const links = entries.flatMap((l) => l.patterns.map((patternId, position) => [l.id, patternId, position]));
    await conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT * FROM unnest($1::int[], $2::int[], $3::int[])', [
      links.map((link) => link[0]),
      links.map((link) => link[1]),
      links.map((link) => link[2]),
    ]);
  } finally {
    conn.release();
  }
}

/** A form row as `lexeme_id|pattern_id|cell|form`, for exact, order-free comparison. */
export type FormRow = string;

/** Every row of `forms`, sorted. */
export async function formsInTable(db: Database): Promise<FormRow[]> {
  const conn = await db.acquire();
  try {
    const result = await conn.query<{ row: string }>("SELECT lexeme_id || '|' || pattern_id || '|' || cell || '|' || form AS row FROM forms");
    return result.rows.map((r) => r.row).sort();
  } finally {
    conn.release();
  }
}

/** What paradigm-core generates for `entries` (lexemes with an error outcome contribute nothing), sorted. */
export function expectedForms(grammar: Parameters<typeof generateLexeme>[0], entries: readonly Lexeme[]): FormRow[] {
  const rows: FormRow[] = [];
  for (const entry of entries) {
    const outcomes = generateLexeme(grammar, entry);
    if (outcomes.some((o) => o.kind === 'error')) continue;
    for (const outcome of outcomes) {
      if (outcome.kind === 'forms') for (const f of outcome.forms) rows.push(`${f.lexemeId}|${f.patternId}|${f.cell}|${f.surface}`);
    }
  }
  return rows.sort();
}

/** Runs one query on a connection of its own. */
export async function query<R = Record<string, unknown>>(db: Database, text: string, values?: unknown[]): Promise<R[]> {
  const conn = await db.acquire();
  try {
    return (await conn.query<R>(text, values)).rows;
  } finally {
    conn.release();
  }
}

/** What paradigm-core generates for the lexicon now in `db` (its patterns and lexemes, under its form limit), sorted. */
export async function expectedFromDatabase(db: Database): Promise<FormRow[]> {
  const patterns = await readPatterns(db);
  const maxFormsPerLexeme = await readFormLimit(db);
  const entries: Lexeme[] = [];
  for await (const page of streamLexemes(db, { batchSize: 1000 })) entries.push(...page);
  return expectedForms(compileGrammar(patterns, { maxFormsPerLexeme }).grammar, entries);
}
