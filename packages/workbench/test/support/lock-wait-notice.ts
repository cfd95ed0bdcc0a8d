import type { Workbench } from '../../src';

/**
 * What the page shows, and a `waiting` or `saving` event says, while an import or a save (`command`)
 * waits for the lexicon behind one session (`pid`, named `application`) left idle in its transaction
 * after its last statement (`sessionHolding`'s); its time in that state as `Ns` ({@link timeless}).
 */
export function lockWaitNotice(workbench: Workbench, pid: number, application: string, command: 'import' | 'save'): string {
  return [
    `waiting for the lexicon's tables in ${workbench.context.db.description}, which another session holds:`,
    `  pid ${pid} (user postgres, ${application}, idle in transaction for Ns): SELECT pg_backend_pid() AS pid`,
    `The ${command} goes on once it ends its transaction (commit, rollback, or SELECT pg_terminate_backend(PID)); stopping the workbench stops it and changes nothing.`,
  ].join('\n');
}

/** `text` with a holder's time in its transaction as `Ns`, which depends on the machine. */
export function timeless(text: string): string {
  return text.replace(/for \d+(\.\d)?s\)/, 'for Ns)');
}
