// A pattern handed to compileGrammar already parsed compiles as its text does: the same forms, cells,
// analyses, continuations and fingerprints, also mixed with patterns given as text; a shared
// continuation list and a shared condition are linked and compiled once and mean the same.
import { compileGrammar, generateLexeme, parseConditionSource, parsePatternSource, type Grammar, type PatternAst, type PatternSource } from '@paradigm/core';
import { lexeme } from './support/grammar';

const SOURCES: PatternSource[] = [
  { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG > case\nrule suffix +ler gloss +"<pl>" => N;PL > case\n' },
  { id: 2, name: 'case', source: 'pattern case\nrule => NOM\nrule suffix +i /[^aeiou]/ => ACC\nrule suffix +de => LOC > rel [needaffix]\n' },
  { id: 3, name: 'rel', source: 'pattern rel\nrule suffix -e +ki /[^aeiou]e/ => REL\n' },
  { id: 4, name: 'pre', source: 'pattern pre cross\nrule prefix +un => NEG\n' },
];

function summary(grammar: Grammar): string[] {
  const forms = [...grammar.patterns()].map((pattern) => `${pattern.name} > ${pattern.continuations.join(',')} ${pattern.fingerprint}`);
  for (const stem of ['ev', 'kale', 'masa']) {
    for (const outcome of generateLexeme(grammar, lexeme(stem, { patterns: [1, 4] }))) {
      if (outcome.kind === 'forms') forms.push(...outcome.forms.map((form) => `${form.surface} ${form.cell} ${form.analysis}`));
      else forms.push(outcome.kind);
    }
  }
  return forms;
}

function compiled(patterns: Parameters<typeof compileGrammar>[0]): Grammar {
  const { grammar, errors } = compileGrammar(patterns);
  expect(errors).toEqual([]);
  return grammar;
}

describe('a parsed source compiles as its text', () => {
  const fromText = summary(compiled(SOURCES));

  it('every pattern parsed', () => {
    expect(fromText).toEqual(expect.arrayContaining(['unev NEG ev', 'evdki N;SG;LOC;REL ev', 'evler N;PL ev<pl>']));
    expect(summary(compiled(SOURCES.map(({ id, name, source }) => ({ id, name, ast: parsePatternSource(source) }))))).toEqual(fromText);
  });

  it('parsed and text mixed', () => {
    expect(summary(compiled(SOURCES.map(({ id, name, source }) => (id % 2 === 0 ? { id, name, ast: parsePatternSource(source) } : { id, name, source }))))).toEqual(fromText);
  });

  it('one continuation list and one condition shared by the rules of a tree', () => {
    const noun = parsePatternSource(SOURCES[0]!.source);
    const next = noun.rules[0]!.continuations;
    const shared: PatternAst = { ...noun, rules: noun.rules.map((rule) => ({ ...rule, continuations: next })) };
    const caseTree = parsePatternSource(SOURCES[1]!.source);
    const condition = parseConditionSource('[^aeiou]');
    expect(condition).toEqual((caseTree.rules[1]!.operations[0] as { condition: unknown }).condition);
    const patterns = [{ id: 1, name: 'noun', ast: shared }, { id: 2, name: 'case', ast: caseTree }, SOURCES[2]!, SOURCES[3]!];
    expect(summary(compiled(patterns))).toEqual(fromText);
  });

  it('a condition that does not parse names its column', () => {
    expect(() => parseConditionSource('a(b)')).toThrow(/column 2/);
  });
});
