import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileGrammar } from '@paradigm/core';
import { compileHunspellGrammar, expandApertiumText, expandHunspell, parseApertium, parseHunspell, readApertiumFile, readHunspellFiles } from '@paradigm/lexicons';
import type { ExpansionMeasure, ExpansionResult, NodeStartup } from '../artifacts/real-lexicons';
import { countForms } from '../shared/count-forms';
import { chunkLines, newlines } from '../shared/count-lines';
import { loadAverage } from '../shared/provenance';
import { median } from '../shared/statistics';
import { timeProcess, type ProcessCost } from './time-run';

/** A real lexicon on this machine and the reference tools that expand it. */
export interface RealLexicon {
  readonly name: string;
  readonly format: 'hunspell' | 'apertium';
  readonly files: readonly string[];
}

/** Debian's dictionaries used here (packages hunspell-en-us, hunspell-fr, apertium-urd). */
export const REAL_LEXICONS: readonly RealLexicon[] = [
  { name: 'apertium-urd', format: 'apertium', files: ['/usr/share/apertium/apertium-urd/apertium-urd.urd.dix'] },
  { name: 'hunspell-en_US', format: 'hunspell', files: ['/usr/share/hunspell/en_US.aff', '/usr/share/hunspell/en_US.dic'] },
  { name: 'hunspell-fr', format: 'hunspell', files: ['/usr/share/hunspell/fr.aff', '/usr/share/hunspell/fr.dic'] },
];

/** Lines of a tool's output file. */
function countLines(file: string): number {
  return newlines(readFileSync(file));
}

/** Writes text chunks to `file` with large synchronous writes; returns the number of lines written. */
function writeChunks(file: string, chunks: Iterable<string>): number {
  const fd = openSync(file, 'w');
  let lines = 0;
  try {
    for (const chunk of chunks) {
      for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) lines++;
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

/** One word per line, joined into 64K-character chunks (as the lexicon CLI writes them). */
function* joinLines(words: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const word of words) {
    chunk += `${word}\n`;
    if (chunk.length >= 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

function countItems(items: Iterable<string>): number {
  let n = 0;
  for (const _item of items) n++;
  return n;
}

/** One thing to time: returns the forms (lines, words) it produced, and a child process's cost. */
interface Run {
  readonly tool: string;
  readonly measure: ExpansionMeasure;
  readonly command: string;
  readonly run: () => number | { readonly forms: number; readonly cost: ProcessCost };
}

/**
 * paradigm-core's three measures on one lexicon (the lexicon is imported and compiled once, outside the
 * timing, for the first two):
 * - `generate`: every form into a counting sink (generateInto), the cost the worker pays per form;
 * - `generate+format`: the oracle's text in memory (Apertium: compile + generate + lt-expand lines,
 *   `expandApertiumText`; Hunspell: generate + per-entry de-duplication + OCONV, `expandHunspell`);
 * - `whole-job`: read + import + compile + expand + write the file, in this process (warm JIT), and as the
 *   `lexicon expand` CLI process (cold: Node start-up included), exactly as the reference tools are run.
 */
function oursRuns(lexicon: RealLexicon, root: string, outOf: (tool: string) => string): Run[] {
  const cli = join(root, 'apps/lexicon/dist/main.js');
  const cliArgs = ['expand', lexicon.format, ...lexicon.files];
  const cliRun: Run = {
    tool: 'paradigm-core', measure: 'whole-job-process', command: `node apps/lexicon/dist/main.js ${cliArgs.join(' ')} > out`,
    run: () => {
      const cost = timeProcess('sh', ['-c', `"${process.execPath}" "${cli}" ${cliArgs.map((a) => `"${a}"`).join(' ')} > "${outOf('paradigm-core-cli')}"`], 600_000);
      return { forms: countLines(outOf('paradigm-core-cli')), cost };
    },
  };
  if (lexicon.format === 'apertium') {
    const file = lexicon.files[0];
    const lexiconOnce = parseApertium(readApertiumFile(file), file);
    const compiled = compileGrammar(lexiconOnce.patterns, { normalize: 'none' });
    if (compiled.errors.length > 0) throw new Error(`${file}: imported patterns do not compile: ${compiled.errors[0].message}`);
    return [
      { tool: 'paradigm-core', measure: 'generate', command: 'in process: generateInto(grammar, lexeme, count) for every entry (imported and compiled once)', run: () => countForms(compiled.grammar, lexiconOnce.lexemes) },
      { tool: 'paradigm-core', measure: 'generate+format', command: 'in process: expandApertiumText(lexicon): compile + generate + lt-expand lines in memory', run: () => chunkLines(expandApertiumText(lexiconOnce)) },
      { tool: 'paradigm-core', measure: 'whole-job-in-process', command: 'in process: readApertiumFile + parseApertium + expandApertiumText -> file', run: () => writeChunks(outOf('paradigm-core'), expandApertiumText(parseApertium(readApertiumFile(file), file))) },
      cliRun,
    ];
  }
  const [aff, dic] = lexicon.files;
  const lexiconOnce = parseHunspell(readHunspellFiles(aff, dic));
  const grammar = compileHunspellGrammar(lexiconOnce);
  return [
    { tool: 'paradigm-core', measure: 'generate', command: 'in process: generateInto(grammar, lexeme, count) for every .dic entry (imported and compiled once)', run: () => countForms(grammar, lexiconOnce.lexemes) },
    { tool: 'paradigm-core', measure: 'generate+format', command: 'in process: expandHunspell(lexicon, { grammar }): generate + per-entry de-duplication + OCONV, words in memory', run: () => countItems(expandHunspell(lexiconOnce, { grammar })) },
    { tool: 'paradigm-core', measure: 'whole-job-in-process', command: 'in process: readHunspellFiles + parseHunspell + expandHunspell -> file', run: () => writeChunks(outOf('paradigm-core'), joinLines(expandHunspell(parseHunspell(readHunspellFiles(aff, dic))))) },
    cliRun,
  ];
}

function toolRuns(lexicon: RealLexicon, root: string, outOf: (tool: string) => string, timeoutMs: number): Run[] {
  if (lexicon.format === 'apertium') {
    const args = [lexicon.files[0], outOf('lt-expand')];
    return [{ tool: 'lt-expand', measure: 'whole-job-process', command: `lt-expand ${args.join(' ')}`, run: () => { const cost = timeProcess('lt-expand', args, timeoutMs); return { forms: countLines(outOf('lt-expand')), cost }; } }];
  }
  const [aff, dic] = lexicon.files;
  const unmunch = ['-c', `unmunch ${dic} ${aff} > ${outOf('unmunch')}`];
  const reader = ['words', dic, '-o', outOf('hunspell-reader')];
  const hunspellReader = join(root, 'node_modules/.bin/hunspell-reader');
  return [
    { tool: 'unmunch', measure: 'whole-job-process', command: `unmunch ${dic} ${aff} > out`, run: () => { const cost = timeProcess('sh', unmunch, timeoutMs); return { forms: countLines(outOf('unmunch')), cost }; } },
    { tool: 'hunspell-reader', measure: 'whole-job-process', command: `hunspell-reader ${reader.join(' ')}`, run: () => { const cost = timeProcess(hunspellReader, reader, timeoutMs); return { forms: countLines(outOf('hunspell-reader')), cost }; } },
  ];
}

/**
 * Node's own start-up, `node -e 0`, as a process (`repeat` runs, median wall and CPU, peak RSS): the floor
 * under every `lexicon expand` process, reported apart so the job's own cost can be read off.
 */
export function nodeStartup(repeat: number): NodeStartup {
  const costs = Array.from({ length: Math.max(repeat, 3) }, () => timeProcess(process.execPath, ['-e', '0'], 60_000));
  return {
    seconds: median(costs.map((c) => c.seconds)),
    cpuSeconds: median(costs.map((c) => c.cpuSeconds)),
    peakRssMB: Math.max(...costs.map((c) => c.peakRssMB)),
    samples: costs.map((c) => c.seconds),
    loadAverage: loadAverage()[0],
    command: 'node -e 0',
  };
}

/**
 * Expands each of `lexicons` that is installed with paradigm-core (three measures) and with its format's own tools,
 * side by side in this run: `repeat` rounds, one run of each per round (so machine noise hits all
 * alike), the median per run; a run over `longSeconds` in the first round is not repeated. Output goes
 * to files in `workDir`. Tools that are missing or fail are reported in `notes`.
 */
export function runExpansions(root: string, workDir: string, lexicons: readonly RealLexicon[], repeat: number, timeoutMs: number, log: (s: string) => void, longSeconds = 20): { results: ExpansionResult[]; notes: string[] } {
  const results: ExpansionResult[] = [];
  const notes: string[] = [];
  for (const lexicon of lexicons) {
    if (!lexicon.files.every((f) => existsSync(f))) {
      notes.push(`${lexicon.name}: not installed (${lexicon.files.join(', ')})`);
      continue;
    }
    const outOf = (tool: string) => join(workDir, `${lexicon.name}.${tool}.txt`);
    const runs = [...oursRuns(lexicon, root, outOf), ...toolRuns(lexicon, root, outOf, timeoutMs)];
    const samples = runs.map(() => [] as number[]);
    const costs = runs.map(() => [] as ProcessCost[]);
    const forms = runs.map(() => 0);
    const failed = new Set<number>();
    for (const [i, r] of runs.entries()) {
      try {
        r.run(); // warm-up: JIT, file cache; the tools' first run is not timed either
      } catch (e) {
        failed.add(i);
        notes.push(`${lexicon.name} / ${r.tool} ${r.measure}: not measured: ${(e as Error).message.slice(0, 300)}`);
        log(`${lexicon.name} ${r.tool} ${r.measure}: FAILED ${(e as Error).message.slice(0, 200)}`);
      }
    }
    for (let round = 0; round < repeat; round++) {
      for (const [i, r] of runs.entries()) {
        if (failed.has(i) || (round > 0 && samples[i][0] > longSeconds)) continue;
        const start = performance.now();
        const outcome = r.run();
        const wall = (performance.now() - start) / 1000;
        if (typeof outcome === 'number') {
          forms[i] = outcome;
          samples[i].push(wall);
        } else {
          forms[i] = outcome.forms;
          samples[i].push(outcome.cost.seconds);
          costs[i].push(outcome.cost);
        }
      }
    }
    const load = loadAverage()[0];
    for (const [i, r] of runs.entries()) {
      if (failed.has(i)) continue;
      const seconds = median(samples[i]);
      const process = costs[i].length === 0 ? {} : { cpuSeconds: median(costs[i].map((c) => c.cpuSeconds)), peakRssMB: Math.max(...costs[i].map((c) => c.peakRssMB)) };
      results.push({ lexicon: lexicon.name, tool: r.tool, measure: r.measure, forms: forms[i], seconds, samples: samples[i], formsPerSec: forms[i] / seconds, ...process, loadAverage: load, command: r.command });
      const cost = 'cpuSeconds' in process ? ` cpu ${process.cpuSeconds!.toFixed(3)} s, peak ${process.peakRssMB} MB` : '';
      log(`${lexicon.name.padEnd(16)} ${r.tool.padEnd(16)} ${r.measure.padEnd(21)} ${String(forms[i]).padStart(9)} forms ${seconds.toFixed(3).padStart(8)} s ${Math.round(forms[i] / seconds).toString().padStart(10)} forms/s${cost} (load ${load.toFixed(1)})`);
    }
  }
  return { results, notes };
}
