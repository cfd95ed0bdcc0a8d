import type { Dialect } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../src';
import { loadSmallLexicon } from './small-lexicon';

/** A workbench on a fresh test database holding the small lexicon, its forms computed. */
export async function startTestWorkbench(dialect: Dialect, name: string, options: WorkbenchOptions = {}): Promise<Workbench> {
  const db = await createTestDatabase(dialect, name);
  try {
    await loadSmallLexicon(db);
    const workbench = await startWorkbench({ port: 0, pollMs: 50, ...options, database: db });
    return { ...workbench, close: () => workbench.close().finally(() => db.close()) };
  } catch (error) {
    await db.close();
    throw error;
  }
}
