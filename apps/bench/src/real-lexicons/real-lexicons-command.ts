import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { databaseUrlFromEnvironment } from '@paradigm/persistence';
import { compareExpansions, type RealLexiconsArtifact, type RecomputeResult } from '../artifacts/real-lexicons';
import { intFlag, parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import { nodeStartup, REAL_LEXICONS, runExpansions } from './expansion-runs';
import { runRecompute } from './recompute-run';

/**
 * `bench real-lexicons [--lexicons a,b] [--repeat N] [--recompute LEXICON | --no-recompute] [--timeout-s N] [--out FILE]`:
 * paradigm-core's expansion (generate only, generate + format, the whole job in process and as the CLI
 * process) side by side with lt-expand, unmunch and hunspell-reader, then a full worker recompute of
 * a large lexicon (default hunspell-fr, 3.2M forms) into the PostgreSQL of DATABASE_URL
 * -> benchmarks/real-lexicons.json.
 */
export async function realLexiconsCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, ['repeat', 'recompute', 'no-recompute', 'timeout-s', 'out', 'lexicons'], 'bench real-lexicons');
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
    if (!args.flags.has('no-recompute')) {
      const name = stringFlag(args, 'recompute', 'hunspell-fr');
      const lexicon = REAL_LEXICONS.find((l) => l.name === name && l.format === 'hunspell');
      const url = databaseUrlFromEnvironment();
      if (!lexicon) notes.push(`recompute: "${name}" is not one of the Hunspell lexicons: ${REAL_LEXICONS.filter((l) => l.format === 'hunspell').map((l) => l.name).join(', ')}`);
      else if (!url) notes.push('recompute: not run: set DATABASE_URL to a PostgreSQL database of its own (its lexicon is replaced)');
      else recompute.push(await runRecompute(root, url, lexicon, log));
    }
    const artifact: RealLexiconsArtifact = {
      artifact: 'real-lexicons', version: 2, date: new Date().toISOString(), machine: describeMachine(), revision: gitRevision(root),
      loadAverage: { before: loadBefore, after: loadAverage()[0] }, nodeStartup: startup,
      expansion: results, comparisons: compareExpansions(results), recompute, notes,
    };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(artifact, null, 2)}\n`);
    console.log(`wrote ${out}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
