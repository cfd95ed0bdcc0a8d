/** Series colours, in order: distinguishable, and readable on white and in grey print. */
export const PALETTE = ['#3366cc', '#dc7633', '#2e9e5b', '#a04ec0', '#c0392b', '#7f8c8d', '#b7950b', '#17a2b8', '#6d4c41', '#e91e63'] as const;

/** The `i`-th series colour (cycling). */
export function seriesColour(i: number): string {
  return PALETTE[i % PALETTE.length];
}

/** `colour` at `alpha` opacity, for bands and fills behind lines. */
export function translucent(colour: string, alpha: number): string {
  const n = Number.parseInt(colour.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
