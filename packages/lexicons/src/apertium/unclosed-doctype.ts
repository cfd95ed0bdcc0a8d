/** In a DOCTYPE before any internal subset: quoted literals (skipped), the subset's `[`, or the DOCTYPE's end. */
const HEAD_TOKEN = /"[^"]*"|'[^']*'|\[|>/g;
/** In a DOCTYPE's internal subset: quoted values and comments (skipped), its end `]>`, or an element's start. */
const SUBSET_TOKEN = /"[^"]*"|'[^']*'|<!--[^]*?-->|\]\s*>|<[A-Za-z_]/g;

/**
 * Where the `<!DOCTYPE` of `text` is when its internal subset (`[`...) is not closed by `]>` before an
 * element starts; -1 otherwise. An internal subset holds declarations only, so an element start in it
 * means its end is missing. saxes then reads the document into the DOCTYPE, up to some later `]` and `>`
 * or to the end of the file, and its error names another place.
 */
export function unclosedDoctype(text: string): number {
  const doctype = text.indexOf('<!DOCTYPE');
  if (doctype < 0) return -1;
  HEAD_TOKEN.lastIndex = doctype;
  let head = HEAD_TOKEN.exec(text);
  while (head !== null && head[0].length > 1) head = HEAD_TOKEN.exec(text);
  if (head === null || head[0] === '>') return -1;
  SUBSET_TOKEN.lastIndex = head.index + 1;
  for (let match = SUBSET_TOKEN.exec(text); match !== null; match = SUBSET_TOKEN.exec(text)) {
    if (match[0].startsWith(']')) return -1;
    if (match[0].startsWith('<') && !match[0].startsWith('<!')) return doctype;
  }
  return -1;
}
