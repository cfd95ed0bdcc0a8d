import { compileGrammar, type GenerationError, type Grammar, type Lexeme } from '@paradigm/core';
import { CHUNK_CHARS } from '../chunk-size';
import { addPardefEntry, sectionLexeme, simpleLexeme, simplePardef } from './dix-lexemes';
import { readDixEntries, type DixEntry, type ParItem } from './dix-reader';
import { entryLists, type Pardef } from './entry-lists';
import { generationFailure, utf8Chunks, type ExpandApertiumOptions } from './expand-apertium';
import { HeldBytes } from './held-bytes';
import { LtExpandLines, type EntryTooLong } from './lt-expand-lines';
import { PardefFormLimitError } from './pardef-form-limit-error';
import { PatternEmitter } from './pattern-emitter';

/** An entry whose generation failed, and where it is. */
interface FailedEntry {
  readonly error: GenerationError | EntryTooLong;
  readonly lexeme: Lexeme;
  readonly ordinal: number;
  readonly line: number;
  readonly column: number;
}

/** Thrown out of the reader where the document leaves what {@link expandDix} handles. */
const LEFT = new Error('left to the whole-document path');

/** Lexemes a grammar is recompiled for at least: compiling is per pattern, so a few new patterns wait for company. */
const MIN_WAITING = 256;

/**
 * Output held until the file is read, at most: past it, entries are kept as lexemes and generated after
 * the file is read. apertium-urd's 4.2 MB fit; apertium-arg prints 100 MB.
 */
const HOLD_BYTES = 1 << 24;

/**
 * What `expandApertiumBytes(parseApertium(text, file), options)` yields, for a .dix whose pardefs all
 * come before its first dictionary entry and which has no problem (each chunk valid until the next is
 * asked for); `null` for any other (a pardef entry after a dictionary entry, which lt-expand reads; a
 * problem parseApertium reports, such as a pardef past the form limit; a document only saxes reads): the
 * caller then takes that path, which words every problem. The file is read before this returns. An entry past the form limit (or its characters' limit) stops
 * the generation but not the reading: with no problem in the file, the chunks before that entry are
 * yielded and then its error thrown, as {@link expandApertiumText} does; reading the file whole again to
 * throw it doubled the time and memory of a file whose one entry fails (pardefs nested 800 deep with
 * `<par>`s in series: 30 s and 2.5 GB, of which the second reading was half).
 *
 * Each dictionary entry is turned into its lexeme as it is read and generated at once, so no parsed
 * entry outlives its own turn: a whole parsed document (apertium-urd: 61,680 objects, 6.4 MB) kept
 * alive makes V8 grow its young generation and copy the survivors from one collection to the next. The
 * lines are held as UTF-8 outside the heap until the file is read, because a problem further down means
 * nothing may be printed; past {@link HOLD_BYTES}, entries are kept as their lexemes instead (a few
 * objects each, where the parsed entry is many) and generated as the chunks are asked for, which throws
 * as {@link expandApertiumText} does for an entry past the form limit.
 *
 * Patterns the emitter adds for dictionary entries (heads, continuations) are compiled in batches: an
 * entry needing one waits, with the entries after it, until as many entries wait as there are patterns
 * (at least {@link MIN_WAITING}), so compiling stays linear in the entries.
 */
export function expandDix(text: string, file: string, options: ExpandApertiumOptions = {}): Iterable<Uint8Array> | null {
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  const pardefs = new Map<string, Pardef>();
  const versions: Pardef[] = [];
  const emitter = new PatternEmitter(options.maxFormsPerEntry);
  const patternsOf = new Map<Pardef, readonly number[] | null>();
  const lines = new LtExpandLines(options.maxCharsPerEntry);
  const held = new HeldBytes();
  let grammar: Grammar | null = null;
  /** The emitter's patterns `grammar` was compiled from: ids 1 to this. */
  let compiled = 0;
  /** Lexemes not generated yet, in order, with the line and column of each one's entry. */
  const waiting: Lexeme[] = [];
  const waitingAt: number[] = [];
  let lexemes = 0;
  let inSections = false;
  /** The first entry that failed to generate, while the output was held: no entry after it is generated. */
  let failed = null as FailedEntry | null;

  const resolver = (entry: DixEntry) => (par: ParItem): Pardef => {
    const pardef = entry.pardef !== null && entry.pardef.name === par.name ? undefined : pardefs.get(par.name);
    if (!pardef) throw LEFT;
    pardef.usedAt ??= par;
    return pardef;
  };
  const generate = (lexeme: Lexeme, line: number, column: number): void => {
    const error = lines.add(grammar!, lexeme);
    if (error !== undefined) {
      failed = { error, lexeme, ordinal: lexeme.id, line, column };
      return;
    }
    if (lines.text.length >= chunkChars) held.add(lines.take());
  };
  const compile = (): void => {
    // No fingerprints (nothing reads them): the programs keep no syntax tree.
    const result = compileGrammar(emitter.trees, { normalize: 'none', maxFormsPerLexeme: options.maxFormsPerEntry, fingerprints: false });
    if (result.errors.length > 0) throw LEFT;
    grammar = result.grammar;
    compiled = emitter.trees.length;
  };
  const generateWaiting = (): void => {
    compile();
    for (let i = 0; i < waiting.length && failed === null; i++) generate(waiting[i], waitingAt[2 * i], waitingAt[2 * i + 1]);
    waiting.length = 0;
    waitingAt.length = 0;
  };
  const onEntry = (entry: DixEntry): void => {
    if (entry.pardef !== null) {
      if (inSections) throw LEFT;
      const lists = entryLists(entry, resolver(entry));
      if (lists) addPardefEntry(entry.pardef, lists, pardefs, versions);
      return;
    }
    if (!inSections) {
      inSections = true;
      for (const pardef of versions) emitter.pardef(pardef);
    }
    const id = lexemes + 1;
    const pardef = simplePardef(entry, pardefs);
    let lexeme: Lexeme | null;
    if (pardef !== undefined) {
      pardef.usedAt ??= entry.items[1] as ParItem;
      lexeme = simpleLexeme(entry, pardef, id, emitter, patternsOf);
    } else {
      const lists = entryLists(entry, resolver(entry));
      lexeme = lists ? sectionLexeme(entry, lists, id, emitter) : null;
    }
    if (lexeme === null) return;
    lexemes++;
    // Past a failed entry the file is only read for problems, which leave it to the whole-file path.
    if (failed !== null) return;
    const holding = held.size < HOLD_BYTES;
    if (holding && waiting.length === 0 && grammar !== null && lexeme.patterns.every((pattern) => pattern <= compiled)) return generate(lexeme, entry.line, entry.column);
    waiting.push(lexeme);
    waitingAt.push(entry.line, entry.column);
    if (holding && waiting.length >= Math.max(MIN_WAITING, compiled)) generateWaiting();
  };

  try {
    if (!readDixEntries(text, file, onEntry)) return null;
    if (waiting.length > 0 && held.size < HOLD_BYTES) generateWaiting();
    if (waiting.length > 0 && failed === null) compile();
  } catch (error) {
    // parseApertium names the pardef or entry past the form limit.
    if (error === LEFT || error instanceof PardefFormLimitError) return null;
    throw error;
  }
  function* rest(): Generator<string> {
    for (let i = 0; i < waiting.length; i++) {
      const error = lines.add(grammar!, waiting[i]);
      if (error !== undefined) throw generationFailure(error, file, waiting[i], i + 1, { line: waitingAt[2 * i], column: waitingAt[2 * i + 1] }, grammar!);
      if (lines.text.length >= chunkChars) yield lines.take();
    }
    if (lines.text !== '') yield lines.take();
  }
  const failure = failed;
  if (failure !== null) {
    return (function* () {
      yield* held.bytes();
      throw generationFailure(failure.error, file, failure.lexeme, failure.ordinal, { line: failure.line, column: failure.column }, grammar!);
    })();
  }
  return (function* () {
    yield* held.bytes();
    yield* utf8Chunks(rest(), chunkChars);
  })();
}
