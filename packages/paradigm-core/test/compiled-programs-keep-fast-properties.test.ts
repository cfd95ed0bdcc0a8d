// The generator reads `rules`, `ruleOrder` and `ruleIndex` of a compiled program for every form: a
// program in V8's dictionary mode makes each of those reads a hash lookup. V8's own check answers.
import { setFlagsFromString } from 'node:v8';
import { compileGrammar } from '@paradigm/core';

setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('object', 'return %HasFastProperties(object)') as (object: object) => boolean;

describe('compiled programs', () => {
  it('are objects with fast properties, also once their fingerprint is read', () => {
    const { grammar, errors } = compileGrammar([
      { id: 1, name: 'a', source: 'pattern a\nrule suffix +"s" => pl\n' },
      { id: 2, name: 'b', source: 'pattern b\nrule suffix -y +"ies" /[^aeiou]y/ => pl > a\n' },
    ]);
    expect(errors).toEqual([]);
    const programs = [...grammar.patterns()];
    expect(programs.map((program) => hasFastProperties(program))).toEqual([true, true]);
    expect(programs.map((program) => program.fingerprint.length > 0)).toEqual([true, true]);
    expect(programs.map((program) => hasFastProperties(program))).toEqual([true, true]);
  });
});
