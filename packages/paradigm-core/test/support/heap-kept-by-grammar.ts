import { execFileSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import { compileGrammar, type CompileOptions, type PatternSource } from '../../src';

/**
 * 40 patterns of 100,000 characters of comment each (two bytes a character: the text holds `ő`), whose
 * rules have cells and glosses of 13 or more characters (what V8 keeps as slices of the whole text) and
 * affixes as long: 8 MB of text.
 */
export function textHeavySources(): PatternSource[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: i + 1,
    name: `p${i + 1}`,
    source: [
      `pattern p${i + 1}`,
      `# ${'ő'.repeat(100_000)}`,
      `rule suffix +longsuffix${i % 3}abc gloss +"<gloss-of-pattern-${i % 4}>" => CELL;OF;PATTERN;${i % 5}`,
      `rule => LEMMA;CELL;LONG;ENOUGH`,
    ].join('\n'),
  }));
}

/** Bytes of {@link textHeavySources}' text. */
export const TEXT_BYTES = 40 * 2 * 100_000;

/**
 * The heap a grammar of {@link textHeavySources} compiled with `options` keeps, in bytes, measured in a
 * process of its own: in a test runner's process, other tests' garbage (and code V8 flushes) is freed
 * while the grammar is measured, by tens of megabytes.
 */
export function heapKeptByGrammar(options: CompileOptions): number {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, JSON.stringify(options)], { cwd: __dirname, encoding: 'utf8' });
  return Number(output.trim());
}

function compiled(options: CompileOptions) {
  return compileGrammar(textHeavySources(), options).grammar;
}

/** Compiles once and drops the grammar: the code it runs is compiled (and kept) on first use. */
function warmUp(options: CompileOptions): void {
  compiled(options);
}

function measure(options: CompileOptions): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  warmUp(options);
  gc();
  gc();
  const before = getHeapStatistics().used_heap_size;
  const grammar = compiled(options);
  gc();
  gc();
  const kept = getHeapStatistics().used_heap_size - before;
  if (grammar.pattern(1)?.name !== 'p1') throw new Error('the grammar lost its patterns');
  process.stdout.write(`${kept}\n`);
}

if (require.main === module) measure(JSON.parse(process.argv[2]!) as CompileOptions);
