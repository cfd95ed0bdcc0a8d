/** A bad command line: the message names the flag, what it got and what is allowed. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
