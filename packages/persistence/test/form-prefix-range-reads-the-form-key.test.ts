import { FORM_KEY_LENGTH, formPrefixRange } from '../src/readers/form-key';

const KEY = 'left(form, 512) COLLATE "C"';

describe('formPrefixRange', () => {
  it('is a range of keys from the prefix to the next string after it, parameters from $first', () => {
    expect(formPrefixRange('ab', 3)).toEqual({ condition: `${KEY} >= $3 AND ${KEY} < $4`, values: ['ab', 'ac'] });
    expect(formPrefixRange('e\u{10FFFF}')).toEqual({ condition: `${KEY} >= $1 AND ${KEY} < $2`, values: ['e\u{10FFFF}', 'f'] });
  });

  it('has no upper bound when nothing sorts after every string with the prefix', () => {
    expect(formPrefixRange('\u{10FFFF}')).toEqual({ condition: `${KEY} >= $1`, values: ['\u{10FFFF}'] });
  });

  it('checks the whole form only for a prefix longer than the key', () => {
    const long = 'é'.repeat(FORM_KEY_LENGTH) + 'x';
    const key = 'é'.repeat(FORM_KEY_LENGTH);
    expect(formPrefixRange(long)).toEqual({ condition: `${KEY} >= $1 AND ${KEY} < $2 AND starts_with(form, $3)`, values: [key, 'é'.repeat(FORM_KEY_LENGTH - 1) + 'ê', long] });
  });
});
