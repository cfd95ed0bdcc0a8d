import type { Lexeme } from '@paradigm/core';
import type { SyntheticPattern } from './pattern-catalog';
import { makeLemma, makeRoot, ROOT_LENGTHS } from './phonology';
import { Rng } from './prng';

/** Parameters of a synthetic lexicon. */
export interface SyntheticParams {
  /** How many lexemes (ids 1..lexemes). Default 5000, as the Phase 4 runbook recommends. */
  readonly lexemes: number;
  /** Patterns each lexeme takes. Default 5. */
  readonly patternsPerLexeme: number;
  /** PRNG seed: the same parameters always give the same lexicon. Default 1. */
  readonly seed: number;
}

/** The Phase 4 runbook's size: 5000 lexemes x 5 patterns, seed 1. */
export const SYNTHETIC_DEFAULTS: SyntheticParams = { lexemes: 5000, patternsPerLexeme: 5, seed: 1 };

/** The most patterns every lexeme can take: as many as fit the roots of the length that the fewest fit. */
export function mostPatternsPerLexeme(catalog: readonly SyntheticPattern[]): number {
  const fitting = (length: number) => catalog.filter((p) => p.assignable && (p.radicals === undefined || p.radicals === length)).length;
  return Math.min(...ROOT_LENGTHS.map(fitting));
}

/**
 * Lexemes 1..params.lexemes, one at a time (a million never sit in memory). Each has a root of 2-4
 * radicals, a lemma built from it, sometimes a separate stem or gloss, and `patternsPerLexeme`
 * distinct patterns drawn from those that fit it (templates only for its radical count).
 */
export function* syntheticLexemes(params: SyntheticParams, catalog: readonly SyntheticPattern[]): Generator<Lexeme> {
  const rng = new Rng(params.seed);
  const general = catalog.filter((p) => p.assignable && p.radicals === undefined).map((p) => p.pattern.id);
  const byRadicals = new Map<number, number[]>();
  for (const p of catalog) {
    if (p.assignable && p.radicals !== undefined) byRadicals.set(p.radicals, [...(byRadicals.get(p.radicals) ?? []), p.pattern.id]);
  }
  for (let id = 1; id <= params.lexemes; id += 1) {
    const root = makeRoot(rng);
    const lemma = makeLemma(rng, root);
    const candidates = [...(byRadicals.get(root.length) ?? []), ...general];
    const stem = rng.chance(0.1) ? `${lemma}${rng.pick(['an', 'it', 'ū'])}` : undefined;
    const gloss = rng.chance(0.1) ? `${lemma}<v>` : undefined;
    yield {
      id,
      lemma,
      ...(stem !== undefined ? { stem } : {}),
      root,
      ...(gloss !== undefined ? { gloss } : {}),
      patterns: rng.sample(candidates, params.patternsPerLexeme),
    };
  }
}
