// `@paradigm/lexicons/bounded-expansion`: what a command needs to expand a large dictionary in a worker
// whose young generation is bounded, without loading the importers in the thread that starts it, and
// to write its output from either thread.
export { isLargeDictionary, LARGE_DICTIONARY_BYTES, runInBoundedWorker, YOUNG_GENERATION_MB } from './bounded-worker';
export { heedRelayedSignals } from './signal-relay';
export { standardErrorFailed, writeStandardError } from './standard-error-failure';
export { endOnStandardOutputFailure } from './standard-output-failure';
export { writeAll } from './write-all';
