// What a HunspellWriter keeps while an export runs: it plans and compiles every pattern at its start, and
// keeps the plans and the grammar to the end. Hunspell hu_HU's 22,448 patterns (136,000 rules, 27 MB of
// text) made the export hold 160 MB of live heap (420-465 MB of RSS): the programs kept their source for
// fingerprints the export never reads, and each planned rule, made by object spread, had a hidden class
// of its own (its map, descriptor and property arrays: 39 MB). From its first write it keeps only what
// the lexemes the survey found written need.
import { keptByHunspellWriter, type KeptByWriter, RULES, TEXT_BYTES } from './support/heap-kept-by-hunspell-writer';

describe('HunspellWriter: what it keeps of its patterns', () => {
  let withText: KeptByWriter;
  let withoutText: KeptByWriter;
  let many: KeptByWriter;
  beforeAll(() => {
    withText = keptByHunspellWriter(true);
    withoutText = keptByHunspellWriter(false);
    many = keptByHunspellWriter(false, 400);
  });

  it("keeps none of the patterns' text", () => {
    expect(withText.strings - withoutText.strings).toBeLessThan(TEXT_BYTES / 10);
  });

  it('keeps a few hundred bytes a rule', () => {
    expect(withoutText.heap / RULES).toBeLessThan(500);
  });

  // Most of Hunspell hu_HU's lexemes pass the limit of forms and are left out: the .dic's reading holds
  // the grammar and plans of the patterns of the lexemes written, beside the .aff read back.
  it('keeps, once it writes, only the patterns of the lexemes written (1 of 400 here)', () => {
    expect(many.afterWrite).toBeLessThan(many.heap / 10);
  });
});
