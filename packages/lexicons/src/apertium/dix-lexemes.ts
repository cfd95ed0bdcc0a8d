import type { Direction, Lexeme } from '@paradigm/core';
import type { DixEntry, PardefTag } from './dix-reader';
import { DIRECTIONS, entryLists, type Lists, type Pardef } from './entry-lists';
import type { PatternEmitter, Target } from './pattern-emitter';

// How the entries of a .dix, in document order, become pardef lists and lexemes: shared by the
// whole-document import (parseApertium) and the entry-by-entry expansion (expandDix).

/**
 * Adds the lists of an entry of pardef `tag` to that pardef, as lt-expand appends them. For a pardef
 * opened again after a <par> used it (apertium-ron does this), lt-expand appends to it, but the earlier
 * uses keep what it had then: so the grown pardef is a new version, added to `versions`; uses so far
 * keep the old one, whose pattern stays as it was.
 */
export function addPardefEntry(tag: PardefTag, lists: Lists, pardefs: Map<string, Pardef>, versions: Pardef[]): void {
  let pardef = pardefs.get(tag.name);
  if (!pardef || pardef.usedAt) {
    const copied = pardef ? { both: [...pardef.lists.both], LR: [...pardef.lists.LR], RL: [...pardef.lists.RL] } : { both: [], LR: [], RL: [] };
    pardef = { name: tag.name, tag, index: versions.length, lists: copied, usedAt: null };
    pardefs.set(pardef.name, pardef);
    versions.push(pardef);
  }
  for (const dir of DIRECTIONS) pardef.lists[dir].push(...lists[dir]);
}

/**
 * The pardef of a dictionary entry in the common shape, unrestricted `<i>TEXT</i><par n="P"/>` with P
 * defined (urd: 14,000 of its 14,259 entries), or undefined for any other entry. Such an entry's
 * patterns depend only on P (whose lists no longer change once it is used), so they are worked out once
 * per pardef: per entry, the lists and the emitter's lookups were most of reading urd after the XML.
 */
export function simplePardef(entry: DixEntry, pardefs: ReadonlyMap<string, Pardef>): Pardef | undefined {
  const { items, mode } = entry;
  if (items.length !== 2 || mode.start !== 'both' || mode.par !== 'both') return undefined;
  const [text, par] = items;
  if (text.kind !== 'literal' || text.literal.tags.length > 0 || par.kind !== 'par') return undefined;
  return pardefs.get(par.name);
}

/** {@link sectionLexeme} for an entry of {@link simplePardef}'s shape; `patternsOf` keeps each pardef's patterns. */
export function simpleLexeme(entry: DixEntry, pardef: Pardef, id: number, emitter: PatternEmitter, patternsOf: Map<Pardef, readonly number[] | null>): Lexeme | null {
  const patterns = patternsOf.get(pardef);
  if (patterns === undefined) {
    const lexeme = sectionLexeme(entry, entryLists(entry, () => pardef)!, id, emitter);
    patternsOf.set(pardef, lexeme === null ? null : lexeme.patterns);
    return lexeme;
  }
  if (patterns === null) return null;
  // The head is the <i> literal itself, tagless: its whole analysis side is the gloss.
  const { literal } = entry.items[0] as Extract<DixEntry['items'][number], { kind: 'literal' }>;
  const gloss = literal.r.slice(0, literal.glossEnd);
  return { id, lemma: entry.lemma ?? (gloss === '' ? literal.l : gloss), stem: literal.l, gloss, patterns };
}

export function sectionLexeme(
  entry: DixEntry,
  lists: Lists,
  id: number,
  emitter: PatternEmitter,
): Lexeme | null {
  const targets: (Target & { head: (typeof lists.both)[number]['head'] })[] = [];
  for (const dir of DIRECTIONS) for (const group of lists[dir]) targets.push({ parts: group.parts, dir, head: group.head });
  if (targets.length === 0) return null;
  // Every run of an entry starts from its one initial item, so all share the text before the first <par>.
  const head = targets[0].head;
  const gloss = head.r.slice(0, head.glossEnd);
  const tags = { l: '', r: head.r.slice(head.glossEnd), tags: head.tags, glossEnd: 0 };
  let names: string[];
  if (targets[0].parts.length === 0) names = [emitter.head(tags, [], targets[0].dir as Direction)];
  else {
    const next = emitter.targets(targets);
    names = tags.r === '' ? next : [emitter.head(tags, next, 'both')];
  }
  return { id, lemma: entry.lemma ?? (gloss === '' ? head.l : gloss), stem: head.l, gloss, patterns: names.map((name) => emitter.id(name)) };
}
