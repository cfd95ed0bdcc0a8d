import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expandApertium, expandHunspell, parseApertium, parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import type { ExpansionResult } from '../artifacts/real-lexicons';
import { medianSeconds, timeCommand } from './time-run';

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

function countLines(file: string): number {
  const text = readFileSync(file, 'utf8');
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Writes `lines` to `file`, one per line, through a stream (as the tools write their output). */
async function writeLines(file: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  let buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    n++;
    if (buffer.length === 8192) {
      if (!out.write(`${buffer.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = [];
    }
  }
  if (buffer.length) out.write(`${buffer.join('\n')}\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return n;
}

/** paradigm-core, in this process: read and import the files, compile, generate, write one form per line. */
function ours(lexicon: RealLexicon, outFile: string): () => Promise<number> {
  return async () => {
    const start = performance.now();
    if (lexicon.format === 'apertium') {
      const parsed = parseApertium(readFileSync(lexicon.files[0], 'utf8'), lexicon.files[0]);
      await writeLines(outFile, expandApertium(parsed));
    } else {
      const parsed = parseHunspell(readHunspellFiles(lexicon.files[0], lexicon.files[1]));
      await writeLines(outFile, expandHunspell(parsed));
    }
    return (performance.now() - start) / 1000;
  };
}

/**
 * Expands each lexicon present with paradigm-core and with its format's own tools, side by side in
 * this run, each the median of `repeat` runs. Ours runs in process (no Node start-up counted); the
 * tools run as processes (their start-up, a few ms for the C++ ones, is counted). Output goes to files
 * in `workDir` for all of them. Tools that are missing or fail are reported in `notes`.
 */
export async function runExpansions(root: string, workDir: string, repeat: number, timeoutMs: number, log: (s: string) => void): Promise<{ results: ExpansionResult[]; notes: string[] }> {
  const results: ExpansionResult[] = [];
  const notes: string[] = [];
  const hunspellReader = join(root, 'node_modules/.bin/hunspell-reader');
  for (const lexicon of REAL_LEXICONS) {
    if (!lexicon.files.every((f) => existsSync(f))) {
      notes.push(`${lexicon.name}: not installed (${lexicon.files.join(', ')})`);
      continue;
    }
    const runs: { tool: string; command: string; out: string; measure: () => Promise<number> | number }[] = [];
    const outOf = (tool: string) => join(workDir, `${lexicon.name}.${tool}.txt`);
    runs.push({ tool: 'paradigm-core', command: `in process: ${lexicon.format === 'apertium' ? 'parseApertium + expandApertium' : 'parseHunspell + expandHunspell'} -> file`, out: outOf('paradigm-core'), measure: ours(lexicon, outOf('paradigm-core')) });
    if (lexicon.format === 'apertium') {
      const args = [lexicon.files[0], outOf('lt-expand')];
      runs.push({ tool: 'lt-expand', command: `lt-expand ${args.join(' ')}`, out: outOf('lt-expand'), measure: () => timeCommand('lt-expand', args, timeoutMs) });
    } else {
      const [aff, dic] = lexicon.files;
      const unmunch = ['-c', `unmunch ${dic} ${aff} > ${outOf('unmunch')}`];
      runs.push({ tool: 'unmunch', command: `unmunch ${dic} ${aff} > out`, out: outOf('unmunch'), measure: () => timeCommand('sh', unmunch, timeoutMs) });
      const reader = ['words', dic, '-o', outOf('hunspell-reader')];
      runs.push({ tool: 'hunspell-reader', command: `hunspell-reader ${reader.join(' ')}`, out: outOf('hunspell-reader'), measure: () => timeCommand(hunspellReader, reader, timeoutMs) });
    }
    for (const run of runs) {
      try {
        const seconds = await medianSeconds(repeat, 20, run.measure);
        const forms = countLines(run.out);
        results.push({ lexicon: lexicon.name, tool: run.tool, forms, seconds, formsPerSec: forms / seconds, command: run.command });
        log(`${lexicon.name.padEnd(16)} ${run.tool.padEnd(16)} ${String(forms).padStart(9)} forms ${seconds.toFixed(3).padStart(8)} s ${Math.round(forms / seconds).toString().padStart(10)} forms/s`);
      } catch (e) {
        notes.push(`${lexicon.name} / ${run.tool}: not measured: ${(e as Error).message.slice(0, 300)}`);
        log(`${lexicon.name} ${run.tool}: FAILED ${(e as Error).message.slice(0, 200)}`);
      }
    }
  }
  return { results, notes };
}
