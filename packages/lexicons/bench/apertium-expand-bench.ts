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
 *   pnpm exec tsx packages/lexicons/bench/apertium-expand-bench.ts [FILE.dix] [--rounds N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGrammar } from '@paradigm/core';
import { expandApertiumText, parseApertium } from '@paradigm/lexicons';
import { countForms } from './count-forms';

const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 15;
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds') ?? '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';

const text = readFileSync(file, 'utf8');
const lexicon = parseApertium(text, file);
const { grammar, errors } = compileGrammar(lexicon.patterns, { normalize: 'none' });
if (errors.length > 0) throw new Error(`patterns do not compile: ${errors[0].message}`);
const out = mkdtempSync(join(tmpdir(), 'apertium-bench-'));

let forms = 0;
function generate(): number {
  forms = countForms(grammar, lexicon.lexemes);
  return forms;
}
function compile(): number {
  compileGrammar(lexicon.patterns, { normalize: 'none' });
  return forms;
}
function lineCount(chunks: Iterable<string>): number {
  let lines = 0;
  for (const chunk of chunks) for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) lines++;
  return lines;
}
function expand(): number {
  return lineCount(expandApertiumText(lexicon));
}
function readAndImport(): number {
  return parseApertium(readFileSync(file, 'utf8'), file).lexemes.length;
}
function parseAndExpand(): number {
  return lineCount(expandApertiumText(parseApertium(readFileSync(file, 'utf8'), file)));
}
/** lt-expand writes its file; its lines are counted from the bytes (a newline byte is a line). */
function ltExpand(): number {
  execFileSync('lt-expand', [file, join(out, 'out.txt')]);
  const bytes = readFileSync(join(out, 'out.txt'));
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

const tasks = { generate, compile, expand, readAndImport, parseAndExpand, ltExpand };
type Name = keyof typeof tasks;
const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, []])) as unknown as Record<Name, number[]>;
const produced: Partial<Record<Name, number>> = {};

for (const task of Object.values(tasks)) for (let i = 0; i < 3; i++) task(); // warm-up (JIT, file cache)
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(tasks) as Name[]) {
    const start = process.hrtime.bigint();
    produced[name] = tasks[name]();
    samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
rmSync(out, { recursive: true, force: true });

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Stages that produce no forms: timed for the split, without a rate. */
const STAGES: readonly Name[] = ['compile', 'readAndImport'];
interface Result {
  forms?: number;
  medianMs: number;
  minMs: number;
  formsPerSecond?: number;
}
const results = {} as Record<Name, Result>;
for (const name of Object.keys(tasks) as Name[]) {
  const ms = median(samples[name]);
  const timing = { medianMs: round2(ms), minMs: round2(Math.min(...samples[name])) };
  results[name] = STAGES.includes(name) ? timing : { forms: produced[name], ...timing, formsPerSecond: Math.round((produced[name]! / ms) * 1000) };
}
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'apertium-expand',
      file,
      patterns: lexicon.patterns.length,
      lexemes: lexicon.lexemes.length,
      rounds,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      ltExpandVersion: ltExpandVersion(),
      results,
      ratios: {
        generateVsLtExpand: round2(results.ltExpand.medianMs / results.generate.medianMs),
        expandVsLtExpand: round2(results.ltExpand.medianMs / results.expand.medianMs),
        parseAndExpandVsLtExpand: round2(results.ltExpand.medianMs / results.parseAndExpand.medianMs),
      },
      note: 'ratios > 1 mean paradigm-core is faster than lt-expand (median wall times, same file, alternating runs)',
    },
    null,
    2,
  )}\n`,
);

/** lt-expand prints its version in its usage text ("lt-expand v3.7.1: ..."). */
function ltExpandVersion(): string {
  const result = spawnSync('lt-expand', [], { encoding: 'utf8' });
  return /v\d+(\.\d+)+/.exec(`${result.stdout}${result.stderr}`)?.[0] ?? 'unknown';
}
