import type { Command } from './command';

/** `lexicon import hunspell FILE.aff FILE.dic` (placeholder until the Hunspell importer's command lands). */
export const importHunspell: Command = async () => {
  throw new Error('lexicon import hunspell: not implemented yet (apps/lexicon/src/commands/import-hunspell.ts is a placeholder)');
};
