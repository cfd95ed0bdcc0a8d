import { nfc } from '../text/nfc';


/**
 * A compiled template skeleton: literal text and radical slots in order. `parts` alternates freely
 * between strings (literals) and numbers (0-based radical indexes), so building a form is one pass.
 */
export interface Skeleton {
  /** The skeleton as written, for error messages. */
  readonly source: string;
  readonly parts: readonly (string | number)[];
  /** True for `C1`-style slots: the root needs at least {@link Skeleton.radicals} radicals. */
  readonly numbered: boolean;
  /** Unnumbered: the exact radical count needed. Numbered: the highest radical index used. */
  readonly radicals: number;
}

/** Why a skeleton does not parse; the compiler adds the position. */
export class SkeletonProblem extends Error {}

/** Parses `C-a-C-a-C`, `maC1C2uuC3`, `\C` (a literal C); `-` only separates and is dropped. */
export function parseSkeleton(source: string): Skeleton {
  const chars = Array.from(source);
  const parts: (string | number)[] = [];
  let literal = '';
  let unnumbered = 0;
  let highest = 0;
  let numberedSeen = false;
  const flush = (): void => {
    if (literal !== '') parts.push(literal);
    literal = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '-') continue;
    if (ch === '\\') {
      if (i + 1 >= chars.length) throw new SkeletonProblem(`the skeleton "${source}" ends with a lone backslash`);
      literal += chars[++i];
    } else if (ch === 'C') {
      let digits = '';
      while (i + 1 < chars.length && chars[i + 1] >= '0' && chars[i + 1] <= '9') digits += chars[++i];
      flush();
      if (digits === '') {
        parts.push(unnumbered++);
      } else {
        const index = Number(digits);
        if (index < 1) throw new SkeletonProblem(`slot C${digits} in "${source}": radicals count from C1`);
        // Past 2^53 the number is no longer exact, and no root has that many radicals.
        if (!Number.isSafeInteger(index)) throw new SkeletonProblem(`slot C${digits} in "${source}": the number is too large for a radical of any root`);
        numberedSeen = true;
        highest = Math.max(highest, index);
        parts.push(index - 1);
      }
    } else {
      literal += ch;
    }
  }
  flush();
  if (numberedSeen && unnumbered > 0)
    throw new SkeletonProblem(`the skeleton "${source}" mixes C and C1-style slots; number all slots or none`);
  if (!numberedSeen && unnumbered === 0)
    throw new SkeletonProblem(`the skeleton "${source}" has no slot C; write \\C for a literal C`);
  return skeletonOf(source, parts, numberedSeen, numberedSeen ? highest : unnumbered);
}

/** Maps the skeleton's literals with `map`; returns undefined when `map` changed none of them. */
export function mapLiterals(skeleton: Skeleton, map: (literal: string) => string | null): Skeleton | undefined {
  let changed = false;
  const parts = skeleton.parts.map((part) => {
    if (typeof part === 'number') return part;
    const mapped = map(part);
    if (mapped === null) return part;
    changed = true;
    return mapped;
  });
  return changed ? skeletonOf(skeleton.source, parts, skeleton.numbered, skeleton.radicals) : undefined;
}

/**
 * Every skeleton is made here, its fields in one order, so all share one V8 map: a copy by spread (an
 * ablaut template's) got a map of its own, which `fillSkeleton` then had to check for, or be thrown away
 * at when it first met one after it was optimized.
 */
function skeletonOf(source: string, parts: readonly (string | number)[], numbered: boolean, radicals: number): Skeleton {
  return { source, parts, numbered, radicals };
}

/** Builds the form from `root` (already checked against the skeleton); NFC when `normalizing`. */
export function fillSkeleton(skeleton: Skeleton, root: readonly string[], normalizing: boolean): string {
  let out = '';
  for (const part of skeleton.parts) out += typeof part === 'number' ? root[part] : part;
  return normalizing ? nfc(out) : out;
}
