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

/** Text between markup as XML reads it: its entities decoded, or `null` for an unknown entity or a `]]>`. */
export function xmlText(raw: string): string | null {
  if (raw.includes(']]>')) return null;
  return raw.includes('&') ? decodeEntities(raw) : raw;
}
