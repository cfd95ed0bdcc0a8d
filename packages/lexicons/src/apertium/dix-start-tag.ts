/** An XML name as the plain .dix readers accept it: no colon, ASCII only. */
export const XML_NAME = '[A-Za-z_][A-Za-z0-9_.-]*';

const START_TAG = new RegExp(`<(${XML_NAME})((?:[ \\t\\n]+${XML_NAME}[ \\t\\n]*=[ \\t\\n]*(?:"[^"<&\\t\\n]*"|'[^'<&\\t\\n]*'))*)[ \\t\\n]*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`(${XML_NAME})[ \\t\\n]*=[ \\t\\n]*(?:"([^"]*)"|'([^']*)')`, 'g');

/** A start tag read by {@link readStartTag}. */
export interface StartTag {
  readonly name: string;
  /** The attributes as written, `null` when there are none. */
  readonly attributes: Readonly<Record<string, string>> | null;
  readonly selfClosing: boolean;
  /** Where the text after its `>` starts. */
  readonly end: number;
}

/**
 * The start tag whose `<` is at `lt`, or `null` where it leaves what the plain readers check exactly as
 * saxes does: names and attribute names without colons, values without `<`, `&`, tabs or newlines, no
 * attribute twice, no newline right after the name (saxes places such a tag on the next line).
 */
export function readStartTag(text: string, lt: number): StartTag | null {
  START_TAG.lastIndex = lt;
  const match = START_TAG.exec(text);
  if (!match) return null;
  const name = match[1]!;
  if (text.charCodeAt(lt + 1 + name.length) === 0x0a) return null;
  let attributes: Record<string, string> | null = null;
  const written = match[2]!;
  if (written !== '') {
    attributes = {};
    ATTRIBUTE.lastIndex = 0;
    for (let attribute = ATTRIBUTE.exec(written); attribute !== null; attribute = ATTRIBUTE.exec(written)) {
      const key = attribute[1]!;
      if (Object.hasOwn(attributes, key)) return null;
      attributes[key] = attribute[2] ?? attribute[3]!;
    }
  }
  return { name, attributes, selfClosing: match[3] === '/', end: START_TAG.lastIndex };
}
