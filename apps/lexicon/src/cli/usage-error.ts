/** A command line that cannot be run: the message says what is wrong and what `--help` shows. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
