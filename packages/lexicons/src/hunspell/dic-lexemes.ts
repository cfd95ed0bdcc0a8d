import type { Lexeme, ParsedPatternSource, PatternAst, PatternSource } from '@paradigm/core';
import type { DicEntry } from './hunspell-model';
import { cellText } from './pattern-text';

/** What a distinct .dic flag set means, as `FlagSets` reads it: whether the entry is a word itself, and its classes' pattern ids. */
interface FlagSetRoles {
  readonly base: boolean;
  readonly ids: readonly number[];
}

/** What reads the flag sets (`FlagSets`): one roles object per distinct set, ids filled by `assignIds`. */
interface FlagSetReader {
  /** The entry's roles, or `undefined` when it yields nothing. */
  roles(entry: DicEntry): FlagSetRoles | undefined;
  assignIds(ids: ReadonlyMap<string, number>): void;
}

const NO_PATTERNS: readonly number[] = [];

/**
 * What the .dic's entries become: one lexeme each (id: its entry number, from 1), taking the `word`
 * pattern of its morphological fields (unless NEEDAFFIX) and the classes of its flags. The word patterns
 * are made as the entries are read (one per distinct set of fields, `word` first), so their ids are
 * known only once every entry is: lexemes with the same flags and word cell share one list of pattern
 * ids (el_GR: 828,806 lexemes, 1 list), filled by {@link assignIds}.
 */
export class DicLexemes {
  /**
   * Each word pattern's number by its cell, in order of first sight: the patterns come first in
   * {@link numberedPatterns}, so a pattern's id is its number plus one and only the classes need a map
   * of ids by name (oc_FR.dic has a word pattern per entry).
   */
  private readonly wordPatterns = new Map<string, number>();
  /** By flag set, then word pattern number (`undefined`: NEEDAFFIX, no word pattern): [word pattern id, ...class ids]. */
  private readonly lists = new Map<FlagSetRoles, Map<number | undefined, number[]>>();
  private assigned = false;

  constructor(private readonly flagSets: FlagSetReader) {
    this.wordPattern('');
  }

  /**
   * The lexeme of the `index`-th entry (from 0), for a lexicon that holds its lexemes: its list of
   * pattern ids is shared with the entries of the same flags and cell, and filled once {@link assignIds} ran.
   */
  lexemeOf(entry: DicEntry, index: number): Lexeme {
    const roles = this.flagSets.roles(entry);
    let patterns = NO_PATTERNS;
    if (roles !== undefined) patterns = this.listOf(roles, roles.base ? this.wordPattern(cellText(entry.morph)) : undefined);
    return { id: index + 1, lemma: entry.word, patterns };
  }

  /** Reads an entry's flags and cell, making its word pattern, for {@link lexemeNow} once every entry is read. */
  read(entry: DicEntry): void {
    const roles = this.flagSets.roles(entry);
    if (roles?.base) this.wordPattern(cellText(entry.morph));
  }

  /**
   * The lexeme of the `index`-th entry, once {@link assignIds} ran, with a list of its own: a lexicon that
   * does not hold its lexemes would otherwise hold a list for each distinct pair of flags and cell
   * (tr_TR.dic: 213,000 of them, 45 MB).
   */
  lexemeNow(entry: DicEntry, index: number): Lexeme {
    const roles = this.flagSets.roles(entry);
    let patterns = NO_PATTERNS;
    if (roles !== undefined) patterns = roles.base ? [this.wordPattern(cellText(entry.morph)) + 1, ...roles.ids] : roles.ids;
    return { id: index + 1, lemma: entry.word, patterns };
  }

  /** Whether the entry's word pattern (if it takes one) is one of those of the entries read so far. */
  hasWordPatternOf(entry: DicEntry): boolean {
    return this.flagSets.roles(entry)?.base !== true || this.wordPatterns.has(cellText(entry.morph));
  }

  /**
   * The word patterns of the entries read so far, `word` first (ids to be given). Each source is one
   * flat string (`join`): a template literal makes a tree of five strings, and a dictionary may have a
   * word pattern per entry (oc_FR: 87,000, 14 MB of such trees).
   */
  wordSources(): { name: string; source: string }[] {
    return [...this.wordPatterns].map(([cell, number]) => {
      const name = number === 0 ? 'word' : `word:${number + 1}`;
      return { name, source: ['pattern ', name, '\nrule =>', cell === '' ? '' : ' ', cell, '\n'].join('') };
    });
  }

  /** How many word patterns the entries read so far make: their ids are 1 to this. */
  get wordPatternCount(): number {
    return this.wordPatterns.size;
  }

  /** Whether {@link assignIds} has run: the lexemes carry their pattern ids only from then on. */
  get numbered(): boolean {
    return this.assigned;
  }

  /**
   * Gives every list read so far, and every list read after, its pattern ids: the word patterns' by
   * their number, the classes' from `classIds` (by name).
   */
  assignIds(classIds: ReadonlyMap<string, number>): void {
    this.assigned = true;
    this.flagSets.assignIds(classIds);
    for (const [roles, byWord] of this.lists) for (const [word, list] of byWord) fill(list, roles, word);
  }

  /** The number of the word pattern of a cell (`word` is 0), made on first sight. */
  private wordPattern(cell: string): number {
    let number = this.wordPatterns.get(cell);
    if (number === undefined) {
      number = this.wordPatterns.size;
      this.wordPatterns.set(cell, number);
    }
    return number;
  }

  private listOf(roles: FlagSetRoles, word: number | undefined): readonly number[] {
    let byWord = this.lists.get(roles);
    if (byWord === undefined) this.lists.set(roles, (byWord = new Map()));
    let list = byWord.get(word);
    if (list === undefined) {
      byWord.set(word, (list = []));
      if (this.assigned) fill(list, roles, word);
    }
    return list;
  }
}

function fill(list: number[], roles: FlagSetRoles, word: number | undefined): void {
  list.length = 0;
  if (word !== undefined) list.push(word + 1);
  list.push(...roles.ids);
}

/**
 * The patterns of a dictionary in id order: the word patterns, then the affix classes' `sources`; and
 * the classes' ids by name.
 */
export function numberedPatterns(lexemes: DicLexemes, sources: Iterable<{ name: string; source: string }>): { patterns: PatternSource[]; classIds: Map<string, number> } {
  let classIds!: Map<string, number>;
  const patterns = [...eachNumberedPattern(lexemes, sources, (ids) => (classIds = ids))];
  return { patterns, classIds };
}

/**
 * {@link numberedPatterns} one at a time, as they are iterated (once), with the same ids; once the last
 * has been given, `numbered` gets the classes' ids by name. The classes may come as syntax trees (the
 * word patterns stay text).
 */
export function eachNumberedPattern(lexemes: DicLexemes, sources: Iterable<{ name: string; source: string }>, numbered: (classIds: Map<string, number>) => void): Generator<PatternSource>;
export function eachNumberedPattern(lexemes: DicLexemes, sources: Iterable<{ name: string; ast: PatternAst }>, numbered: (classIds: Map<string, number>) => void): Generator<PatternSource | ParsedPatternSource>;
export function* eachNumberedPattern(
  lexemes: DicLexemes,
  sources: Iterable<{ name: string; source: string } | { name: string; ast: PatternAst }>,
  numbered: (classIds: Map<string, number>) => void,
): Generator<PatternSource | ParsedPatternSource> {
  let id = 0;
  // Written out rather than spread: a spread object keeps its properties out of line (40 bytes more each).
  for (const pattern of lexemes.wordSources()) yield { id: ++id, name: pattern.name, source: pattern.source };
  const classIds = new Map<string, number>();
  for (const pattern of sources) {
    classIds.set(pattern.name, ++id);
    yield 'ast' in pattern ? { id, name: pattern.name, ast: pattern.ast } : { id, name: pattern.name, source: pattern.source };
  }
  numbered(classIds);
}
