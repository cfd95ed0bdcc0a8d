import { expandApertiumBytes, expandApertiumText, parseApertium, readApertiumFile } from '@paradigm/lexicons';
import { URD_DIX } from './support/lt-expand';

describe('expandApertiumBytes', () => {
  const lexicon = parseApertium(readApertiumFile(URD_DIX), URD_DIX);
  const text = [...expandApertiumText(lexicon)].join('');

  // Small chunks: the buffer is reused for every chunk and grows for a lexeme's lines past its size.
  it.each([1, 64, 1 << 15])('gives the UTF-8 bytes of the text, in chunks of about %i characters', (chunkChars) => {
    const chunks: Buffer[] = [];
    // Each chunk is valid until the next is asked for: copied as it comes.
    for (const chunk of expandApertiumBytes(lexicon, { chunkChars })) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(Buffer.from(text, 'utf8'))).toBe(true);
    if (chunkChars === 1) expect(chunks.length).toBe(lexicon.lexemes.length);
  });
});
