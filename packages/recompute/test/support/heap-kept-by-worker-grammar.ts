import { execFileSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import { buildWorkerGrammar, type WorkerGrammar } from '../../src/compute/worker-grammar';

const COMMENT = `# ${'ő'.repeat(100_000)}`; // 200 KB a pattern: the text is two bytes a character
export const PATTERNS = 40;
/** Bytes of the patterns' text. */
export const TEXT_BYTES = PATTERNS * COMMENT.length * 2;

/**
 * The worker's grammar of PATTERNS patterns of COMMENT and one rule whose cell is long enough for V8 to
 * keep it as a slice of the pattern's text.
 */
export function textHeavyGrammar(): WorkerGrammar {
  const sources = [];
  for (let id = 1; id <= PATTERNS; id++) sources.push({ id, name: `p${id}`, source: `pattern p${id}\n${COMMENT}\nrule suffix +s${id} => CELL;OF;PATTERN;${id}` });
  return buildWorkerGrammar(sources, 100_000);
}

/**
 * The heap {@link textHeavyGrammar} keeps, in bytes, measured in a process of its own (in a test
 * runner's, other tests' garbage is freed meanwhile by tens of megabytes).
 */
export function heapKeptByWorkerGrammar(): number {
  return Number(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename], { cwd: __dirname, encoding: 'utf8' }).trim());
}

/** Builds once and drops the grammar: the code it runs is compiled on first use. */
function warmUp(): void {
  textHeavyGrammar();
}

if (require.main === module) {
  const gc = (globalThis as { gc?: () => void }).gc!;
  warmUp();
  gc();
  gc();
  const before = getHeapStatistics().used_heap_size;
  const grammar = textHeavyGrammar();
  gc();
  gc();
  process.stdout.write(`${getHeapStatistics().used_heap_size - before}\n`);
  if (grammar.dependents([{ id: 1, name: 'p1' }]).length !== 1) throw new Error('the grammar lost its patterns');
}
