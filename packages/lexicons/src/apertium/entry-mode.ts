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

/** The attributes of an `<e>` that decide its mode. */
export interface EntryAttributes {
  readonly r?: string;
  readonly v?: string;
  readonly vl?: string;
  readonly vr?: string;
  readonly i?: string;
  readonly alt?: string;
}

/** The entry's mode, or `null` when lt-expand skips it (`i="yes"`, any `alt`, or a variant that excludes it). */
export function entryMode(attributes: EntryAttributes): EntryMode | null {
  // Named reads, not a lookup by a name in a variable: that lookup, missing on almost every <e>, was
  // 4% of reading urd.
  const r = attributes.r ?? '';
  const v = attributes.v ?? '';
  const vl = attributes.vl ?? '';
  const vr = attributes.vr ?? '';
  if (attributes.i === 'yes' || (attributes.alt ?? '') !== '') return null;
  if ((v !== '' && r === 'RL') || (vl !== '' && vr !== '') || (vl !== '' && r === 'RL') || (vr !== '' && r === 'LR')) return null;
  const start: Direction = r === 'LR' || (v !== '' && r !== 'RL') || vl !== '' ? 'LR' : r === 'RL' || vr !== '' ? 'RL' : 'both';
  const par: Direction = r === 'LR' ? 'LR' : r === 'RL' ? 'RL' : 'both';
  return MODES[start][par];
}

/** The nine modes, shared: one object per entry was 15,000 objects that live as long as the document (urd). */
const MODES = Object.fromEntries(
  (['both', 'LR', 'RL'] as const).map((start) => [start, Object.fromEntries((['both', 'LR', 'RL'] as const).map((par) => [par, { start, par }]))]),
) as Record<Direction, Record<Direction, EntryMode>>;
