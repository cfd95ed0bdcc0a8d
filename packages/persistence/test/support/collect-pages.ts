import type { Lexeme } from '@paradigm/core';

/** Every page a reader yields: the size of each, and all their lexemes in order. */
export async function collectPages(pages: AsyncIterable<Lexeme[]>): Promise<{ sizes: number[]; all: Lexeme[] }> {
  const sizes: number[] = [];
  const all: Lexeme[] = [];
  for await (const page of pages) {
    sizes.push(page.length);
    all.push(...page);
  }
  return { sizes, all };
}
