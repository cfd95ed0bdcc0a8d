import type { Lexeme, PatternSource } from '@paradigm/core';
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
  private readonly wordPatterns = new Map<string, string>();
  /** By flag set, then word cell (`undefined`: NEEDAFFIX, no word pattern): [word pattern id, ...class ids]. */
  private readonly lists = new Map<FlagSetRoles, Map<string | undefined, number[]>>();
  private ids: ReadonlyMap<string, number> | undefined;

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
    if (roles !== undefined) patterns = roles.base ? [this.ids!.get(this.wordPattern(cellText(entry.morph)))!, ...roles.ids] : roles.ids;
    return { id: index + 1, lemma: entry.word, patterns };
  }

  /** The word patterns of the entries read so far, `word` first (ids to be given). */
  wordSources(): { name: string; source: string }[] {
    return [...this.wordPatterns].map(([cell, name]) => ({ name, source: `pattern ${name}\nrule =>${cell === '' ? '' : ` ${cell}`}\n` }));
  }

  /** Gives every list read so far, and every list read after, its pattern ids by name. */
  assignIds(ids: ReadonlyMap<string, number>): void {
    this.ids = ids;
    this.flagSets.assignIds(ids);
    for (const [roles, byName] of this.lists) for (const [word, list] of byName) this.fill(list, roles, word);
  }

  /** The name of the word pattern of a cell, made on first sight. */
  private wordPattern(cell: string): string {
    let name = this.wordPatterns.get(cell);
    if (name === undefined) {
      name = this.wordPatterns.size === 0 && cell === '' ? 'word' : `word:${this.wordPatterns.size + 1}`;
      this.wordPatterns.set(cell, name);
    }
    return name;
  }

  private listOf(roles: FlagSetRoles, word: string | undefined): readonly number[] {
    let byName = this.lists.get(roles);
    if (byName === undefined) this.lists.set(roles, (byName = new Map()));
    let list = byName.get(word);
    if (list === undefined) {
      byName.set(word, (list = []));
      if (this.ids !== undefined) this.fill(list, roles, word);
    }
    return list;
  }

  private fill(list: number[], roles: FlagSetRoles, word: string | undefined): void {
    list.length = 0;
    if (word !== undefined) list.push(this.ids!.get(word)!);
    list.push(...roles.ids);
  }
}

/** The patterns of a dictionary in id order: the word patterns, then the affix classes' `sources`. */
export function numberedPatterns(lexemes: DicLexemes, sources: readonly { name: string; source: string }[]): { patterns: PatternSource[]; ids: Map<string, number> } {
  const patterns = [...lexemes.wordSources(), ...sources].map((pattern, index) => ({ id: index + 1, ...pattern }));
  return { patterns, ids: new Map(patterns.map((pattern) => [pattern.name, pattern.id])) };
}
