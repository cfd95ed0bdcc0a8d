import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeFolder, openDatabase, WRITER_NAMES, type WriterName } from '@paradigm/persistence';
import { intFlag, parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { datasetByName, SYNTHETIC_PATTERNS_PER_LEXEME, SYNTHETIC_SEED } from '../micro/load-datasets';
import type { Dataset } from '../micro/dataset';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import { DEFAULT_AXES, runRegenerationMatrix } from './regeneration-matrix';

/** The first `n` lexemes of a dataset (a real lexicon can be far larger than the matrix needs). */
function limitLexemes(d: Dataset, n: number): Dataset {
  return d.lexemes.length <= n ? d : { ...d, lexemes: d.lexemes.slice(0, n) };
}

function listFlag(raw: string, name: string): number[] {
  const list = raw.split(',').map(Number);
  if (list.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--${name} needs comma-separated positive integers, got ${raw}`);
  return list;
}

/**
 * `bench regeneration [--lexemes N] [--repeat N] [--dataset synthetic|hunspell-en_US] [--writers a,b] [--batch-sizes ...] [--concurrency ...] [--out FILE]`:
 * the writer x batch size x concurrency matrix on the configured database (PGlite by default,
 * `DATABASE_URL` for PostgreSQL) -> benchmarks/phase4/regeneration-baseline.json.
 */
export async function regenerationCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, ['lexemes', 'dataset', 'repeat', 'writers', 'batch-sizes', 'concurrency', 'out'], 'bench regeneration');
  const root = findWorkspaceRoot();
  const out = stringFlag(args, 'out', join(root, ARTIFACTS.regeneration));
  const writers = stringFlag(args, 'writers', DEFAULT_AXES.writers.join(',')).split(',') as WriterName[];
  for (const w of writers) if (!WRITER_NAMES.includes(w)) throw new Error(`--writers: unknown writer "${w}"; use ${WRITER_NAMES.join(', ')}`);
  const axes = {
    writers,
    batchSizes: listFlag(stringFlag(args, 'batch-sizes', DEFAULT_AXES.batchSizes.join(',')), 'batch-sizes'),
    concurrencies: listFlag(stringFlag(args, 'concurrency', DEFAULT_AXES.concurrencies.join(',')), 'concurrency'),
  };
  const lexemes = intFlag(args, 'lexemes', 5000);
  const db = await openDatabase({ maxConnections: Math.max(...axes.concurrencies) });
  try {
    const result = await runRegenerationMatrix(db, limitLexemes(datasetByName(stringFlag(args, 'dataset', 'synthetic'), lexemes), lexemes), axes, {
      root, command: `bench regeneration ${argv.join(' ')}`.trim(), seed: SYNTHETIC_SEED, patternsPerLexeme: SYNTHETIC_PATTERNS_PER_LEXEME,
    }, intFlag(args, 'repeat', 1), (line) => console.log(line));
    makeFolder(dirname(out));
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    const b = result.best;
    console.log(`best: ${b.writer}, batch ${b.batchSize}, concurrency ${b.concurrency}: ${Math.round(b.formsPerSec)} forms/s = ${b.ratioToCeiling.toFixed(2)} of the ${result.ceiling.method} ceiling`);
    console.log(`wrote ${out}`);
  } finally {
    await db.close();
  }
  return 0;
}
