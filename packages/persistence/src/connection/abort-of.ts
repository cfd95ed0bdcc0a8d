/**
 * Whether `error` is `signal`'s abort rather than a failure: the waits that look at a signal
 * (`lockPatiently` between its tries, `untilAborted` between lexemes) reject with its `reason` once
 * it aborts, so a caller tells an interrupt (Ctrl-C: roll back, say so, exit 130) from an error this way.
 */
export function isAbortOf(signal: AbortSignal | undefined, error: unknown): boolean {
  return signal !== undefined && signal.aborted && error === signal.reason;
}
