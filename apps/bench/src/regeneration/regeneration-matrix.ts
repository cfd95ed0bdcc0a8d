import { getWriter, type Database, type WriterName } from '@paradigm/persistence';
import type { RegenerationBaseline } from '../artifacts/regeneration-baseline';
import { describeMachine, gitRevision } from '../shared/provenance';
import type { Dataset } from '../micro/dataset';
import { createBenchTable, dropBenchTable, withBenchConnection } from './bench-schema';
import { batchesOf, generateForms } from './form-batches';
import { measureCeiling } from './measure-ceiling';
import { runCell } from './run-cell';
import { median } from '../shared/statistics';

/** The matrix's axes (the defaults). */
export interface MatrixAxes {
  readonly writers: readonly WriterName[];
  readonly batchSizes: readonly number[];
  readonly concurrencies: readonly number[];
}

export const DEFAULT_AXES: MatrixAxes = { writers: ['insert', 'unnest', 'copy'], batchSizes: [100, 500, 1000, 5000], concurrencies: [1, 2, 4] };

/**
 * Runs writer x batch size x concurrency on `db`. Every cell replaces the forms of every lexeme of
 * `dataset` (old forms present, indexes in place), from the same starting table (VACUUMed between
 * cells, untimed), `repeat` passes, each cell's median kept. The ceiling is measured before and after the cells and the faster one is used, so
 * a drifting machine cannot flatter the ratios.
 */
export async function runRegenerationMatrix(db: Database, dataset: Dataset, axes: MatrixAxes, meta: { root: string; command: string; seed: number; patternsPerLexeme: number }, repeat: number, log: (line: string) => void): Promise<RegenerationBaseline> {
  const forms = generateForms(dataset);
  const rows = forms.all.lexemeIds.length;
  log(`dataset: ${dataset.lexemes.length} lexemes -> ${rows} forms; database ${db.description}`);
  await withBenchConnection(db, createBenchTable);
  try {
    const vacuum = () => withBenchConnection(db, async (c) => { await c.query('VACUUM forms'); });
    const first = await measureCeiling(db, forms);
    log(`ceiling (${first.method}): ${Math.round(first.formsPerSec)} forms/s`);
    // Passes over the whole matrix rather than repeats of one cell, so drift in the machine's load
    // (2 shared cores here) spreads over every cell instead of favouring some.
    const seconds = new Map<string, number[]>();
    const plan = axes.writers.flatMap((writer) => axes.batchSizes.flatMap((batchSize) => axes.concurrencies.map((concurrency) => ({ writer, batchSize, concurrency }))));
    for (let pass = 1; pass <= repeat; pass++) {
      for (const { writer, batchSize, concurrency } of plan) {
        await vacuum();
        const s = await runCell(db, getWriter(writer), batchesOf(forms, batchSize), concurrency);
        const key = `${writer}/${batchSize}/${concurrency}`;
        seconds.set(key, [...(seconds.get(key) ?? []), s]);
        log(`pass ${pass}/${repeat} ${writer.padEnd(6)} batch ${String(batchSize).padStart(5)} x${concurrency}: ${Math.round(rows / s)} forms/s (${s.toFixed(2)} s)`);
      }
    }
    const cells = plan.map(({ writer, batchSize, concurrency }) => {
      const s = median(seconds.get(`${writer}/${batchSize}/${concurrency}`)!);
      return { writer, batchSize, concurrency, forms: rows, seconds: s, formsPerSec: rows / s };
    });
    await vacuum();
    const second = await measureCeiling(db, forms);
    log(`ceiling again (${second.method}): ${Math.round(second.formsPerSec)} forms/s`);
    const ceiling = second.formsPerSec > first.formsPerSec ? second : first;
    const withRatio = cells.map((c) => ({ ...c, ratioToCeiling: c.formsPerSec / ceiling.formsPerSec }));
    const best = withRatio.reduce((a, b) => (b.formsPerSec > a.formsPerSec ? b : a));
    return {
      artifact: 'regeneration-matrix', version: 1, date: new Date().toISOString(), machine: describeMachine(), revision: gitRevision(meta.root), command: meta.command,
      database: { dialect: db.dialect, description: db.description },
      dataset: { lexemes: dataset.lexemes.length, patternsPerLexeme: meta.patternsPerLexeme, forms: rows, seed: meta.seed },
      ceiling: { ...ceiling, note: `${ceiling.note}; measured before and after the cells (${Math.round(first.formsPerSec)} and ${Math.round(second.formsPerSec)} forms/s), the faster is used` },
      passes: repeat, cells: withRatio, best,
    };
  } finally {
    await withBenchConnection(db, dropBenchTable);
  }
}
