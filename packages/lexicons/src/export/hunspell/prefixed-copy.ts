/**
 * The base of a pattern the Hunspell importer writes for a suffix class reached from a prefix rule, a copy
 * whose conditions ask for the prefix's characters more (`sfx:X:prefixed-ADD-NEED` of `sfx:X`, with `:met` after it
 * where the prefix meets the class's NEEDAFFIX; see
 * `Prefixed` in the importer's build-lexicon): libhunspell tests such a suffix on the root, and the longer
 * conditions say that of the prefixed word. An export writes a prefix's continuation into the copy as one
 * into its base, which libhunspell reads with the same words and the importer reads back as the copy
 * again. Any other name, or a copy whose base `exists` does not know, is its own.
 */
export function prefixedCopyBase(name: string, exists: (name: string) => boolean): string {
  const match = /^(.+):prefixed-\d+-\d+(?::met)?$/.exec(name);
  return match !== null && exists(match[1]!) ? match[1]! : name;
}
