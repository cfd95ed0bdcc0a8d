import type { Direction } from '@paradigm/core';

/**
 * How lt-expand (run without `-a`/`-v`/`-l`/`-r`, so every alternative and variant is unset) treats an
 * `<e>`: which list its first item starts in (`start`: printed as `surf:anal`, `surf:>:anal` or
 * `surf:<:anal`) and how it combines with the pardefs it references (`par`, from `r=`). Mirrors the
 * conditions of lttoolbox 3.7.1 `Expander::procEntry`.
 */
export interface EntryMode {
  readonly start: Direction;
  readonly par: Direction;
}

/** The entry's mode, or `null` when lt-expand skips it (`i="yes"`, any `alt`, or a variant that excludes it). */
export function entryMode(attr: (name: string) => string): EntryMode | null {
  const r = attr('r');
  const v = attr('v');
  const vl = attr('vl');
  const vr = attr('vr');
  if (attr('i') === 'yes' || attr('alt') !== '') return null;
  if ((v !== '' && r === 'RL') || (vl !== '' && vr !== '') || (vl !== '' && r === 'RL') || (vr !== '' && r === 'LR')) return null;
  const start: Direction = r === 'LR' || (v !== '' && r !== 'RL') || vl !== '' ? 'LR' : r === 'RL' || vr !== '' ? 'RL' : 'both';
  const par: Direction = r === 'LR' ? 'LR' : r === 'RL' ? 'RL' : 'both';
  return MODES[start][par];
}

/** The nine modes, shared: one object per entry was 15,000 objects that live as long as the document (urd). */
const MODES = Object.fromEntries(
  (['both', 'LR', 'RL'] as const).map((start) => [start, Object.fromEntries((['both', 'LR', 'RL'] as const).map((par) => [par, { start, par }]))]),
) as Record<Direction, Record<Direction, EntryMode>>;
