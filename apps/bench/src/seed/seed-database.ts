import { type Database, type LexiconCounts, replaceLexicon, withConnection } from '@paradigm/persistence';
import { readDataset } from './dataset-files';

/**
 * Loads a dataset folder into `db`, replacing the whole lexicon (forms are emptied: run a full
 * recompute next). Change-queue triggers are off during the load and any queued changes are dropped,
 * because a full recompute follows anyway.
 */
export async function seedDatabase(db: Database, dir: string, onProgress?: (lexemes: number) => void): Promise<LexiconCounts> {
  const counts = await replaceLexicon(db, readDataset(dir), { skipTriggers: true, onProgress });
  await withConnection(db, async (conn) => {
    const { rows } = await conn.query<{ queue: string | null }>("SELECT to_regclass('recompute_queue')::text AS queue");
    if (rows[0]?.queue) await conn.query('TRUNCATE recompute_queue');
  });
  return counts;
}
