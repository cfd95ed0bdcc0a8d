import { getWriter, type Database, type WriterName } from '@paradigm/persistence';
import type { RegenerationBaseline, RegenerationCell } from '../artifacts/regeneration-baseline';
import { describeMachine, gitRevision } from '../machine/machine-info';
import type { Dataset } from '../micro/dataset';
import { createBenchTable, dropBenchTable, withBenchConnection } from './bench-schema';
import { batchesOf, generateForms } from './form-batches';
import { measureCeiling } from './measure-ceiling';
import { runCell } from './run-cell';

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
 * cells, untimed). The ceiling is measured before and after the cells and the faster one is used, so
 * a drifting machine cannot flatter the ratios.
 */
export async function runRegenerationMatrix(db: Database, dataset: Dataset, axes: MatrixAxes, meta: { root: string; command: string; seed: number; patternsPerLexeme: number }, log: (line: string) => void): Promise<RegenerationBaseline> {
  const forms = generateForms(dataset);
  const rows = forms.all.lexemeIds.length;
  log(`dataset: ${dataset.lexemes.length} lexemes -> ${rows} forms; database ${db.description}`);
  await withBenchConnection(db, createBenchTable);
  try {
    const vacuum = () => withBenchConnection(db, async (c) => { await c.query('VACUUM forms'); });
    const first = await measureCeiling(db, forms);
    log(`ceiling (${first.method}): ${Math.round(first.formsPerSec)} forms/s`);
    const cells: Omit<RegenerationCell, 'ratioToCeiling'>[] = [];
    for (const writerName of axes.writers) {
      const writer = getWriter(writerName);
      for (const batchSize of axes.batchSizes) {
        const batches = batchesOf(forms, batchSize);
        for (const concurrency of axes.concurrencies) {
          await vacuum();
          const seconds = await runCell(db, writer, batches, concurrency);
          cells.push({ writer: writerName, batchSize, concurrency, forms: rows, seconds, formsPerSec: rows / seconds });
          log(`${writerName.padEnd(6)} batch ${String(batchSize).padStart(5)} x${concurrency}: ${Math.round(rows / seconds)} forms/s (${seconds.toFixed(2)} s)`);
        }
      }
    }
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
      cells: withRatio, best,
    };
  } finally {
    await withBenchConnection(db, dropBenchTable);
  }
}
