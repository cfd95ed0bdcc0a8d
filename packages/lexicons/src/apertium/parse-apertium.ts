import { excerpt, type Lexeme, type ParsedPatternSource } from '@paradigm/core';
import type { ImportedLexicon } from '../imported-lexicon';
import { ApertiumDixError, type DixPosition, type DixProblem } from './apertium-error';
import { readDix, type DixEntry, type ParItem } from './dix-reader';
import { addPardefEntry, sectionLexeme, simpleLexeme, simplePardef } from './dix-lexemes';
import { entryLists, type Pardef } from './entry-lists';
import { PardefFormLimitError } from './pardef-form-limit-error';
import { PardefGraph } from './pardef-graph';
import { PatternEmitter } from './pattern-emitter';

/** An imported .dix: its patterns also as the syntax trees their text parses to (without normalisation). */
export interface ApertiumLexicon extends ImportedLexicon {
  /** {@link ImportedLexicon.patterns}, parsed: what {@link expandApertiumText} compiles. */
  readonly trees: readonly ParsedPatternSource[];
  /** Where each lexeme's `<e>` is in the file, in lexeme order: what a problem in generating it names. */
  readonly entryPositions: readonly DixPosition[];
}

/**
 * Translates an Apertium monolingual dictionary (.dix) into patterns and lexemes. Generating every
 * lexeme with paradigm-core and printing the forms with {@link formatLtExpand} gives exactly what
 * `lt-expand FILE.dix` prints (lttoolbox 3.7.1, no options), in the same order.
 *
 * - Each `<pardef>` becomes a pattern of the same name; each of its entries one rule per expansion run:
 *   `suffix +"<l>" gloss +"<r>" => <the s tags, ;-separated>`, with `[LR]`/`[RL]` for restricted runs
 *   and `[needaffix] > NAME` where the entry goes on through nested `<par>`s.
 * - Each dictionary `<e>` becomes a lexeme: stem = its surface text before the first `<par>`, gloss = its
 *   analysis text up to the first tag there, lemma = `lm` (or the gloss), patterns = the pardef's
 *   pattern, or synthesized patterns where the entry has several `<par>`s or a direction restriction.
 *
 * Throws {@link ApertiumDixError} listing every problem: malformed XML, an undefined pardef, a pardef
 * used before its definition, a pardef that refers to itself; or naming the first pardef or entry that
 * derives more than `options.maxFormsPerEntry` forms (default paradigm-core's, 100,000), counting the
 * partial forms nested pardefs pass on: its patterns would grow as those forms do (see
 * {@link PatternEmitter}), and generating it would fail at that limit.
 */
export function parseApertium(text: string, fileName: string, options: ParseApertiumOptions = {}): ApertiumLexicon {
  const document = readDix(text, fileName);
  const problems: DixProblem[] = [];
  const pardefs = new Map<string, Pardef>();
  /** Every pardef and every later version of one, in the order they came to be. */
  const versions: Pardef[] = [];
  // A dictionary entry is kept with its lists, or, in the common shape (see simplePardef), with just its pardef.
  const sections: { entry: DixEntry; lists: ReturnType<typeof entryLists>; pardef: Pardef | undefined }[] = [];
  // Pardefs with an entry that failed: a later "undefined" for them would only repeat that problem.
  const broken = new Set<string>();
  const graph = new PardefGraph(document);
  const resolver = (entry: DixEntry) => (par: ParItem) => {
    const pardef = broken.has(par.name) && !pardefs.has(par.name) ? null : resolvePar(par, entry, pardefs, graph, problems);
    if (!pardef && entry.pardef) broken.add(entry.pardef.name);
    return pardef;
  };

  for (const entry of document.entries) {
    if (entry.pardef === null) {
      const pardef = simplePardef(entry, pardefs);
      if (pardef !== undefined) pardef.usedAt ??= entry.items[1] as ParItem;
      sections.push({ entry, lists: pardef === undefined ? entryLists(entry, resolver(entry)) : null, pardef });
      continue;
    }
    const lists = entryLists(entry, resolver(entry));
    if (!lists) continue;
    addPardefEntry(entry.pardef, lists, pardefs, versions);
  }
  if (problems.length > 0) throw new ApertiumDixError(fileName, problems);

  const emitter = new PatternEmitter(options.maxFormsPerEntry);
  const lexemes: Lexeme[] = [];
  const entryPositions: DixPosition[] = [];
  const patternsOf = new Map<Pardef, readonly number[] | null>();
  // What is being written, for the problem a pardef or entry past the form limit is.
  let writing: Pardef | DixEntry | undefined;
  try {
    for (const pardef of versions) {
      writing = pardef;
      emitter.pardef(pardef);
    }
    for (const { entry, lists, pardef } of sections) {
      writing = entry;
      const id = lexemes.length + 1;
      const lexeme = pardef !== undefined ? simpleLexeme(entry, pardef, id, emitter, patternsOf) : lists ? sectionLexeme(entry, lists, id, emitter) : null;
      if (lexeme) {
        lexemes.push(lexeme);
        entryPositions.push(entry);
      }
    }
  } catch (error) {
    if (!(error instanceof PardefFormLimitError) || writing === undefined) throw error;
    throw new ApertiumDixError(fileName, [pastFormLimit(writing, error)]);
  }
  const placeOf = (lexemeId: number): string | undefined => {
    const position = entryPositions[lexemeId - 1];
    return position === undefined ? undefined : `${fileName}:${position.line}:${position.column}`;
  };
  return { format: 'apertium', source: fileName, patterns: emitter.patterns, trees: emitter.trees, lexemes, entryPositions, placeOf };
}

/** Options of {@link parseApertium}. */
export interface ParseApertiumOptions {
  /** The forms one entry may derive (paradigm-core's `maxFormsPerLexeme`; `Infinity` for none): what expanding the lexicon will use. */
  readonly maxFormsPerEntry?: number;
}

/** The problem of a pardef or entry whose patterns pass the form limit. */
function pastFormLimit(writing: Pardef | DixEntry, error: PardefFormLimitError): DixProblem {
  const message = (subject: string) => `${subject} ${error.message}. Pardefs used one after another multiply them at each level of nesting.`;
  if ('lists' in writing) {
    return { line: writing.tag.line, column: writing.tag.column, element: `<pardef n="${writing.name}">`, message: message(`pardef "${excerpt(writing.name)}"`), pastFormLimit: true };
  }
  const subject = writing.lemma === undefined ? 'this entry' : `the entry of "${excerpt(writing.lemma)}"`;
  return { line: writing.line, column: writing.column, element: '<e>', message: message(subject), pastFormLimit: true };
}

function resolvePar(
  par: ParItem,
  entry: DixEntry,
  pardefs: ReadonlyMap<string, Pardef>,
  graph: PardefGraph,
  problems: DixProblem[],
): Pardef | null {
  const pardef = entry.pardef !== null && entry.pardef.name === par.name ? undefined : pardefs.get(par.name);
  if (pardef) {
    pardef.usedAt ??= par;
    return pardef;
  }
  const fail = (message: string): null => {
    problems.push({ line: par.line, column: par.column, element: `<par n="${par.name}">`, message });
    return null;
  };
  if (entry.pardef !== null && entry.pardef.name === par.name)
    return fail(`pardef "${excerpt(par.name)}" refers to itself (a cycle); lt-comp rejects this too. Move the shared entries into a separate pardef.`);
  const later = graph.openedAfter(par.name, par);
  if (later) {
    // This entry's pardef refers to par.name, so a way back from par.name makes a cycle.
    const cycle = entry.pardef !== null && graph.mutuallyReachable(par.name, entry.pardef.name);
    return fail(
      `pardef "${excerpt(par.name)}" is used before its definition at line ${later.line}` +
        (cycle ? `, and it refers back to "${excerpt(entry.pardef!.name)}" (a cycle)` : '') +
        '; lt-expand requires every pardef to be defined above its first use. Move the definition up.',
    );
  }
  return fail(
    par.name === ''
      ? 'a <par> with an empty name: lt-expand keeps no pardef of that name ("Undefined paradigm \'\'"), and reads the entries of a <pardef n=""> as the dictionary\'s. Name the pardef and this <par>.'
      : graph.isOpened(par.name)
      ? `pardef "${excerpt(par.name)}" has no entry lt-expand keeps (each is i="yes", an alternative or a variant it drops), so it is undefined. Give it an entry or remove this <par>.`
      : `pardef "${excerpt(par.name)}" is not defined. Define it in <pardefs> above this line, or fix the name.`,
  );
}
