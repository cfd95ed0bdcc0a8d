import { ApertiumDixError, parseApertium } from '@paradigm/lexicons';

// An entity declared in the .dix's DOCTYPE is not expanded (saxes reads no DTD; lt-expand stops on it
// with "Invalid specification of element '<hs>'"). The error said "undefined entity ... the file is not
// well-formed XML", wrong about an entity the file declares and with no way on; it names the fix now.
describe('a .dix using an entity its DOCTYPE declares', () => {
  it('is refused at the reference, saying which entities are read and what to write instead', () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE dictionary [ <!ENTITY hs "house"> ]>\n<dictionary>\n' +
      '<section id="main" type="standard">\n<e lm="house"><i>&hs;</i></e>\n</section>\n</dictionary>\n';
    let error: unknown;
    try {
      parseApertium(text, 'x.dix');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApertiumDixError);
    expect((error as ApertiumDixError).message).toBe(
      'x.dix:5:22: XML: undefined entity, inside <i> opened at line 5: ' +
        "only XML's own entities (&amp; &lt; &gt; &quot; &apos;) and character references (&#233;) are read, not entities declared in a DOCTYPE (lt-expand stops on them too); write the text itself in place of the entity",
    );
  });
});
