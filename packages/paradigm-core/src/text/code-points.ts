/** Length in UTF-16 code units of the code point that ends just before `end` (2 for a surrogate pair). */
export function widthBefore(text: string, end: number): number {
  if (end < 2) return 1;
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}
