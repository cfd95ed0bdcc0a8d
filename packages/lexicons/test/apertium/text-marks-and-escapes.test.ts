import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('<b/> <j/> <a/> <m/> <g> <ig> <re> and reserved characters', () => {
  it('prints them as lt-expand does, escaping reserved characters except the first of each text node', () => {
    const file = fixture('marks.dix');
    const expected = lines(
      '__REGEXP__[0-9]\\+([.,][0-9]\\+)?:__REGEXP__[0-9]\\+([.,][0-9]\\+)?<num>',
      'ice cream:ice cream<n>',
      'de+el:deel<prn>',
      'a~b:ab<prn>',
      'look up:look# up<n>',
      'take off:#take off<n>',
      'c\\+\\+:c\\+\\+<n>',
      ':)::)<sym>',
      'a\\:b\\/c:a\\:b<sym>#x',
      '&\\<x\\>:&\\<x\\><n>',
    );
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });
});
