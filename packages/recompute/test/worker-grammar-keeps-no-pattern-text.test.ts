import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildWorkerGrammar, type WorkerGrammar } from '../src/compute/worker-grammar';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const COMMENT = `# ${'ő'.repeat(100_000)}`; // 200 KB a pattern: the text is two bytes a character
const PATTERNS = 40;

/**
 * The grammar of PATTERNS patterns of COMMENT and one rule whose cell is long enough for V8 to keep it
 * as a slice of the pattern's text; the texts are gone with this function's frame.
 */
function built(): WorkerGrammar {
  const sources = [];
  for (let id = 1; id <= PATTERNS; id++) sources.push({ id, name: `p${id}`, source: `pattern p${id}\n${COMMENT}\nrule suffix +s${id} => CELL;OF;PATTERN;${id}` });
  return buildWorkerGrammar(sources, 100_000);
}

it('the worker\'s grammar keeps none of its patterns\' text, and still generates and finds dependents by name', () => {
  built(); // once before measuring: the code it runs is compiled (and kept) on first use
  collectGarbage();
  const before = getHeapStatistics().used_heap_size;
  const grammar = built();
  collectGarbage();
  expect(getHeapStatistics().used_heap_size - before).toBeLessThan((PATTERNS * COMMENT.length * 2) / 10);
  expect(grammar.dependents([{ id: 3, name: 'p3' }])).toEqual([3]);
  const rows: string[] = [];
  expect(grammar.generate({ id: 1, lemma: 'w', patterns: [3] }, { add: (...row) => void rows.push(row.join('|')) })).toBeUndefined();
  expect(rows).toEqual(['1|3|CELL;OF;PATTERN;3|ws3|0|']);
});
