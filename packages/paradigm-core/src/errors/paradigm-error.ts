/** Base class of every exception `@paradigm/core` throws for bad input or configuration. */
export class ParadigmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
