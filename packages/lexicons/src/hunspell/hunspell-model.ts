/** How flags are written in an .aff/.dic pair (the `FLAG` option). */
export type FlagMode = 'char' | 'long' | 'num' | 'UTF-8';

/** One `PFX`/`SFX` rule line: `SFX flag strip add[/flags] condition [morph...]`. */
export interface AffixRule {
  /** Text removed from the word (empty for `0`). */
  readonly strip: string;
  /** Text added (empty for `0`). */
  readonly add: string;
  /** Continuation flags after `add/` (aliases already resolved). */
  readonly continuation: readonly string[];
  /** The condition as written in the file (`.` = any). */
  readonly condition: string;
  /** Morphological fields (`po:noun`, `is:plural`), aliases resolved. */
  readonly morph: readonly string[];
  /** 1-based line in the .aff file. */
  readonly line: number;
}

/** A `PFX`/`SFX` class: a header line and its rules. */
export interface AffixClass {
  readonly kind: 'PFX' | 'SFX';
  readonly flag: string;
  /** The header's cross-product field is `Y`. */
  readonly cross: boolean;
  readonly rules: AffixRule[];
  readonly line: number;
}

/** The flags of the .aff options that change which words exist. */
export interface SpecialFlags {
  readonly needAffix?: string;
  readonly forbiddenWord?: string;
  readonly onlyInCompound?: string;
  readonly circumfix?: string;
}

/** A conversion table entry (`ICONV`/`OCONV from to`). */
export interface Conversion {
  readonly from: string;
  readonly to: string;
}

/** Everything of an .aff file the importer uses. */
export interface AffixFile {
  readonly encoding: string;
  readonly flagMode: FlagMode;
  /**
   * The classes of each flag: one, or a `PFX` and an `SFX` class where the .aff gives one flag both (both
   * apply where the flag is carried), in file order.
   */
  readonly classes: ReadonlyMap<string, readonly AffixClass[]>;
  readonly special: SpecialFlags;
  /** Flags that mean something without being a class (special and compounding flags, COMPOUNDRULE flags). */
  readonly optionFlags: ReadonlySet<string>;
  /** `AF` flag-set aliases, index 1 = first alias; undefined without an `AF` table. */
  readonly flagAliases?: readonly (readonly string[])[];
  /** `AM` morphology aliases, index 1 = first alias; undefined without an `AM` table. */
  readonly morphAliases?: readonly (readonly string[])[];
  readonly outputConversion: readonly Conversion[];
  /** The `ICONV` table, which libhunspell's `spell()` applies to its input before the lookup. */
  readonly inputConversion: readonly Conversion[];
  /** `IGNORE` characters, removed from words and affixes. */
  readonly ignore: string;
  /** `FULLSTRIP`: a rule may strip the whole word. */
  readonly fullStrip: boolean;
  /** `COMPLEXPREFIXES`: two prefixes and one suffix instead of one prefix and two suffixes. */
  readonly complexPrefixes: boolean;
  /**
   * A character renamed into the rules and words in place of another (`for`), which the files hold: an
   * `OCONV` target applied before generating (conversion-renaming.ts). Undefined as read.
   */
  readonly standIn?: { readonly char: string; readonly for: string };
  /**
   * Where the file was read as libhunspell reads it but differs from what it says (a wrong class count, an
   * odd `FLAG long` field).
   */
  readonly warnings: readonly HunspellWarning[];
}

/** Something read as libhunspell reads it, though the file probably means something else. */
export interface HunspellWarning {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** What libhunspell does with it and how to fix the file. */
  readonly problem: string;
}

/** One .dic line. */
export interface DicEntry {
  readonly word: string;
  readonly flags: readonly string[];
  readonly morph: readonly string[];
  readonly line: number;
}
