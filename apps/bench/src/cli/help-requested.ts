/**
 * Thrown by a command given `--help`, before it does anything: `main` prints the command's summary and
 * these flags, and exits 0.
 */
export class HelpRequested extends Error {
  constructor(readonly flags: readonly string[]) {
    super('--help');
  }
}
