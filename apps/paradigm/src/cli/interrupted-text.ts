/**
 * What a command that writes in one transaction (`load`, `seed`, `import`) says when a signal stopped
 * it: the transaction rolled back, so the database is as it was. `replacing`: the command replaces the
 * lexicon, so what is there is the old one.
 */
export function interruptedText(command: string, database: string, replacing = false): string {
  return `${command} interrupted: it rolled back, the ${replacing ? 'old ' : ''}lexicon and forms are as they were in ${database}`;
}
