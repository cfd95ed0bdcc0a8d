import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { scanDix } from '../../src/apertium/dix-scanner';
import { URD_DIX } from './support/lt-expand';

/** What a reader of the document sees: tags with their attributes and places, text, comments. */
function scanned(text: string): string[] | false {
  const events: string[] = [];
  const ok = scanDix(text, {
    open: (tag, line, column) => events.push(`<${tag.name} ${JSON.stringify(tag.attributes)}${tag.isSelfClosing ? '/' : ''} ${line}:${column}`),
    close: (tag) => events.push(`</${tag.name}`),
    text: (value) => events.push(`"${value}`),
    comment: (value) => events.push(`!${value}`),
  });
  return ok && merged(events);
}

/** The same through saxes, placing each tag as the .dix reader does. */
function parsed(text: string): string[] {
  const events: string[] = [];
  const parser = new SaxesParser({ position: true });
  let at = '';
  parser.on('opentagstart', (tag) => (at = `${parser.line}:${Math.max(1, parser.column - tag.name.length - 1)}`));
  parser.on('opentag', (tag) => events.push(`<${tag.name} ${JSON.stringify(tag.attributes)}${tag.isSelfClosing ? '/' : ''} ${at}`));
  parser.on('closetag', (tag) => events.push(`</${tag.name}`));
  parser.on('text', (value) => events.push(`"${value}`));
  parser.on('comment', (value) => events.push(`!${value}`));
  parser.write(text).close();
  // saxes also reports the blank text around the root element, which no reader uses.
  const inside = events.slice(events.findIndex((event) => event.startsWith('<')), events.length - [...events].reverse().findIndex((event) => event.startsWith('</')));
  return merged(events.slice(0, events.findIndex((event) => event.startsWith('<'))).filter((event) => !event.startsWith('"')).concat(inside));
}

/** Adjacent text events as one. */
function merged(events: string[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    if (event.startsWith('"') && out.length > 0 && out[out.length - 1].startsWith('"')) out[out.length - 1] += event.slice(1);
    else out.push(event);
  }
  return out;
}

const FIXTURES = join(__dirname, 'fixtures');

describe('the plain .dix scanner', () => {
  it.each([...readdirSync(FIXTURES).map((name) => join(FIXTURES, name)), URD_DIX])('reports %s as saxes does', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(scanned(text)).toEqual(parsed(text));
  });

  it('reports entities in text, attributes across lines and a declaration as saxes does', () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- a -> b -->\n<dictionary>\n  <e lm="a>b"\n     r='LR'><i>x &lt;&amp;&quot;&apos;&gt; y</i><par n="p"/></e>\n</dictionary>\n`;
    expect(scanned(text)).toEqual(parsed(text));
  });

  it.each([
    ['CDATA', '<dictionary><![CDATA[x]]></dictionary>'],
    ['a DOCTYPE', '<!DOCTYPE dictionary>\n<dictionary/>'],
    ['a character reference', '<dictionary>&#65;</dictionary>'],
    ['an undefined entity', '<dictionary>&nbsp;</dictionary>'],
    ['an entity in an attribute', '<dictionary n="&amp;"/>'],
    ['a carriage return', '<dictionary>\r\n</dictionary>'],
    ['a character outside the BMP', '<dictionary>\u{1F600}</dictionary>'],
    ['a newline after a name', '<dictionary\n/>'],
    ['a repeated attribute', '<dictionary n="a" n="b"/>'],
    ['a mismatched end tag', '<dictionary><e></i></dictionary>'],
    ['an unclosed element', '<dictionary><e>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['a comment with --', '<!-- a -- b --><a/>'],
    [']]> in text', '<a>]]></a>'],
    ['a namespaced name', '<a x:y="1"/>'],
    ['a processing instruction', '<a><?pi x?></a>'],
  ])('declines %s, leaving it to saxes', (_what, text) => {
    expect(scanned(text)).toBe(false);
  });
});
