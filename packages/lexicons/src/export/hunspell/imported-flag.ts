/**
 * The flag a pattern written by the Hunspell importer came from: `sfx:A` and `pfx:A` are class `A`, and a
 * character other than a letter or digit is spelled `_HEX_` (`sfx:_21_` is `!`). Level-2 copies
 * (`sfx:A:2`) and every other name give undefined.
 */
export function importedFlag(patternName: string): string | undefined {
  const match = /^(?:sfx|pfx):((?:[A-Za-z0-9]|_[0-9a-f]+_)+)$/.exec(patternName);
  if (match === null) return undefined;
  const codes = [...match[1]!.matchAll(/_([0-9a-f]+)_|./g)].map((part) => (part[1] === undefined ? part[0].codePointAt(0)! : Number.parseInt(part[1], 16)));
  return codes.every((code) => code <= 0x10ffff) ? String.fromCodePoint(...codes) : undefined;
}
