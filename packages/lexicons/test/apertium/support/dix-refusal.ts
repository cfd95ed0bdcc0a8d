import { ApertiumDixError, parseApertium } from '@paradigm/lexicons';

/** The message of the {@link ApertiumDixError} that parsing `text` as `file` throws (fails the test if it reads). */
export function dixRefusal(text: string, file = 'x.dix'): string {
  try {
    parseApertium(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ApertiumDixError);
    return (error as ApertiumDixError).message;
  }
  throw new Error(`expected an ApertiumDixError for ${file}`);
}
