import type { Command } from './command';

/** `lexicon expand hunspell FILE.aff FILE.dic` (placeholder until the Hunspell importer's command lands). */
export const expandHunspell: Command = async () => {
  throw new Error('lexicon expand hunspell: not implemented yet (apps/lexicon/src/commands/expand-hunspell.ts is a placeholder)');
};
