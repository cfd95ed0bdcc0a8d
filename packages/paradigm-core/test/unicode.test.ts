import { generateLexeme } from '@paradigm/core';
import { formsOf, grammarOf, lexeme } from './support/grammar';

describe('all text is NFC and conditions work on code points', () => {
  it('inflects Cyrillic with classes over Cyrillic letters', () => {
    const grammar = grammarOf(`pattern ru-noun
rule => N;NOM;SG
rule suffix -а +ы /[^кгхжшчщ]а/ => N;NOM;PL
rule suffix -а +и /[кгхжшчщ]а/ => N;NOM;PL`);
    expect(formsOf(generateLexeme(grammar, lexeme('книга'))[0])).toEqual(['книга N;NOM;SG', 'книги N;NOM;PL']);
    expect(formsOf(generateLexeme(grammar, lexeme('лампа'))[0])).toEqual(['лампа N;NOM;SG', 'лампы N;NOM;PL']);
  });

  it('reads a Devanagari vowel sign as one code point in conditions and keeps a nukta with its consonant', () => {
    const grammar = grammarOf(`pattern hi
vowels: ा ि ी
rule suffix -ा +े /[कगल]ा/ => N;OBL
rule redup cv => REDUP`);
    // ड़ stays ड + nukta (U+0921 U+093C) in NFC: U+095C is a composition exclusion.
    expect(formsOf(generateLexeme(grammar, lexeme('लड़का'))[0])).toEqual(['लड़के N;OBL', 'लालड़का REDUP']);
    expect(formsOf(generateLexeme(grammar, lexeme('ड़ीला'))[0])).toEqual(['ड़ीले N;OBL', 'ड़ीड़ीला REDUP']);
    expect(formsOf(generateLexeme(grammar, lexeme('किताब'))[0])).toEqual(['किकिताब REDUP']);
  });

  it('fills an Arabic skeleton whose vowels are combining marks', () => {
    const grammar = grammarOf(`pattern ar
rule template "C\u064eC\u064eC\u064e" => V;PST
rule template "C\u064eC\u064eC\u064e" suffix +"\u062a\u064f" /\u064e/ => V;PST;1SG`);
    expect(formsOf(generateLexeme(grammar, lexeme('كتب', { root: ['ك', 'ت', 'ب'] }))[0])).toEqual([
      'كَتَبَ V;PST',
      'كَتَبَتُ V;PST;1SG',
    ]);
  });

  it('normalises decomposed lexemes and sources, and recomposes at a junction', () => {
    const grammar = grammarOf(`pattern fr\nrule suffix +s /e\u0301/ => PL\nrule suffix +"\u0301" /e/ => ACUTE`);
    const [outcome] = generateLexeme(grammar, lexeme('cafe\u0301'));
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => [f.surface, f.analysis])).toEqual([['cafés', 'café']]);
    const [acute] = generateLexeme(grammar, lexeme('cafe'));
    expect(acute.kind === 'forms' && acute.forms.map((f) => [f.surface, f.surface.length])).toEqual([['café', 4]]);
  });

  it('matches classes and dots on astral code points as one character', () => {
    const grammar = grammarOf(`pattern astral\nrule suffix +x /[𝔞-𝔷]./ => X\nrule prefix +y /.𝔟/ => Y`);
    expect(formsOf(generateLexeme(grammar, lexeme('𝔞𝔟'))[0])).toEqual(['𝔞𝔟x X', 'y𝔞𝔟 Y']);
  });
});
