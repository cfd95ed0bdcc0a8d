/**
 * Hunspell expansion speed, side by side on one .aff/.dic pair (default Debian en_US):
 * - `generate`: paradigm-core generating every form of the imported lexicon (compiled once, in process,
 *   after warm-up) into a counting sink: the cost the worker pays per form.
 * - `expand`: `expandHunspell` (per-entry de-duplication and OCONV as hunspell-reader): what
 *   `lexicon expand hunspell` prints, minus I/O.
 * - `parseAndExpand`: reading and importing both files, compiling and expanding: the whole job.
 * - `unmunch`: `unmunch DIC AFF > OUT` wall time (C++, a process each run; a speed reference only: it is
 *   wrong on long flags, multi-byte conditions and the special flags, see docs/lexicons.md).
 * - `hunspellReader`: `hunspell-reader words DIC -o OUT` wall time (the oracle; Node start-up included).
 * Runs alternate (one of each per round) so machine noise hits all alike; prints JSON to stdout.
 *
 *   pnpm exec tsx apps/bench/src/main.ts hunspell-expand [FILE.aff FILE.dic] [--rounds N]
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileHunspellGrammar, expandHunspell, parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { countForms } from '../shared/count-forms';
import { newlines } from '../shared/count-lines';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { round } from '../shared/statistics';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { formsPerSecond, timeAlternating } from './alternating-runs';

const DEFAULT_FILES = ['/usr/share/hunspell/en_US.aff', '/usr/share/hunspell/en_US.dic'];

function countWords(words: Iterable<string>): number {
  let n = 0;
  for (const _word of words) n++;
  return n;
}

/** `hunspell-expand [FILE.aff FILE.dic] [--rounds N]`: prints the JSON described at the top of this file. */
export async function hunspellExpandCommand(args: readonly string[]): Promise<number> {
  const roundsFlag = args.indexOf('--rounds');
  const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 7;
  const files = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds');
  const [aff, dic] = files.length === 2 ? files : DEFAULT_FILES;
  const root = findWorkspaceRoot();
  const hunspellReader = join(root, 'node_modules/.bin/hunspell-reader');

  const lexicon = parseHunspell(readHunspellFiles(aff!, dic!));
  const grammar = compileHunspellGrammar(lexicon);
  const out = mkdtempSync(join(tmpdir(), 'hunspell-bench-'));
  const tasks = {
    generate: () => countForms(grammar, lexicon.lexemes),
    expand: () => countWords(expandHunspell(lexicon, { grammar })),
    parseAndExpand: () => countWords(expandHunspell(parseHunspell(readHunspellFiles(aff!, dic!)))),
    unmunch: () => {
      const target = join(out, 'unmunch.txt');
      const fd = openSync(target, 'w');
      try {
        execFileSync('unmunch', [dic!, aff!], { stdio: ['ignore', fd, 'ignore'] });
      } finally {
        closeSync(fd);
      }
      return newlines(readFileSync(target));
    },
    hunspellReader: () => {
      const target = join(out, 'reader.txt');
      execFileSync(hunspellReader, ['words', dic!, '-o', target], { stdio: 'ignore' });
      return newlines(readFileSync(target));
    },
  };
  const loadBefore = loadAverage();
  let results;
  try {
    results = timeAlternating(tasks, rounds, { generate: 3, expand: 3, parseAndExpand: 3, unmunch: 1, hunspellReader: 1 });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const perForm = (name: keyof typeof tasks): number => results[name].medianMs / results[name].produced;
  const artifact = {
    benchmark: 'hunspell-expand',
    files: { aff, dic },
    patterns: lexicon.patterns.length,
    lexemes: lexicon.lexemes.length,
    rounds,
    machine: describeMachine(),
    revision: gitRevision(root),
    loadAverage: { before: loadBefore, after: loadAverage() },
    results: Object.fromEntries(Object.entries(results).map(([name, t]) => [name, { forms: t.produced, medianMs: t.medianMs, minMs: t.minMs, formsPerSecond: formsPerSecond(t) }])),
    ratios: {
      generateVsUnmunchPerForm: round(perForm('unmunch') / perForm('generate'), 2),
      parseAndExpandVsUnmunchPerForm: round(perForm('unmunch') / perForm('parseAndExpand'), 2),
      generateVsHunspellReaderPerForm: round(perForm('hunspellReader') / perForm('generate'), 2),
      parseAndExpandVsHunspellReaderPerForm: round(perForm('hunspellReader') / perForm('parseAndExpand'), 2),
    },
    note: 'ratios > 1 mean paradigm-core is faster per form (median wall times, same files, alternating runs; unmunch and hunspell-reader print different form counts, hence per form)',
  };
  process.stdout.write(`${JSON.stringify(artifact, null, 2)}\n`);
  return 0;
}
