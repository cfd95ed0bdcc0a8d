import type { LockHolder } from '@paradigm/persistence';
import { formatDuration } from '../progress/format-duration';

/**
 * What a command waiting for the lexicon's tables says, naming the sessions that hold them (pid, user,
 * program, state, for how long, their statement) so the user knows which transaction to end, and that
 * stopping the wait changes nothing. `stopping` says how the user stops it (a terminal's Ctrl-C).
 */
export function lockWaitText(holders: readonly LockHolder[], database: string, command: string, stopping = 'Ctrl-C stops it'): string {
  const lines = holders.map((holder) => {
    const who = [holder.user === null ? undefined : `user ${holder.user}`, holder.application ?? undefined].filter((part) => part !== undefined).join(', ');
    const state = holder.state === null ? '' : `, ${holder.state}`;
    const statement = holder.statement === '' ? '' : `: ${holder.statement}`;
    return `  pid ${holder.pid} (${who}${state} for ${formatDuration(holder.seconds)})${statement}`;
  });
  return [
    `waiting for the lexicon's tables in ${database}, which ${holders.length === 1 ? 'another session holds' : 'other sessions hold'}:`,
    ...lines,
    `The ${command} goes on once ${holders.length === 1 ? 'it ends its transaction' : 'they end their transactions'} (commit, rollback, or SELECT pg_terminate_backend(PID)); ${stopping} and changes nothing.`,
  ].join('\n');
}
