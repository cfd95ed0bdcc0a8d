import { generateRows, type FormRowSink, type Grammar, type Lexeme } from '@paradigm/core';

/** Words only: the export reads no cells. */
const WORDS_ONLY = { cells: false } as const;

/**
 * Words a lexeme's first generation holds. A lexeme that makes more is generated again, holding them all,
 * only if its generation does not fail: most of hu_HU's lexemes pass the limit of forms, each after
 * 100,000 of them, and storing those (into a list promoted to V8's old space, a write barrier a word) cost
 * as much as generating them.
 */
export const FIRST_HELD_WORDS = 10_000;

/**
 * A lexeme's words as paradigm-core generates them (the forms the worker stores, empty ones aside), in
 * one list as they come, with where each pattern's run of them starts (paradigm-core emits a pattern's
 * forms together, in the lexeme's order) and whether Hunspell can say that pattern (`saidIds`). Nothing
 * is hashed while the lexeme generates (a set of a failing lexeme's words cost three times its
 * generation); past `held` words, none is kept (`complete` is false).
 */
export class LexemeWords implements FormRowSink {
  private readonly all: string[] = [];
  private readonly runStarts: number[] = [];
  private readonly runSaid: boolean[] = [];
  private lastPatternId = Number.NaN;
  /** False once a word was not kept. */
  complete = true;

  constructor(
    private readonly saidIds: ReadonlySet<number>,
    private readonly held: number,
  ) {}

  add(_lexemeId: number, patternId: number, _cell: string, surface: string): void {
    if (surface === '' || !this.complete) return;
    if (this.all.length === this.held) {
      this.complete = false;
      return;
    }
    if (patternId !== this.lastPatternId) {
      this.lastPatternId = patternId;
      this.runStarts.push(this.all.length);
      this.runSaid.push(this.saidIds.has(patternId));
    }
    this.all.push(surface);
  }

  /** Each word once, in first order. */
  distinct(): Set<string> {
    return new Set(this.all);
  }

  /** Whether a pattern Hunspell can say makes a word. */
  anySaid(): boolean {
    return this.runSaid.includes(true);
  }

  /** The words of the patterns Hunspell can say. */
  said(): Set<string> {
    const said = new Set<string>();
    this.runStarts.forEach((start, run) => {
      if (!this.runSaid[run]) return;
      const end = this.runStarts[run + 1] ?? this.all.length;
      for (let i = start; i < end; i++) said.add(this.all[i]!);
    });
    return said;
  }
}

/** `lexeme`'s words ({@link LexemeWords}, complete); or its first generation error. */
export function generateWords(grammar: Grammar, lexeme: Lexeme, saidIds: ReadonlySet<number>): LexemeWords | { kind: 'error'; message: string } {
  let words = new LexemeWords(saidIds, FIRST_HELD_WORDS);
  const error = generateRows(grammar, lexeme, words, WORDS_ONLY).find((summary) => summary.kind === 'error');
  if (error?.kind === 'error') return { kind: 'error', message: error.error.message };
  if (!words.complete) {
    words = new LexemeWords(saidIds, Infinity);
    generateRows(grammar, lexeme, words, WORDS_ONLY);
  }
  return words;
}
