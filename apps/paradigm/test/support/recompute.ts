import { type Database, withConnection } from '@paradigm/persistence';
import { main } from '../../src';
import { capture } from './capture';

/**
 * `paradigm recompute --all`, then `paradigm run` for what the queue still holds: every lexeme's
 * forms written by the engine and the queue empty, as `show`, `analyse` and `generate` read them.
 * Lexemes that fail (docs/examples has one on purpose) are listed and exit 1; anything else throws.
 */
export async function recomputeAll(db: Database): Promise<void> {
  for (const command of [['recompute', '--all'], ['run']]) {
    const io = capture(db);
    const code = await main([...command, '--progress', 'none'], io);
    if (code !== 0 && code !== 1) throw new Error(`paradigm ${command.join(' ')} exited ${code}:\n${io.err()}`);
  }
}

/** What the change queue holds: lexeme ids and pattern names. */
export async function queued(db: Database): Promise<{ lexemes: number[]; patterns: string[] }> {
  return withConnection(db, async (conn) => ({
    lexemes: (await conn.query<{ id: number }>('SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).rows.map((r) => r.id),
    patterns: (await conn.query<{ name: string }>('SELECT name FROM recompute_pattern_queue ORDER BY 1')).rows.map((r) => r.name),
  }));
}

/** A run's summary with what changes from run to run (time, rate, batches, memory) replaced by letters. */
export function withoutTimings(text: string): string {
  return text.replace(/ in \d+\.\d\d s \(\d+ forms\/s\), \d+ batch(es)?, peak RSS \d+ MB;/g, ' in T s (R forms/s), B batches, peak RSS M MB;');
}

/** The summary lines of the lexeme of docs/examples that fails on purpose (a root with too few radicals). */
export const EXAMPLES_FAILURE =
  'failed: lexeme 4 "samr", pattern "tesh-noun" (id 3): template "C-a-C-C-u" of pattern "tesh-noun" has 3 slots but the root "s-m" has 2 radicals; ' +
  'give the root 3 radicals or use a skeleton with 2 slots; old forms kept\n' +
  '1 lexeme failed, 0 patterns left out. Fix them, then `paradigm run` picks up the edits (or `paradigm run --retry-failed` retries the failed lexemes).\n';
