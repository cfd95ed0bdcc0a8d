/** How the exported files write flags: the `FLAG` option (absent for one character per flag). */
export type ExportFlagMode = 'char' | 'long' | 'num';

/** Flag names for an exported dictionary, and how a set of them is written after a `/`. */
export interface FlagNames {
  readonly mode: ExportFlagMode;
  /** The `FLAG` line of the .aff, or undefined for one character per flag. */
  readonly affLine: string | undefined;
  /** The flags, one per slot asked for, all different. */
  readonly flags: readonly string[];
  /** A flag field: the flags side by side, or comma-separated under `FLAG num`. */
  join(flags: readonly string[]): string;
}

// Letters first: hunspell-reader takes an all-digit flag field for an AF alias number before it takes it
// for flags, and every tool reads one ASCII letter per flag the same way (unmunch reads only this mode).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SIZE = ALPHABET.length;
const MAX_NUM = 65_000;

function candidates(mode: ExportFlagMode): (index: number) => string {
  if (mode === 'char') return (i) => ALPHABET[i]!;
  if (mode === 'long') return (i) => ALPHABET[Math.floor(i / SIZE)]! + ALPHABET[i % SIZE]!;
  return (i) => String(i + 1);
}

function fits(mode: ExportFlagMode, flag: string): boolean {
  if (mode === 'num') return /^[1-9]\d*$/.test(flag) && Number(flag) <= MAX_NUM;
  const length = mode === 'char' ? 1 : 2;
  return flag.length === length && Array.from(flag).every((char) => ALPHABET.includes(char));
}

/**
 * `count` distinct flags in the simplest mode that has room for them: one ASCII letter or digit each (62,
 * the mode unmunch and every other Hunspell tool read), else two of them (`FLAG long`, 3,844), else
 * numbers (`FLAG num`, up to 65,000). `preferred[i]`, when it is a flag of that mode and no earlier slot
 * took it, names slot i (a class imported from `SFX A` is written as `A` again); the other slots take the
 * first free flags in order.
 */
export function flagNames(count: number, preferred: readonly (string | undefined)[] = []): FlagNames {
  const mode: ExportFlagMode = count <= SIZE ? 'char' : count <= SIZE * SIZE ? 'long' : 'num';
  if (count > MAX_NUM) throw new RangeError(`${count} flags do not fit in FLAG num (1 to ${MAX_NUM})`);
  const flags: (string | undefined)[] = new Array(count).fill(undefined);
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const flag = preferred[i];
    if (flag !== undefined && fits(mode, flag) && !taken.has(flag)) {
      flags[i] = flag;
      taken.add(flag);
    }
  }
  const next = candidates(mode);
  let candidate = 0;
  for (let i = 0; i < count; i++) {
    if (flags[i] !== undefined) continue;
    while (taken.has(next(candidate))) candidate++;
    flags[i] = next(candidate);
    taken.add(flags[i]!);
  }
  const separator = mode === 'num' ? ',' : '';
  return { mode, affLine: mode === 'char' ? undefined : `FLAG ${mode}`, flags: flags as string[], join: (chosen) => chosen.join(separator) };
}
