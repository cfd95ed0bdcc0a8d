const POSITIONS = new Set(['line', 'column', 'nameColumn']);

/** `value` (a pattern's syntax tree, say) without its source positions, which only messages use. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !POSITIONS.has(key)).map(([key, field]) => [key, withoutPositions(field)]));
}
