// A one-entry OCONV table whose target character the dictionary never uses is applied by renaming the
// character in the stems and affixes before generating (the streamed expansion's shortcut); it is refused
// wherever that could give another text than converting each word. That both give the same text is
// checked on the oconv-renaming fixture by streamed-expansion-equals-in-memory.test.ts.
import { parseAffFile } from '../../src/hunspell/aff-file';
import { conversionAsRenaming } from '../../src/hunspell/conversion-renaming';
import { byteString, fieldDecoder } from '../../src/hunspell/text-encoding';

const RULES = "SET UTF-8\nPFX L Y 1\nPFX L 0 l' [aeiou]\n";

function renaming(aff: string, dic: string): ReturnType<typeof conversionAsRenaming> {
  const bytes = (text: string): string => byteString(Buffer.from(text, 'utf8'), 't.aff');
  return conversionAsRenaming(parseAffFile(bytes(aff), 'UTF-8', fieldDecoder('UTF-8', 'test', 'test.aff'), 'test.aff'), bytes(dic));
}

describe('OCONV applied as a renaming of one character', () => {
  it("renames ' to ’ when no word, flag or rule holds ’ (a morphological field may)", () => {
    expect(renaming(`${RULES}OCONV 1\nOCONV ' ’\n`, "2\nami/L\nchefs-d'œuvre po:nom st:chef-d’œuvre\n")).toEqual({ from: "'", to: '’' });
  });

  it('is refused when a word or a rule already holds the target', () => {
    expect(renaming(`${RULES}OCONV 1\nOCONV ' ’\n`, '1\nd’ami/L\n')).toBeUndefined();
    expect(renaming(`${RULES}SFX S Y 1\nSFX S 0 ’s .\nOCONV 1\nOCONV ' ’\n`, '1\nami/L\n')).toBeUndefined();
  });

  it('is refused for tables it cannot express: two entries, an anchor, a longer text, a condition character', () => {
    expect(renaming(`${RULES}OCONV 2\nOCONV ' ’\nOCONV a A\n`, '1\nami\n')).toBeUndefined();
    expect(renaming(`${RULES}OCONV 1\nOCONV _a A\n`, '1\nami\n')).toBeUndefined();
    expect(renaming(`${RULES}OCONV 1\nOCONV ss ß\n`, '1\nami\n')).toBeUndefined();
    expect(renaming(`${RULES}OCONV 1\nOCONV . !\n`, '1\nami\n')).toBeUndefined();
  });
});
