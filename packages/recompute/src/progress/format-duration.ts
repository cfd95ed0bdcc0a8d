/** A duration for people: `4.2s` under ten seconds, `42s` under a minute, then `3m05s`. */
export function formatDuration(seconds: number): string {
  if (seconds < 59.5) return `${seconds.toFixed(seconds < 9.95 ? 1 : 0)}s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}
