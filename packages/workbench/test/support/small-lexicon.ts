import type { Lexeme, PatternSource } from '@paradigm/core';
import { type Database, getWriter, replaceLexicon } from '@paradigm/persistence';
import { drainQueue, SILENT_PROGRESS } from '@paradigm/recompute';

/** A noun pattern that continues into a case pattern, and a verb pattern. */
export const PATTERNS: PatternSource[] = [
  { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s /[^sy]/ => N;PL > case\nrule suffix -y +ies /[^aeiou]y/ => N;PL > case\n' },
  { id: 2, name: 'case', source: "pattern case\nrule => NOM\nrule suffix +'s => GEN\n" },
  { id: 3, name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ed gloss +"<pst>" => V;PST\nrule suffix +ing => V;PTCP\n' },
];

export const LEXEMES: Lexeme[] = [
  { id: 1, lemma: 'city', patterns: [1] },
  { id: 2, lemma: 'cat', patterns: [1] },
  { id: 3, lemma: 'walk', patterns: [3] },
  { id: 4, lemma: 'catch', patterns: [3] },
  { id: 5, lemma: "o'clock", patterns: [3] },
];

/** Stores the small lexicon (the triggers queue every lexeme) and drains the queue. */
export async function loadSmallLexicon(db: Database): Promise<void> {
  await replaceLexicon(db, { patterns: PATTERNS, lexemes: LEXEMES });
  await drain(db);
}

/** Drains the recompute queue once in this process. */
export function drain(db: Database) {
  return drainQueue(db, {
    batchSize: 100,
    batchForms: 50_000,
    concurrency: 1,
    writer: getWriter(),
    progress: SILENT_PROGRESS,
    follow: false,
    pollMs: 50,
    retryFailed: false,
    signal: new AbortController().signal,
  });
}
