/**
 * A number as the report's tables print it: from 1,000 up, the whole number with thousands separators
 * (1234567.8 -> `1,234,568`); below, four significant digits without trailing zeros (0.93312 -> `0.9331`,
 * 17.4539 -> `17.45`). Integers are always printed whole, so an artifact's counts read exactly.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) || Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return String(Number(n.toPrecision(4)));
}

/** A ratio or speed-up as `x1.234` (three decimals). */
export function formatTimes(n: number): string {
  return `x${n.toFixed(3)}`;
}

/** The 1-minute load average of `os.loadavg()`-like triples, or of a single figure; `not recorded` when absent. */
export function formatLoad(...loads: (readonly number[] | number | undefined)[]): string {
  const first = loads.map((l) => (typeof l === 'number' ? l : l?.[0])).filter((l): l is number => l !== undefined);
  return first.length === 0 ? 'not recorded' : `load ${first.map((l) => l.toFixed(2)).join(' → ')}`;
}

/** An ISO 8601 timestamp as `2026-11-27 05:44 UTC` (to the minute); anything else as it is. */
export function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
