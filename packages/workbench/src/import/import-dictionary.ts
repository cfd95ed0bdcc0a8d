import { ApertiumDixError, ApertiumFileError, decodeDix, heldAsStreamed, HunspellImportError, parseApertium, parseHunspellStreamed, type StreamedLexicon, unstorablePatternName } from '@paradigm/lexicons';

/** An uploaded dictionary: Hunspell's two files or Apertium's one. */
export type UploadedDictionary =
  | {
      readonly format: 'hunspell';
      readonly aff: { name: string; bytes: Uint8Array };
      readonly dic: { name: string; bytes: Uint8Array };
      /** Reject flags the .aff does not define and classes whose count disagrees with their rules (default: read them as libhunspell does). */
      readonly strict?: boolean;
    }
  | { readonly format: 'apertium'; readonly dix: { name: string; bytes: Uint8Array } };

/** A dictionary the importer rejects: the message names the file, the line and what is wrong. */
export class DictionaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictionaryError';
  }
}

/**
 * Reads an uploaded dictionary with the project's importers (a Hunspell dictionary's lexemes are read from its .dic again
 * as they are stored, never all held). `formLimit` is the lexicon's limit of forms per lexeme (`readFormLimit`), which
 * a .dix's pardefs nested past it are refused at (never below paradigm-core's default).
 * @throws {@link DictionaryError} when the files are not a dictionary the importer can read.
 */
export function parseDictionary(upload: UploadedDictionary, formLimit?: number): StreamedLexicon {
  const lexicon = readDictionary(upload, formLimit);
  const unstorable = unstorablePatternName(lexicon);
  if (unstorable !== undefined) throw new DictionaryError(unstorable);
  return lexicon;
}

function readDictionary(upload: UploadedDictionary, formLimit: number | undefined): StreamedLexicon {
  try {
    if (upload.format === 'hunspell') {
      return parseHunspellStreamed({ aff: upload.aff.bytes, dic: upload.dic.bytes, affName: upload.aff.name, dicName: upload.dic.name }, {
        strict: upload.strict ?? false,
      });
    }
    // Decoded as the CLIs read a .dix file: a byte order mark, the declared encoding, else UTF-8.
    return heldAsStreamed(parseApertium(decodeDix(upload.dix.bytes, upload.dix.name), upload.dix.name, formLimit === undefined ? {} : { maxFormsPerEntry: formLimit }));
  } catch (error) {
    if (error instanceof HunspellImportError || error instanceof ApertiumDixError || error instanceof ApertiumFileError) throw new DictionaryError(error.message);
    throw error;
  }
}
