import type { Action, Format } from '../cli/parse-command-line';
import type { Command } from './command';

/**
 * Every command, by action and format, loaded when it runs: `expand` needs neither the database
 * (kysely, pg, PGlite) nor the other format's reader, and loading them cost about 0.1 s of a 0.5 s
 * `expand hunspell en_US` before.
 */
export const COMMANDS: Readonly<Record<Action, Readonly<Record<Format, () => Promise<Command>>>>> = {
  import: {
    apertium: async () => (await import('./import-apertium')).importApertium,
    hunspell: async () => (await import('./import-hunspell')).importHunspell,
  },
  expand: {
    apertium: async () => (await import('./expand-apertium')).expandApertiumCommand,
    hunspell: async () => (await import('./expand-hunspell')).expandHunspell,
  },
};
