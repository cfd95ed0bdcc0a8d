import type { Normalization, TextRules } from '../text/normalization';
import type { CompiledPattern, PatternProgram } from './compiled-pattern';
import { FORMAT_VERSION } from './compiled-pattern';

/** A set of compiled, linked patterns, looked up by id (lexemes) or name (continuations). */
export interface Grammar {
  /** Version of the compiled format ({@link CompiledPattern.fingerprint} depends on it). */
  readonly formatVersion: number;
  /** How this grammar normalises text (see `CompileOptions.normalize`); generation follows it. */
  readonly normalize: Normalization;
  /** How many forms one lexeme may derive (see `CompileOptions.maxFormsPerLexeme`); generation follows it. */
  readonly maxFormsPerLexeme: number;
  /** How many characters one lexeme's forms may add up to (see `CompileOptions.maxCharsPerLexeme`); generation follows it. */
  readonly maxCharsPerLexeme: number;
  pattern(id: number): CompiledPattern | undefined;
  patternByName(name: string): CompiledPattern | undefined;
  /** How many patterns compiled (patterns with errors are left out). */
  readonly size: number;
  /**
   * Every compiled pattern, in ascending id order (patterns with errors are left out). With
   * {@link CompiledPattern.continuations} this gives the continuation graph.
   */
  patterns(): Iterable<CompiledPattern>;
}

/** The grammar the generator uses: the same lookups, returning programs. */
export class LinkedGrammar implements Grammar {
  readonly formatVersion = FORMAT_VERSION;
  private readonly byId = new Map<number, PatternProgram>();
  private readonly byName = new Map<string, PatternProgram>();
  private inIdOrder: PatternProgram[] | undefined;

  readonly normalize: Normalization;
  /**
   * The generator's state between two lexemes (see `expandLexeme`), kept with the grammar so that it
   * refers to no other grammar's patterns.
   */
  spare: object | undefined;

  constructor(
    programs: Iterable<PatternProgram>,
    /** The text operations generation uses, per {@link Grammar.normalize}. */
    readonly text: TextRules,
    readonly maxFormsPerLexeme: number,
    readonly maxCharsPerLexeme: number,
  ) {
    this.normalize = text.mode;
    for (const program of programs) {
      this.byId.set(program.id, program);
      this.byName.set(program.name, program);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  pattern(id: number): PatternProgram | undefined {
    return this.byId.get(id);
  }

  patternByName(name: string): PatternProgram | undefined {
    return this.byName.get(name);
  }

  patterns(): IterableIterator<PatternProgram> {
    this.inIdOrder ??= [...this.byId.values()].sort((a, b) => a.id - b.id);
    return this.inIdOrder.values();
  }
}

/** The generator's view of any {@link Grammar} made by `compileGrammar`. */
export function linked(grammar: Grammar): LinkedGrammar {
  if (grammar instanceof LinkedGrammar) return grammar;
  throw new TypeError('this grammar was not made by compileGrammar(); compile the patterns with compileGrammar()');
}
