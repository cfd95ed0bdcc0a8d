import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrammar, generateLexeme, splitPatternFile, type Lexeme, type PatternError } from '@paradigm/core';

/** docs/examples, the sample lexicon whose paradigm the docs show. */
export const EXAMPLES = join(__dirname, '../../../../docs/examples');
const PATTERN_FILES = ['conlang.patterns', 'english.patterns'];

/** Rows of a tab-separated file with a header line, as records keyed by the header. */
function readTsv(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
  const keys = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, index) => [keys[index], value])));
}

/** Generates the sample lexicon and prints it in paradigm.tsv's format (header included). */
export function generateExampleParadigm(): { rows: string[]; errors: PatternError[] } {
  let nextId = 1;
  const sources = PATTERN_FILES.flatMap((file) => {
    const patterns = splitPatternFile(readFileSync(join(EXAMPLES, file), 'utf8'), nextId);
    nextId += patterns.length;
    return patterns;
  });
  const { grammar, errors } = compileGrammar(sources);
  const names = new Map(sources.map((source) => [source.id, source.name]));
  const rows = ['lexeme\tlemma\tpattern\tsurface\tcell\tanalysis\tdir'];
  for (const record of readTsv(join(EXAMPLES, 'lexemes.tsv'))) {
    const lexeme: Lexeme = {
      id: Number(record.id),
      lemma: record.lemma,
      patterns: record.patterns.split(' ').map((name) => grammar.patternByName(name)?.id ?? -1),
      ...(record.stem ? { stem: record.stem } : {}),
      ...(record.root ? { root: record.root.split('-') } : {}),
      ...(record.gloss ? { gloss: record.gloss } : {}),
    };
    for (const outcome of generateLexeme(grammar, lexeme)) {
      const head = `${lexeme.id}\t${lexeme.lemma}\t${names.get(outcome.patternId) ?? outcome.patternId}`;
      if (outcome.kind === 'forms') for (const f of outcome.forms) rows.push(`${head}\t${f.surface}\t${f.cell}\t${f.analysis}\t${f.dir}`);
      else rows.push(`${head}\t!${outcome.kind === 'error' ? `error ${outcome.error.code}` : 'no-match'}\t\t\t`);
    }
  }
  return { rows, errors };
}
