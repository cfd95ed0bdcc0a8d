import { compileGrammar, generateLexeme, splitPatternFile, type Grammar, type Lexeme } from '@paradigm/core';

const SHADDA_FATHA = 'ب\u0651\u064e'; // as written in apertium-urd's .dix; NFC reorders the marks
const FATHA_SHADDA = 'ب\u064e\u0651';

const SOURCE = `pattern p
rule => BASE
rule suffix +"\u0301" /e/ => ACUTE
rule suffix +s /e\u0301/ => DECOMPOSED
rule suffix +x gloss +"e\u0301" => GLOSS`;
const TEMPLATE = `pattern t\nrule template "C\u0651\u064eC" => TPL`;
const SOURCES = [{ id: 1, name: 'p', source: SOURCE }, { id: 2, name: 't', source: TEMPLATE }];

function surfaces(grammar: Grammar, lexeme: Lexeme): string[] {
  return generateLexeme(grammar, lexeme).flatMap((o) => (o.kind === 'forms' ? o.forms.map((f) => `${f.cell} ${[...f.surface].map((c) => c.codePointAt(0)!.toString(16)).join('.')} ${f.analysis}`) : [o.kind]));
}

describe('compileGrammar normalises to NFC by default, and not at all with normalize: none', () => {
  it('defaults to NFC: sources, stem, gloss and root are normalised and every form is NFC', () => {
    const { grammar, errors } = compileGrammar(SOURCES);
    expect([errors, grammar.normalize]).toEqual([[], 'NFC']);
    expect(surfaces(grammar, { id: 1, lemma: 'e', patterns: [1] })).toEqual(['BASE 65 e', 'ACUTE e9 e', 'GLOSS 65.78 eé']);
    expect(surfaces(grammar, { id: 2, lemma: 'e\u0301', patterns: [1] })).toEqual(['BASE e9 é', 'DECOMPOSED e9.73 é', 'GLOSS e9.78 éé']);
    expect(surfaces(grammar, { id: 3, lemma: SHADDA_FATHA, root: ['ب', 'ت'], patterns: [1, 2] })).toEqual([
      'BASE 628.64e.651 ' + FATHA_SHADDA,
      'GLOSS 628.64e.651.78 ' + FATHA_SHADDA + 'é',
      'TPL 628.64e.651.62a ' + FATHA_SHADDA,
    ]);
  });

  it('with none keeps every code point of sources and lexemes as written', () => {
    const { grammar, errors } = compileGrammar(SOURCES, { normalize: 'none' });
    expect([errors, grammar.normalize]).toEqual([[], 'none']);
    expect(surfaces(grammar, { id: 1, lemma: 'e', patterns: [1] })).toEqual(['BASE 65 e', 'ACUTE 65.301 e', 'GLOSS 65.78 ee\u0301']);
    expect(surfaces(grammar, { id: 2, lemma: 'e\u0301', patterns: [1] })).toEqual([
      'BASE 65.301 e\u0301',
      'DECOMPOSED 65.301.73 e\u0301',
      'GLOSS 65.301.78 e\u0301e\u0301',
    ]);
    expect(surfaces(grammar, { id: 3, lemma: SHADDA_FATHA, root: ['ب', 'ت'], patterns: [1, 2] })).toEqual([
      'BASE 628.651.64e ' + SHADDA_FATHA,
      'GLOSS 628.651.64e.78 ' + SHADDA_FATHA + 'e\u0301',
      'TPL 628.651.64e.62a ' + SHADDA_FATHA,
    ]);
  });

  it('keeps pattern names as written with none, in compileGrammar and splitPatternFile alike', () => {
    const name = 'cafe\u0301';
    const sources = splitPatternFile(`pattern ${name}\nrule => X`, 1, { normalize: 'none' });
    expect(sources.map((s) => s.name)).toEqual([name]);
    const { grammar, errors } = compileGrammar(sources, { normalize: 'none' });
    expect([errors, grammar.patternByName(name)?.id, grammar.patternByName(name.normalize('NFC'))]).toEqual([[], 1, undefined]);
    expect(splitPatternFile(`pattern ${name}\nrule => X`).map((s) => s.name)).toEqual(['café']);
  });

  it('rejects an unknown setting with a TypeError naming the allowed values', () => {
    expect(() => compileGrammar([], { normalize: 'NFD' as never })).toThrow(
      new TypeError(`normalize: "NFD" is not a normalisation; use 'NFC' (the default) or 'none'`),
    );
  });
});
