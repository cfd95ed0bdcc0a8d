import { compileGrammar } from '@paradigm/core';
import { type Database, joinRebuild, withConnection } from '@paradigm/persistence';
import { type RunReport, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(30);
const grammar = compileGrammar(PATTERNS).grammar;
const THRESHOLD = { share: 0.3, minimumLexemes: 10 };
const RUN = { method: 'copy', batchSize: 4, batchForms: 50_000, concurrency: 2, command: 'run', follow: false, pollMs: 50, retryFailed: false, rebuildAt: THRESHOLD } as const;

async function work(db: Database, config: WorkerConfig): Promise<{ report: RunReport; claimed: number[] }> {
  const claimed: number[] = [];
  const report = await runWorker(db, config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, onBatch: (ids) => claimed.push(...ids) });
  return { report, claimed: claimed.sort((a, b) => a - b) };
}

async function ranges(db: Database): Promise<number> {
  return Number((await query<{ n: number }>(db, 'SELECT count(*) AS n FROM forms_rebuild_ranges'))[0]!.n);
}

describe('postgres: `run` of a queue of most of the lexicon beside a registered rebuild', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const all = ENTRIES.map((lexeme) => lexeme.id);

  it('drains batch by batch beside a shared rebuild left to resume, which the next --shared run then finishes', async () => {
    const db = database();
    await query(db, 'DELETE FROM recompute_queue');
    await query(db, 'DELETE FROM recompute_pattern_queue');
    await withConnection(db, (conn) => joinRebuild(conn, 10, async () => undefined));
    expect(await ranges(db)).toBe(3);
    await query(db, `UPDATE lexemes SET lemma = lemma || 'a'`);
    const drained = await work(db, RUN);
    expect({ claimed: drained.claimed, rebuilt: drained.report.milestones !== undefined, ranges: await ranges(db) }).toEqual({ claimed: all, rebuilt: false, ranges: 3 });
    const resumed = await work(db, { ...RUN, command: 'recompute', selection: { kind: 'all', shared: true } });
    expect({ joined: resumed.report.sharedRebuild?.joined, swapped: resumed.report.sharedRebuild?.swapped, ranges: await ranges(db) }).toEqual({ joined: true, swapped: true, ranges: 0 });
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, ENTRIES.map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}a` }))));
  });

  it('rebuilds beside the registration a dead one-process rebuild left, which the rebuild forgets', async () => {
    const db = database();
    await query(db, `INSERT INTO forms_rebuild (backend_pid) VALUES (0)`);
    await query(db, `UPDATE lexemes SET lemma = lemma || 'b'`);
    const run = await work(db, RUN);
    expect({ claimed: run.claimed, rebuilt: run.report.milestones?.committed !== undefined }).toEqual({ claimed: [], rebuilt: true });
    expect(await query(db, 'SELECT backend_pid FROM forms_rebuild')).toEqual([]);
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, ENTRIES.map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}ab` }))));
  });
});
