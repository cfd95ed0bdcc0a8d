import { resolve } from 'node:path';

/** The command that computes the forms of what the queue holds (after `load`). */
export const RUN = 'paradigm run';

/** The command that computes every lexeme's forms (after `import`, which leaves none). */
export const RECOMPUTE_ALL = 'paradigm recompute --all';

/** `command`, on the same embedded database as this command when one was chosen with `--data-dir`. */
export function onSameDatabase(command: string, dataDir: string | undefined): string {
  return dataDir ? `${command} --data-dir ${JSON.stringify(resolve(dataDir))}` : command;
}

/** `word` as a shell command line should carry it: as it is when it holds no character a shell reads, else quoted. */
export function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : JSON.stringify(word);
}
