import type { Generated } from 'kysely';

/** `lexemes`: one dictionary entry; its patterns are in {@link LexemePatternsTable}. */
export interface LexemesTable {
  id: Generated<number>;
  lemma: string;
  stem: string | null;
  root: string[] | null;
  gloss: string | null;
}

/** `patterns`: source text as written, plus the sha256 of paradigm-core's compiled fingerprint. */
export interface PatternsTable {
  id: Generated<number>;
  name: string;
  source: string;
  compiled_hash: string;
}

/** `lexeme_patterns`: which patterns a lexeme takes, in generation order (`position` 0, 1, ...). */
export interface LexemePatternsTable {
  lexeme_id: number;
  pattern_id: number;
  position: number;
}

/** `forms`: the generated word forms; rewritten per lexeme by the worker (see `replace-forms.ts`). */
export interface FormsTable {
  lexeme_id: number;
  pattern_id: number;
  cell: string;
  form: string;
  /** Place among the lexeme's forms of this pattern, in generation order (the author's rule order). */
  position: Generated<number>;
  /** The analysis tape, or null when it is the lexeme's gloss (else lemma) unchanged. */
  analysis: string | null;
}

/** The kysely view of the database. */
export interface Schema {
  lexemes: LexemesTable;
  patterns: PatternsTable;
  lexeme_patterns: LexemePatternsTable;
  forms: FormsTable;
}
