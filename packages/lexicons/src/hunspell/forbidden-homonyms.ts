import type { FormRowSink, Lexeme } from '@paradigm/core';
import type { DicEntry } from './hunspell-model';

/** One .dic entry of a spelling that has a `FORBIDDENWORD` entry, as the lexeme its classes make. */
export interface Homonym {
  /** The entry's lexeme (id: its .dic entry number); a forbidden entry's takes the classes of its other flags. */
  readonly lexeme: Lexeme;
  readonly forbidden: boolean;
}

/**
 * The entries, in .dic order, of each spelling that has a `FORBIDDENWORD` entry followed by an entry
 * without the flag: libhunspell, stripping an affix, looks the stem up and takes the first of its entries
 * (in .dic order) whose flags allow the affix (`SfxEntry::checkword`, `PfxEntry::checkword`), and
 * `HunspellImpl::checkword` rejects the word when that entry is forbidden. So a later entry of the
 * spelling loses the words an earlier forbidden one makes through the same classes (de_DE_frami.dic:
 * `weißmachen/dDIXY` before `weißmachen/nDIXY`, `d` forbidden: no `weißmache`). `lexemeOf` gives an entry's
 * lexeme (its id is the entry's number, from 1), a forbidden entry's without the forbidden flag; an entry
 * with no lexeme is left out.
 */
export function homonymGroups(
  entries: () => Iterable<DicEntry>,
  forbiddenFlag: string,
  lexemeOf: (entry: DicEntry, id: number, forbidden: boolean) => Lexeme | undefined,
): Homonym[][] {
  const forbiddenSeen = new Set<string>();
  const affected = new Set<string>();
  for (const entry of entries()) {
    if (entry.flags.includes(forbiddenFlag)) forbiddenSeen.add(entry.word);
    else if (forbiddenSeen.has(entry.word)) affected.add(entry.word);
  }
  if (affected.size === 0) return [];
  const groups = new Map<string, Homonym[]>();
  let id = 0;
  for (const entry of entries()) {
    id++;
    if (!affected.has(entry.word)) continue;
    const forbidden = entry.flags.includes(forbiddenFlag);
    const lexeme = lexemeOf(forbidden ? { ...entry, flags: entry.flags.filter((flag) => flag !== forbiddenFlag) } : entry, id, forbidden);
    if (lexeme === undefined) continue;
    let group = groups.get(entry.word);
    if (group === undefined) groups.set(entry.word, (group = []));
    group.push({ lexeme, forbidden });
  }
  return [...groups.values()];
}

/**
 * For each entry of `groups` (by lexeme id), the words it makes that an earlier forbidden entry of its
 * spelling makes first: the first entry of the group that makes a word decides, as libhunspell's walk over
 * the stem's entries does (an allowed entry before the forbidden one keeps the word). A group is generated
 * when one of its entries is first asked for, inside the expansion, so an entry past the limit of forms
 * stops the expansion where it stands, at the entry being generated (hu_HU: at its first entry, as before).
 */
export class HomonymsLeftOut {
  private readonly groupOf = new Map<number, readonly Homonym[]>();
  private readonly left = new Map<number, ReadonlySet<string>>();
  private readonly walked = new Set<readonly Homonym[]>();

  constructor(
    groups: readonly (readonly Homonym[])[],
    private readonly generate: (lexeme: Lexeme, rows: FormRowSink) => void,
  ) {
    for (const group of groups) {
      let afterForbidden = false;
      for (const { lexeme, forbidden } of group) {
        if (forbidden) afterForbidden = true;
        else if (afterForbidden) this.groupOf.set(lexeme.id, group);
      }
    }
  }

  /** Whether any entry can lose words. */
  get empty(): boolean {
    return this.groupOf.size === 0;
  }

  /** The words the entry `id` loses, or `undefined` for none. */
  of(id: number): ReadonlySet<string> | undefined {
    const group = this.groupOf.get(id);
    if (group === undefined) return undefined;
    if (!this.walked.has(group)) {
      this.walk(group);
      this.walked.add(group);
    }
    return this.left.get(id);
  }

  private walk(group: readonly Homonym[]): void {
    const firstMadeByForbidden = new Map<string, boolean>();
    for (const { lexeme, forbidden } of group) {
      const words = new Set<string>();
      this.generate(lexeme, { add: (_lexemeId, _patternId, _cell, surface) => words.add(surface) });
      const lost = new Set<string>();
      for (const word of words) {
        const first = firstMadeByForbidden.get(word);
        if (first === undefined) firstMadeByForbidden.set(word, forbidden);
        else if (first && !forbidden) lost.add(word);
      }
      if (lost.size > 0) this.left.set(lexeme.id, lost);
    }
  }
}
