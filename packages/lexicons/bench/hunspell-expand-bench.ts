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
 *   pnpm exec tsx packages/lexicons/bench/hunspell-expand-bench.ts [FILE.aff FILE.dic] [--rounds N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileHunspellGrammar, expandHunspell, parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { countForms } from './count-forms';

const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 7;
const files = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds');
const [aff, dic] = files.length === 2 ? files : ['/usr/share/hunspell/en_US.aff', '/usr/share/hunspell/en_US.dic'];
const hunspellReader = resolve(__dirname, '../../../node_modules/.bin/hunspell-reader');

const lexicon = parseHunspell(readHunspellFiles(aff!, dic!));
const grammar = compileHunspellGrammar(lexicon);
const out = mkdtempSync(join(tmpdir(), 'hunspell-bench-'));

function generate(): number {
  return countForms(grammar, lexicon.lexemes);
}
function expand(): number {
  let words = 0;
  for (const _word of expandHunspell(lexicon, { grammar })) words++;
  return words;
}
function parseAndExpand(): number {
  let words = 0;
  for (const _word of expandHunspell(parseHunspell(readHunspellFiles(aff!, dic!)))) words++;
  return words;
}
function lines(path: string): number {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').length;
}
function unmunch(): number {
  const target = join(out, 'unmunch.txt');
  const fd = openSync(target, 'w');
  try {
    execFileSync('unmunch', [dic!, aff!], { stdio: ['ignore', fd, 'ignore'] });
  } finally {
    closeSync(fd);
  }
  return lines(target);
}
function hunspellReaderWords(): number {
  const target = join(out, 'reader.txt');
  execFileSync(hunspellReader, ['words', dic!, '-o', target], { stdio: 'ignore' });
  return lines(target);
}

const tasks = { generate, expand, parseAndExpand, unmunch, hunspellReader: hunspellReaderWords };
type Name = keyof typeof tasks;
const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, [] as number[]])) as Record<Name, number[]>;
const produced: Partial<Record<Name, number>> = {};

for (const task of Object.values(tasks)) task(); // warm-up (JIT, file cache)
for (const task of [generate, expand, parseAndExpand]) for (let i = 0; i < 2; i++) task();
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(tasks) as Name[]) {
    const start = process.hrtime.bigint();
    produced[name] = tasks[name]();
    samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
rmSync(out, { recursive: true, force: true });

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const results = Object.fromEntries(
  (Object.keys(tasks) as Name[]).map((name) => {
    const ms = median(samples[name]);
    return [name, { forms: produced[name], medianMs: round2(ms), minMs: round2(Math.min(...samples[name])), formsPerSecond: Math.round((produced[name]! / ms) * 1000) }];
  }),
) as Record<Name, { forms: number; medianMs: number; minMs: number; formsPerSecond: number }>;
const perForm = (name: Name): number => results[name].medianMs / results[name].forms;

process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'hunspell-expand',
      files: { aff, dic },
      patterns: lexicon.patterns.length,
      lexemes: lexicon.lexemes.length,
      rounds,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage: loadavg() },
      results,
      ratios: {
        generateVsUnmunchPerForm: round2(perForm('unmunch') / perForm('generate')),
        parseAndExpandVsUnmunchPerForm: round2(perForm('unmunch') / perForm('parseAndExpand')),
        generateVsHunspellReaderPerForm: round2(perForm('hunspellReader') / perForm('generate')),
        parseAndExpandVsHunspellReaderPerForm: round2(perForm('hunspellReader') / perForm('parseAndExpand')),
      },
      note: 'ratios > 1 mean paradigm-core is faster per form (median wall times, same files, alternating runs; unmunch and hunspell-reader print different form counts, hence per form)',
    },
    null,
    2,
  )}\n`,
);
