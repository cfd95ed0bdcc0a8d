/**
 * The ways a looked-up text may be stored: as given, composed (NFC) and decomposed (NFD), each once.
 * The worker stores forms in NFC (paradigm-core's default), lemmas are stored as they were loaded, and a
 * terminal or a file may hand either form of "é": a lookup that compared code points alone would miss.
 */
export function spellings(text: string): string[] {
  return [...new Set([text, text.normalize('NFC'), text.normalize('NFD')])];
}
