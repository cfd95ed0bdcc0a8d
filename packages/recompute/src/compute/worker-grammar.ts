import { type Connection, readPatterns } from '@paradigm/persistence';
import { buildWorkerGrammar, type WorkerGrammar } from './build-worker-grammar';

export { buildWorkerGrammar, type WorkerGrammar } from './build-worker-grammar';

/** Reads every pattern through `conn` and compiles them once. */
export async function loadWorkerGrammar(conn: Connection): Promise<WorkerGrammar> {
  return buildWorkerGrammar(await readPatterns(conn));
}
