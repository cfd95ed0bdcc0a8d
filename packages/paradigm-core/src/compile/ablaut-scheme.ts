import { nfc } from '../text/nfc';

/** A compiled `scheme NAME: FROM>TO, ...`: pairs ordered longest FROM first (the tie-break rule). */
export interface AblautScheme {
  readonly name: string;
  readonly pairs: readonly (readonly [from: string, to: string])[];
}

export function compileScheme(name: string, pairs: readonly (readonly [string, string])[]): AblautScheme {
  const ordered = pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => b.pair[0].length - a.pair[0].length || a.index - b.index)
    .map(({ pair }) => pair);
  return { name, pairs: ordered };
}

/** The pair whose FROM starts at `index` of `text` (longest first), or undefined. */
function pairAt(scheme: AblautScheme, text: string, index: number): readonly [string, string] | undefined {
  for (const pair of scheme.pairs) if (text.startsWith(pair[0], index)) return pair;
  return undefined;
}

/**
 * Replaces the rightmost FROM in `text`, by where it ends; at the same end the longest FROM wins, so
 * `ee>e, e>o` turns `feed` into `fed`. Null when no FROM occurs (the rule then yields no form).
 * The result is NFC when `normalizing` (the grammar's setting).
 */
export function applyScheme(scheme: AblautScheme, text: string, normalizing: boolean): string | null {
  for (let end = text.length; end > 0; end--) {
    for (const [from, to] of scheme.pairs) {
      if (!text.endsWith(from, end)) continue;
      const changed = text.slice(0, end - from.length) + to + text.slice(end);
      return normalizing ? nfc(changed) : changed;
    }
  }
  return null;
}

/** Replaces every FROM in `text`, left to right; null when none occurs. Used on skeleton literals. */
export function applySchemeEverywhere(scheme: AblautScheme, text: string): string | null {
  let out = '';
  let changed = false;
  for (let index = 0; index < text.length; ) {
    const pair = pairAt(scheme, text, index);
    if (pair) {
      out += pair[1];
      index += pair[0].length;
      changed = true;
    } else {
      out += text[index];
      index++;
    }
  }
  return changed ? out : null;
}
