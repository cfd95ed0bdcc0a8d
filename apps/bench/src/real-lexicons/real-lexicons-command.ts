import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { databaseUrlFromEnvironment, makeFolder } from '@paradigm/persistence';
import { compareExpansions, type ImportJobComparison, type RealLexiconsArtifact, type RecomputeResult } from '../artifacts/real-lexicons';
import { intFlag, parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import { nodeStartup, REAL_LEXICONS, runExpansions } from './expansion-runs';
import { runImportJob } from './import-job-run';
import { runRecompute } from './recompute-run';

/**
 * `bench real-lexicons [--lexicons a,b] [--repeat N] [--recompute LEXICON | --no-recompute] [--import-rounds N | --no-import] [--timeout-s N] [--out FILE]`:
 * paradigm-core's expansion (generate only, generate + format, the whole job in process and as the CLI
 * process) side by side with lt-expand, unmunch and hunspell-reader, then a full worker recompute of
 * a large lexicon (default hunspell-fr, 3.2M forms) into the PostgreSQL of DATABASE_URL, then
 * `paradigm import` of the same lexicon to indexed forms against unmunch | psql COPY + CREATE INDEX
 * (`--import-rounds` rounds, default 3) -> benchmarks/real-lexicons.json.
 */
export async function realLexiconsCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, ['repeat', 'recompute', 'no-recompute', 'import-rounds', 'no-import', 'timeout-s', 'out', 'lexicons'], 'bench real-lexicons');
  const root = findWorkspaceRoot();
  const out = stringFlag(args, 'out', join(root, ARTIFACTS.realLexicons));
  const work = mkdtempSync(join(tmpdir(), 'real-lexicons-'));
  const log = (s: string) => console.log(s);
  try {
    const loadBefore = loadAverage()[0];
    const names = stringFlag(args, 'lexicons', REAL_LEXICONS.map((l) => l.name).join(',')).split(',');
    const unknown = names.filter((n) => !REAL_LEXICONS.some((l) => l.name === n));
    if (unknown.length) throw new Error(`--lexicons: unknown ${unknown.join(', ')}; known: ${REAL_LEXICONS.map((l) => l.name).join(', ')}`);
    const startup = nodeStartup(intFlag(args, 'repeat', 3));
    log(`node -e 0: ${startup.seconds.toFixed(3)} s wall, ${startup.cpuSeconds.toFixed(3)} s cpu, peak ${startup.peakRssMB} MB (load ${startup.loadAverage.toFixed(1)})`);
    const { results, notes } = runExpansions(root, work, REAL_LEXICONS.filter((l) => names.includes(l.name)), intFlag(args, 'repeat', 3), intFlag(args, 'timeout-s', 300) * 1000, log);
    const recompute: RecomputeResult[] = [];
    let importJob: ImportJobComparison | undefined;
    const name = stringFlag(args, 'recompute', 'hunspell-fr');
    const lexicon = REAL_LEXICONS.find((l) => l.name === name && l.format === 'hunspell');
    const url = databaseUrlFromEnvironment();
    for (const [step, skipped] of [['recompute', args.flags.has('no-recompute')], ['import', args.flags.has('no-import')]] as const) {
      if (skipped) continue;
      if (!lexicon) notes.push(`${step}: "${name}" is not one of the Hunspell lexicons: ${REAL_LEXICONS.filter((l) => l.format === 'hunspell').map((l) => l.name).join(', ')}`);
      else if (!url) notes.push(`${step}: not run: set DATABASE_URL to a PostgreSQL database of its own (its lexicon is replaced)`);
      else if (step === 'recompute') recompute.push(await runRecompute(root, url, lexicon, log));
      else importJob = await runImportJob(root, url, lexicon, intFlag(args, 'import-rounds', 3), intFlag(args, 'timeout-s', 300) * 1000, log);
    }
    const artifact: RealLexiconsArtifact = {
      artifact: 'real-lexicons', version: 2, date: new Date().toISOString(), machine: describeMachine(), revision: gitRevision(root),
      loadAverage: { before: loadBefore, after: loadAverage()[0] }, nodeStartup: startup,
      expansion: results, comparisons: compareExpansions(results), recompute, ...(importJob ? { importJob } : {}), notes,
    };
    makeFolder(dirname(out));
    writeFileSync(out, `${JSON.stringify(artifact, null, 2)}\n`);
    console.log(`wrote ${out}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
