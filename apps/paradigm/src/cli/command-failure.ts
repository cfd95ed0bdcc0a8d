/** Ends a command with `exitCode`, printing `message` as `paradigm: MESSAGE` (an expected outcome, not a bug). */
export class CommandFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CommandFailure';
  }
}
