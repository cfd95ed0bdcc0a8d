import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { type ExportPattern, HunspellWriter } from '../../../src';

/** Patterns of {@link exportPatterns}. */
export const PATTERNS = 40;
/** Rules of a pattern of {@link exportPatterns}. */
const RULES_EACH = 250;
/** Rules of {@link exportPatterns}, in all. */
export const RULES = PATTERNS * RULES_EACH;
const COMMENT_CHARS = 50_000;
/** Bytes of the comments of {@link exportPatterns} `withText`. */
export const TEXT_BYTES = PATTERNS * COMMENT_CHARS * 2;

/** A comment of its own for pattern `p`, two bytes a character. */
function comment(p: number): string {
  return `# ${Array.from({ length: COMMENT_CHARS }, (_, i) => String.fromCharCode(0x150 + ((i + p) % 32))).join('')}`;
}

/**
 * `count` ({@link PATTERNS}) patterns of 250 suffix rules each, whose cells, affixes and conditions are long enough
 * for V8 to keep them as slices of the pattern's text, and repeat from pattern to pattern (as Hunspell
 * classes' morphological fields do); `withText`, each also has a comment of 100 KB (two bytes a character).
 */
export function exportPatterns(withText: boolean, count = PATTERNS): ExportPattern[] {
  return Array.from({ length: count }, (_, p) => ({
    name: `p${p + 1}`,
    source: [
      `pattern p${p + 1}`,
      withText ? comment(p) : '#',
      ...Array.from({ length: RULES_EACH }, (_, r) => `rule suffix +longsuffix${r % 7}abc /[abc]xyzxyzxyzxyz${r % 5}/ => po:noun;ts:NOM;is:case_${r % 11};long_enough`),
    ].join('\n'),
  }));
}

/** What a {@link HunspellWriter} of {@link exportPatterns} keeps once the patterns are let go, in bytes. */
export interface KeptByWriter {
  /** The heap it keeps: what `used_heap_size` grows by. */
  readonly heap: number;
  /** The strings the heap holds while it is alive, by a heap snapshot. */
  readonly strings: number;
  /**
   * The heap it keeps once it wrote the .dic of one lexeme of `p1` (the only lexeme surveyed): that
   * pattern's program and plan, and the .aff read back, but none of the others.
   */
  readonly afterWrite: number;
}

/**
 * {@link KeptByWriter}, measured in a process of its own (in a test runner's, other tests' garbage is freed
 * meanwhile). The strings are counted from a heap snapshot: the heap statistics did not see the patterns'
 * text that the programs kept (a snapshot found it, 9.5 MB).
 */
export function keptByHunspellWriter(withText: boolean, patterns = PATTERNS): KeptByWriter {
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, String(withText), String(patterns)], { cwd: __dirname, encoding: 'utf8' })) as KeptByWriter;
}

/** Bytes of every string in a heap snapshot of this process. */
function stringBytes(): number {
  const folder = mkdtempSync(join(tmpdir(), 'writer-heap-'));
  let text: string;
  try {
    text = readFileSync(writeHeapSnapshot(join(folder, 'heap.heapsnapshot')), 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const snapshot = JSON.parse(text) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  let bytes = 0;
  for (let at = 0; at < snapshot.nodes.length; at += fields.length) if (types[snapshot.nodes[at + type]!]!.endsWith('string')) bytes += snapshot.nodes[at + size]!;
  return bytes;
}

function measure(withText: boolean, patterns: number): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  new HunspellWriter(exportPatterns(withText, patterns)); // the code it runs is compiled on first use
  gc();
  gc();
  const before = getHeapStatistics().used_heap_size;
  const writer = new HunspellWriter(exportPatterns(withText, patterns));
  gc();
  gc();
  const heap = getHeapStatistics().used_heap_size - before;
  const strings = stringBytes();
  const lexemes = [{ id: 1, lemma: 'aaxyzxyzxyzxyz0', patterns: ['p1'] }];
  writer.survey(lexemes);
  if (!writer.write(lexemes).startsWith('aaxyzxyzxyzxyz0/')) throw new Error('the writer lost its patterns');
  gc();
  gc();
  const afterWrite = getHeapStatistics().used_heap_size - before;
  // Read after the measure, so that the writer is alive through it.
  if (writer.generatedWords === 0) throw new Error('the writer lost its words');
  process.stdout.write(JSON.stringify({ heap, strings, afterWrite }));
}

if (require.main === module) measure(process.argv[2] === 'true', Number(process.argv[3]));
