/**
 * `count` with the noun that agrees with it, for the counts in messages: `plural(1, 'pattern')` is
 * `1 pattern`, `plural(2, 'pattern')` is `2 patterns`, `plural(0, 'entry', 'entries')` is `0 entries`.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
