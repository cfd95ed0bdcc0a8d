import { nfc } from './nfc';

/**
 * How text is normalised: `NFC` (the default) normalises pattern sources, lexemes and every form;
 * `none` keeps every code point as written, for importers that must reproduce their source byte for
 * byte (an Apertium .dix may hold U+0651 U+064E, which lt-expand prints as written).
 */
export type Normalization = 'NFC' | 'none';

/** How the compiler treats text under a {@link Normalization}, chosen once per grammar. */
export interface TextRules {
  readonly mode: Normalization;
  /** The text as the grammar sees it. */
  readonly normalize: (text: string) => string;
}

const NFC_RULES: TextRules = { mode: 'NFC', normalize: nfc };
const RAW_RULES: TextRules = { mode: 'none', normalize: (text) => text };

/** The rules for `mode`; throws for anything but `NFC` or `none` (a configuration bug). */
export function textRules(mode: Normalization | undefined): TextRules {
  if (mode === undefined || mode === 'NFC') return NFC_RULES;
  if (mode === 'none') return RAW_RULES;
  throw new TypeError(`normalize: ${JSON.stringify(mode)} is not a normalisation; use 'NFC' (the default) or 'none'`);
}
