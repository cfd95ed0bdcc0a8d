import { formatLexemeLine, LEXEMES_TSV_HEADER, NativeExportError, parseLexemesTsv } from '../../src';

describe('formatLexemeLine: a line parseLexemesTsv reads back to the same lexeme, or an error naming the lexeme', () => {
  it('reads back every field, absent ones as absent', () => {
    const lexemes = [
      { id: 1, lemma: 'katab', root: ['k', 't', 'b'], gloss: 'write', patterns: ['tesh-verb'] },
      { id: 7, lemma: 'sing', stem: 's.ng', patterns: ['en-verb', 'en-strong'] },
    ];
    const text = LEXEMES_TSV_HEADER + lexemes.map(formatLexemeLine).join('');
    expect(text).toBe('id\tlemma\tstem\troot\tgloss\tpatterns\n1\tkatab\t\tk-t-b\twrite\ttesh-verb\n7\tsing\ts.ng\t\t\ten-verb en-strong\n');
    const back = parseLexemesTsv(text, 'lexemes.tsv');
    expect(back.problems).toEqual([]);
    expect(back.lexemes.map(({ line: _l, patternsColumn: _c, ...lexeme }) => lexeme)).toEqual(lexemes);
  });

  it.each([
    [{ id: 2, lemma: 'a\tb', patterns: ['p'] }, 'lexeme 2 "a\tb": the lemma holds a tab or line break'],
    [{ id: 3, lemma: 'x', stem: '', patterns: ['p'] }, 'lexeme 3 "x": the stem is empty (an empty field reads back as no stem)'],
    [{ id: 4, lemma: 'x', root: ['k-t'], patterns: ['p'] }, 'lexeme 4 "x": a radical of the root is empty or holds "-"'],
    [{ id: 0, lemma: 'x', patterns: ['p'] }, 'lexeme 0 "x": its id is not a positive whole number'],
  ])('refuses %j', (lexeme, message) => {
    expect(() => formatLexemeLine(lexeme)).toThrow(new NativeExportError(`${message}, which lexemes.tsv cannot hold; change the lexeme or export another format`));
  });
});
