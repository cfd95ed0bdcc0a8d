/**
 * Apertium expansion speed, side by side on one file (default apertium-urd.urd.dix), split by stage:
 * - `generate`: paradigm-core generating every form of the imported lexicon (compiled once, in process,
 *   after warm-up) into a counting sink: the cost the worker pays per form.
 * - `compile`: compiling the imported patterns (no normalisation, as `expand` does).
 * - `expand`: compiling, generating and formatting lt-expand's text (`expandApertiumText`, what
 *   `lexicon expand apertium` prints, minus I/O).
 * - `readAndImport`: reading the .dix file and importing it (`parseApertium`).
 * - `parseAndExpand`: reading the .dix, importing, compiling and expanding: the whole job lt-expand does.
 * - `ltExpand`: `lt-expand FILE OUT` wall time (a process each run, as people use it).
 * Runs alternate (one of each per round) so machine noise hits all alike; prints JSON to stdout.
 *
 *   pnpm exec tsx apps/bench/src/main.ts apertium-expand [FILE.dix] [--rounds N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGrammar } from '@paradigm/core';
import { expandApertiumText, parseApertium, readApertiumFile } from '@paradigm/lexicons';
import { countForms } from '../shared/count-forms';
import { chunkLines, newlines } from '../shared/count-lines';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { round } from '../shared/statistics';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { formsPerSecond, timeAlternating } from './alternating-runs';

const DEFAULT_FILE = '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';

/** lt-expand prints its version in its usage text ("lt-expand v3.7.1: ..."). */
function ltExpandVersion(): string {
  const result = spawnSync('lt-expand', [], { encoding: 'utf8' });
  return /v\d+(\.\d+)+/.exec(`${result.stdout}${result.stderr}`)?.[0] ?? 'unknown';
}

/** `apertium-expand [FILE.dix] [--rounds N]`: prints the JSON described at the top of this file. */
export async function apertiumExpandCommand(args: readonly string[]): Promise<number> {
  const roundsFlag = args.indexOf('--rounds');
  const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 15;
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds') ?? DEFAULT_FILE;

  const lexicon = parseApertium(readApertiumFile(file), file);
  const { grammar, errors } = compileGrammar(lexicon.patterns, { normalize: 'none' });
  if (errors.length > 0) throw new Error(`patterns do not compile: ${errors[0].message}`);
  const out = mkdtempSync(join(tmpdir(), 'apertium-bench-'));
  let forms = 0;
  const tasks = {
    generate: () => (forms = countForms(grammar, lexicon.lexemes)),
    compile: () => (compileGrammar(lexicon.patterns, { normalize: 'none' }), forms),
    expand: () => chunkLines(expandApertiumText(lexicon)),
    readAndImport: () => parseApertium(readApertiumFile(file), file).lexemes.length,
    parseAndExpand: () => chunkLines(expandApertiumText(parseApertium(readApertiumFile(file), file))),
    /** lt-expand writes its file; its lines are counted from the bytes (a newline byte is a line). */
    ltExpand: () => (execFileSync('lt-expand', [file, join(out, 'out.txt')]), newlines(readFileSync(join(out, 'out.txt')))),
  };
  const loadBefore = loadAverage();
  let timings;
  try {
    timings = timeAlternating(tasks, rounds, { generate: 3, compile: 3, expand: 3, readAndImport: 3, parseAndExpand: 3, ltExpand: 3 });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  /** Stages that produce no forms: timed for the split, without a rate. */
  const stages: readonly string[] = ['compile', 'readAndImport'];
  const results = Object.fromEntries(
    Object.entries(timings).map(([name, t]) => [name, stages.includes(name) ? { medianMs: t.medianMs, minMs: t.minMs } : { forms: t.produced, medianMs: t.medianMs, minMs: t.minMs, formsPerSecond: formsPerSecond(t) }]),
  );
  const ratio = (ours: keyof typeof tasks) => round(timings.ltExpand.medianMs / timings[ours].medianMs, 2);
  const artifact = {
    benchmark: 'apertium-expand',
    file,
    patterns: lexicon.patterns.length,
    lexemes: lexicon.lexemes.length,
    rounds,
    machine: describeMachine(),
    revision: gitRevision(findWorkspaceRoot()),
    loadAverage: { before: loadBefore, after: loadAverage() },
    ltExpandVersion: ltExpandVersion(),
    results,
    ratios: { generateVsLtExpand: ratio('generate'), expandVsLtExpand: ratio('expand'), parseAndExpandVsLtExpand: ratio('parseAndExpand') },
    note: 'ratios > 1 mean paradigm-core is faster than lt-expand (median wall times, same file, alternating runs)',
  };
  process.stdout.write(`${JSON.stringify(artifact, null, 2)}\n`);
  return 0;
}
