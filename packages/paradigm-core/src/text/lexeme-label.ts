import { excerpt } from './quoted-excerpt';

/**
 * A lexeme as messages name it: `lexeme 7 "katab"`, the lemma cut short as {@link excerpt} cuts it, so that
 * a message about a lexeme of a 5 MB lemma (a .dic without line breaks) stays one readable line.
 */
export function lexemeLabel(id: number, lemma: string): string {
  return `lexeme ${id} "${excerpt(lemma)}"`;
}
