import { ApertiumDixError } from '@paradigm/lexicons';
import { dixFiles } from './support/dix-files';
import { ltExpandVerdict, ourExpand } from './support/lt-expand';

/** What {@link ourExpand} throws for `path`, as `FILE:LINE:COLUMN: ELEMENT: PROBLEM`. */
function refusal(path: string): string {
  try {
    ourExpand(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ApertiumDixError);
    return (error as Error).message;
  }
  throw new Error(`${path} was expanded`);
}

const SECTION = '<section id="main" type="standard">\n<e><i>a</i></e>\n</section>';

// XML allows a processing instruction anywhere outside tags; lt-expand (and lt-comp) read it as a node
// named for its target and stop, wherever it stands, even before the root element (the number in
// lt-expand's message is not the line).
describe('a processing instruction in a .dix', () => {
  const file = dixFiles('dix-pi-').write;

  it.each([
    ['before the root element', `<?xml version="1.0"?>\n<?top x?>\n<dictionary>\n${SECTION}\n</dictionary>\n`, '2:1: <?top?>', 'top', "Error (8): Invalid node '<top>'."],
    ['between entries', `<dictionary>\n<section id="main" type="standard">\n  <?pi  a b?><e><i>a</i></e>\n</section>\n</dictionary>\n`, '3:3: <?pi?>', 'pi', "Error (6): Invalid node '<pi>'."],
    ['inside text', `<dictionary>\n<section id="main" type="standard">\n<e><i>a<?q?></i></e>\n</section>\n</dictionary>\n`, '3:8: <?q?>', 'q', "Error (6): Invalid specification of element '<q>' in this context."],
  ])('%s is refused at its place, as lt-expand refuses the file', (_, text, at, target, theirs) => {
    const path = file(Buffer.from(text));
    expect(refusal(path)).toBe(`${path}:${at}: a processing instruction: lt-expand and lt-comp refuse the file ("Invalid node '<${target}>'"); remove it`);
    expect(ltExpandVerdict(path)).toBe(`error: ${theirs}`);
  });
});
