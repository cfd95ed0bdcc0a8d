import { compileGrammar, generateLexeme, splitPatternFile, type Lexeme } from '@paradigm/core';

/**
 * A machine-checkable example from docs/patterns.md: a fenced ```paradigm block holding patterns,
 * then `error NAME: MESSAGE` lines (expected compile errors, exact) and `lexeme` sections whose
 * indented lines are the expected forms (`SURFACE CELL [analysis=A] [dir=LR|RL]`, `""` for an empty
 * cell, analysis defaulting to the lexeme's gloss) or outcomes (`!no-match NAME`, `!error NAME CODE`).
 */
export interface ExampleBlock {
  readonly line: number;
  readonly text: string;
}

/** Every ```paradigm block of a markdown text, with the markdown line its body starts on. */
export function paradigmBlocks(markdown: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  const fence = /^```paradigm\s*\n([\s\S]*?)^```\s*$/gmu;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length + 1, text: match[1] });
  }
  return blocks;
}

const token = (word: string): string => (word === '""' ? '' : word);
const shown = (text: string): string => (text === '' ? '""' : text);

/** Parses `lexeme LEMMA [stem=S] [root=k-t-b] [gloss=G]: PATTERN ...` into a lexeme. */
export function parseLexemeLine(line: string, id: number, patternIds: ReadonlyMap<string, number>): Lexeme {
  const match = /^lexeme\s+(.*?):\s*(.*)$/u.exec(line.trim());
  if (!match) throw new Error(`malformed lexeme line: ${line}`);
  const [lemma, ...attributes] = match[1].split(/\s+/u);
  const fields: Record<string, string> = {};
  for (const attribute of attributes) {
    const [key, value] = attribute.split('=');
    fields[key] = token(value);
  }
  const patterns = match[2].split(/\s+/u).filter(Boolean).map((name) => {
    const id = patternIds.get(name);
    return id ?? 1000 + name.length; // an id no pattern has, to show the unknown-pattern outcome
  });
  return {
    id,
    lemma,
    patterns,
    ...(fields.stem !== undefined ? { stem: fields.stem } : {}),
    ...(fields.root !== undefined ? { root: fields.root.split('-') } : {}),
    ...(fields.gloss !== undefined ? { gloss: fields.gloss } : {}),
  };
}

/** One expected line in the block's normal form (what {@link runExample} also prints). */
function canonicalExpected(line: string): string {
  const words = line.trim().split(/\s+/u);
  if (words[0].startsWith('!')) return words.join(' ');
  const [surface, cell = '', ...rest] = words;
  return [surface, token(cell), ...rest].join(' ').trimEnd().replace(/\s+/gu, ' ');
}

/**
 * Separates a block's pattern text from its expectations. A column-0 `lexeme`/`error` line starts
 * expectations (with the indented lines after a `lexeme`); a `pattern` header goes back to patterns.
 * Expected errors come first (the compiler reports them before anything is generated).
 */
function splitBlock(block: ExampleBlock): { patterns: string; expectations: string[] } {
  const patterns: string[] = [];
  const errors: string[] = [];
  const lexemes: string[] = [];
  let expecting = false;
  for (const line of block.text.split('\n')) {
    if (/^pattern\s/u.test(line)) expecting = false;
    else if (/^error /u.test(line)) (expecting = true), errors.push(line);
    else if (/^lexeme /u.test(line)) (expecting = true), lexemes.push(line);
    else if (expecting && line.trim() !== '') lexemes.push(line);
    if (!expecting) patterns.push(line);
  }
  return { patterns: patterns.join('\n'), expectations: [...errors, ...lexemes] };
}

/** What the block says should happen, in the normal form {@link runExample} prints. */
export function expectedOf(block: ExampleBlock): string[] {
  return splitBlock(block).expectations.map((line) => (/^\s/u.test(line) ? `  ${canonicalExpected(line)}` : line.trim()));
}

/** Compiles and generates the block, printing the same normal form as {@link expectedOf}. */
export function runExample(block: ExampleBlock): string[] {
  const { patterns, expectations } = splitBlock(block);
  const sources = splitPatternFile(patterns);
  const { grammar, errors } = compileGrammar(sources);
  const ids = new Map(sources.map((source) => [source.name, source.id]));
  const names = new Map(sources.map((source) => [source.id, source.name]));
  const out = errors.map((error) => `error ${error.patternName}: ${error.message}`);
  let id = 1;
  for (const line of expectations) {
    if (!line.startsWith('lexeme ')) continue;
    out.push(line.trim());
    const entry = parseLexemeLine(line, id++, ids);
    const gloss = entry.gloss ?? entry.lemma;
    for (const outcome of generateLexeme(grammar, entry)) {
      const name = names.get(outcome.patternId) ?? String(outcome.patternId);
      if (outcome.kind === 'no-match') out.push(`  !no-match ${name}`);
      else if (outcome.kind === 'error') out.push(`  !error ${name} ${outcome.error.code}`);
      else
        for (const form of outcome.forms) {
          const extra = [form.analysis !== gloss.normalize('NFC') ? `analysis=${form.analysis}` : '', form.dir !== 'both' ? `dir=${form.dir}` : ''];
          out.push(`  ${[shown(form.surface), form.cell, ...extra].join(' ').trimEnd().replace(/\s+/gu, ' ')}`);
        }
    }
  }
  return out;
}
