import type { Action, Format } from '../cli/parse-command-line';
import type { Command } from './command';
import { expandApertiumCommand } from './expand-apertium';
import { expandHunspell } from './expand-hunspell';
import { importApertium } from './import-apertium';
import { importHunspell } from './import-hunspell';

/** Every command, by action and format. */
export const COMMANDS: Readonly<Record<Action, Readonly<Record<Format, Command>>>> = {
  import: { apertium: importApertium, hunspell: importHunspell },
  expand: { apertium: expandApertiumCommand, hunspell: expandHunspell },
};
