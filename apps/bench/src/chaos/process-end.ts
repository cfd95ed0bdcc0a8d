import type { Ended } from './paradigm-process';

/**
 * How the soak judges a process's end: `expected` with the reason a process may end so beside the
 * others, or `unexpected` (a usage error, a database error, a crash, a refusal the soak never causes).
 */
export type EndVerdict = { readonly state: 'expected'; readonly why: ExpectedEnd } | { readonly state: 'unexpected' };

/** The ends a process may legitimately have in a round. */
export type ExpectedEnd = 'done' | 'lexemes failed' | 'killed' | 'stopped' | 'folder held';

/**
 * The summary line of `run`, `recompute` and `import` when lexemes failed or patterns were left out
 * (recompute's formatSummary): the edits break some lexemes on purpose, and those runs exit 1.
 */
const FAILED_SUMMARY = /^\d+ lexemes? failed, \d+ patterns? left out\. Fix them/m;

/** persistence's refusal of a PGlite folder another process has open (exit 3): PGlite allows one process. */
const FOLDER_HELD = /^paradigm: cannot open the database: The PGlite database in .* is open in another process/m;

/**
 * Judges `ended`, the end of a process that got `signal` last (if any): 0 is done; 1 is expected only
 * with the summary of failed lexemes (any other exit 1, such as an import refusing a lexicon without
 * `--replace`, is a refusal the plan never asks for); 3 only for a PGlite folder another process holds;
 * after SIGTERM also 130 (the batch in flight ends first, then the process stops) or death by the
 * signal (before the handlers are in place); after SIGKILL anything. Exit 2, a bad command line, is
 * always unexpected: the plan gave the command an option it does not take.
 */
export function judgeEnd(ended: Ended, signal: NodeJS.Signals | undefined): EndVerdict {
  const expected = (why: ExpectedEnd): EndVerdict => ({ state: 'expected', why });
  if (signal === 'SIGKILL') return expected('killed');
  if (ended.code === 0) return expected('done');
  if (ended.code === 1 && FAILED_SUMMARY.test(ended.stderr)) return expected('lexemes failed');
  if (ended.code === 3 && FOLDER_HELD.test(ended.stderr)) return expected('folder held');
  if (signal === 'SIGTERM' && (ended.code === 130 || ended.signal === 'SIGTERM')) return expected('stopped');
  return { state: 'unexpected' };
}
