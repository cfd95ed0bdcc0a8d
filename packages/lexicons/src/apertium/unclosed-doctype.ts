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
  const close = text.indexOf('>', doctype);
  const subset = text.indexOf('[', doctype);
  if (subset < 0 || (close >= 0 && close < subset)) return -1;
  SUBSET_TOKEN.lastIndex = subset + 1;
  for (let match = SUBSET_TOKEN.exec(text); match !== null; match = SUBSET_TOKEN.exec(text)) {
    if (match[0].startsWith(']')) return -1;
    if (match[0].startsWith('<') && !match[0].startsWith('<!')) return doctype;
  }
  return -1;
}
