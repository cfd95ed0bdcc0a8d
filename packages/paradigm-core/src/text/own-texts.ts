/**
 * One string per distinct text, each a copy of its own. What a compiled grammar, or an export's plan of
 * every rule, keeps for long repeats a few texts many times (hu_HU's 136,000 rules hold a few thousand
 * distinct cells, affixes and conditions). A copy, because V8 keeps a substring of 13 or more characters
 * as a slice of the whole string: a rule's cell kept its pattern's entire text alive (hu_HU's 118,000
 * cells held 23 MB of pattern text). JSON's parser makes a new string of the characters.
 */
export class OwnTexts {
  private readonly kept = new Map<string, string>();

  /** `text`'s one copy. */
  of(text: string): string {
    let own = this.kept.get(text);
    if (own === undefined) {
      own = JSON.parse(JSON.stringify(text)) as string;
      this.kept.set(own, own);
    }
    return own;
  }
}
