const ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** `raw` (XML text) with its five predefined entities decoded, or `null` for any other `&`. */
export function decodeEntities(raw: string): string | null {
  let ok = true;
  const value = raw.replace(/&([a-z]*);?/g, (whole, name: string) => {
    const replacement = whole.endsWith(';') ? ENTITIES.get(name) : undefined;
    if (replacement === undefined) ok = false;
    return replacement ?? whole;
  });
  return ok ? value : null;
}

/** Comments, CDATA sections and processing instructions, where `&` is text; or an `&` that starts no reference (`&name;`, `&#N;`, `&#xH;`). */
const BARE_AMPERSAND = /<!--[^]*?-->|<!\[CDATA\[[^]*?\]\]>|<\?[^]*?\?>|&(?![A-Za-z_][\w.-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g;

/**
 * Where the first `&` of `text` is that starts no entity or character reference (`a & b`, `&amp` without
 * its `;`); -1 when there is none. saxes reads the rest of such a document as the reference's name and
 * reports only that the document ends inside an element.
 */
export function firstBareAmpersand(text: string): number {
  BARE_AMPERSAND.lastIndex = 0;
  for (let match = BARE_AMPERSAND.exec(text); match !== null; match = BARE_AMPERSAND.exec(text)) {
    if (match[0] === '&') return match.index;
  }
  return -1;
}

/** Text between markup as XML reads it: its entities decoded, or `null` for an unknown entity or a `]]>`. */
export function xmlText(raw: string): string | null {
  if (raw.includes(']]>')) return null;
  return raw.includes('&') ? decodeEntities(raw) : raw;
}
