// Small .dix files generated from seeds, expanded by us (the whole-file path and, where it takes the
// file, the entry-by-entry one) and by lt-expand, compared byte for byte. They have several pardefs,
// nested <par>s (to pardefs above, no cycles), <par>s in series and text after them, r="LR"/"RL" on
// pardef and dictionary entries, <i>, <p> (with empty <l/> and <r/>), <re>, <ig>, the marks <b/> <j/>
// <a/> <m/> <g> <d/> <t/> <w/>, tags, the characters lt-expand escapes (first in a text node too), XML
// entities and character references, Latin, Devanagari and Urdu letters (one not NFC) and letters outside
// the BMP, skipped entries (i="yes", alt), variants (v, vl, vr), c, lm, sections of every type,
// whitespace (CRLF too) and comments between elements, pardefs opened again after use and pardefs
// defined after a section.
// Left out are the differences docs/lexicons.md ("Differences from lt-expand") lists:
// - a comment inside <p> (lt-expand stops with `Expected '<r>'`);
// - a one-way entry with nothing in its direction followed by more: a <par> of an r="LR" entry to a pardef
//   with no unrestricted or LR item (r="RL": no unrestricted or RL item) is the entry's last node;
// - a pardef that refers to itself (rejected here), and newer lttoolbox features (lt-expand rejects them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandDix, readApertiumFile } from '@paradigm/lexicons';
import { Rng } from '../../src';
import { drainChunks } from './support/drain-chunks';
import { ltExpand, ourExpand } from './support/lt-expand';

/** Seeds run (`GEN_SEEDS=3000` for a longer run). `GEN_DIR=DIR` writes the files there and keeps them, to reproduce a failure. */
const SEEDS = Number(process.env.GEN_SEEDS ?? 300);
const TAGS = ['n', 'sg', 'pl', 'vblex', 'adj', 'f_m'];
/** Text as written in the XML: letters (é written decomposed too, not NFC), reserved characters, entities, character references. */
const LETTERS = ['a', 'b', 'o', 'é', 'e\u0301', 'ñ', 'क', 'ि', 'ب', 'ٹ', 'ی', 'ّ', '𝔸', '😀'];
const RESERVED = ['^', '$', '/', '&lt;', '&gt;', '{', '}', '\\', '*', '@', '#', '+', '~', ':'];
const REFERENCES = ['&amp;', '&quot;', '&apos;', '&#233;', '&#x915;', '&#58;', '&#x3C;', '&#x1F600;', ' '];
const MARKS = ['<b/>', '<j/>', '<a/>', '<m/>', '<d/>', '<t/>', '<w/>'];
const SECTION_TYPES = ['standard', 'inconditional', 'postblank', 'preblank'];

/**
 * What a pardef's lists hold, kept known so that no one-way <par> with nothing in its direction is
 * followed by more: `full` starts with an unrestricted entry (its unrestricted list is never empty),
 * `LR` and `RL` have only entries of that direction, whose <par>s name `full` pardefs or pardefs of the
 * same direction (nothing unrestricted, nothing the other way).
 */
type Kind = 'full' | 'LR' | 'RL';

interface GeneratedPardef {
  readonly name: string;
  readonly kind: Kind;
  /** How many forms it has at most, so that files stay small (<par>s in series multiply them). */
  size: number;
}

/** The most forms a pardef entry and a dictionary entry may have. */
const MAX_FORMS = { pardef: 40, dictionary: 400 };

/** One generated .dix file's text. */
function generatedDix(seed: number): string {
  const rng = new Rng(seed);
  const chance = (p: number) => rng.chance(p);
  const pick = <T>(items: readonly T[]): T => rng.pick(items);
  const text = (min: number, max: number): string =>
    Array.from({ length: rng.between(min, max) }, () => {
      const roll = rng.next();
      return pick(roll < 0.6 ? LETTERS : roll < 0.85 ? RESERVED : REFERENCES);
    }).join('');
  const tag = () => `<s n="${pick(TAGS)}"${chance(0.1) ? ' ' : ''}/>`;
  /** Whitespace or a comment between elements (`comments: false` where a comment is a documented difference). */
  const gap = (comments = true): string => {
    const roll = rng.next();
    if (roll < 0.55) return '';
    if (roll < 0.8 || !comments) return pick([' ', '\n  ', '\n\t\t', '  ', '\r\n']);
    return pick([' <!-- c --> ', '<!--x-->', '\n  <!-- <e> & -->\n  ']);
  };
  /** Text with marks, and tags where `tags`; `<g>` holds text and marks. */
  const inline = (tags: boolean, max: number): string =>
    Array.from({ length: rng.between(0, max) }, () => {
      const roll = rng.next();
      if (roll < 0.6) return text(1, 3);
      if (roll < 0.8) return pick(MARKS);
      if (roll < 0.9 || !tags) return `<g>${chance(0.5) ? '<b/>' : ''}${text(1, 2)}${chance(0.3) ? `<b/>${text(1, 2)}` : ''}</g>`;
      return tag();
    }).join('');
  const side = (name: 'l' | 'r'): string => {
    const content = name === 'l' ? inline(chance(0.1), 3) : `${inline(chance(0.1), 3)}${Array.from({ length: rng.between(0, 3) }, tag).join('')}${chance(0.1) ? text(1, 2) : ''}`;
    return content === '' && chance(0.5) ? `<${name}/>` : `<${name}>${content}</${name}>`;
  };
  const pair = () => `<p>${gap(false)}${side('l')}${gap(false)}${side('r')}${gap(false)}</p>`;
  const literal = (): string => {
    const roll = rng.next();
    if (roll < 0.3) return chance(0.05) ? '<i/>' : `<i>${inline(true, 3)}</i>`;
    if (roll < 0.85) return pair();
    if (roll < 0.93) return `<ig>${inline(false, 2)}</ig>`;
    return `<re>${pick(['[0-9]+([.,][0-9]+)?', '(a|b)*', 'x?y', '[a-zé]', '\\.', '<x>{2}', '^$'].map((re) => re.replace(/</g, '&lt;').replace(/>/g, '&gt;')))}</re>`;
  };

  const pardefs: GeneratedPardef[] = [];
  /** Pardefs whose entries may be added to by opening them again. */
  const reopenable: GeneratedPardef[] = [];
  const attributes = (kind: Kind | 'any', dictionary: boolean): { text: string; par: 'both' | 'LR' | 'RL' } => {
    const parts: string[] = [];
    let par: 'both' | 'LR' | 'RL' = 'both';
    if (kind !== 'any' && kind !== 'full') {
      parts.push(`r="${kind}"`);
      par = kind;
    } else if (kind === 'any') {
      const roll = rng.next();
      if (roll < 0.15) par = 'LR';
      else if (roll < 0.3) par = 'RL';
      if (par !== 'both') parts.push(`r="${par}"`);
      if (chance(0.05)) parts.push('i="yes"');
      if (chance(0.04)) parts.push(pick(['alt="std"', 'alt=""']));
      for (const variant of ['v', 'vl', 'vr']) if (chance(0.05)) parts.push(`${variant}="${pick(['x', 'y'])}"`);
    }
    if (chance(0.1)) parts.push('c="a comment &amp; more"');
    if (dictionary && chance(0.6)) parts.push(`lm="${text(1, 3)}"`);
    if (chance(0.05)) parts.push(pick(['a="someone"', 'slr="x"', 'srl="y"', 'w="2"']));
    return { text: parts.map((part) => ` ${part}`).join(''), par };
  };
  /**
   * An entry of a pardef of `kind` (or of the dictionary: `any`), whose <par>s name pardefs in
   * `targets`: up to `maxPars` of them, in series, with text between and after them.
   */
  const entry = (kind: Kind | 'any', targets: readonly GeneratedPardef[], maxPars: number, dictionary: boolean): { text: string; forms: number } => {
    const { text: attrs, par } = attributes(kind, dictionary);
    // A one-way pardef's entries name pardefs that keep its unrestricted list empty and its own one not.
    const usable = kind === 'LR' || kind === 'RL' ? targets.filter((target) => target.kind === 'full' || target.kind === kind) : targets;
    let pars = usable.length === 0 ? 0 : rng.between(0, maxPars);
    let forms = 1;
    const items: string[] = [];
    let last = false;
    for (let count = rng.between(pars > 0 ? 0 : 1, 3) + pars; count > 0 && !last; count--) {
      const small = usable.filter((target) => forms * target.size <= MAX_FORMS[dictionary ? 'dictionary' : 'pardef']);
      if (pars > 0 && small.length > 0 && (count === pars || chance(0.4))) {
        pars--;
        const target = pick(small);
        forms *= target.size;
        items.push(`<par n="${target.name}"/>`);
        // A one-way entry's <par> to a pardef with nothing in its direction drops the entry; lt-expand
        // then reads nothing after it (documented).
        last = par !== 'both' && target.kind !== 'full' && target.kind !== par;
      } else items.push(literal());
    }
    const body = items.map((item) => `${gap()}${item}`).join('');
    return { text: `<e${attrs}>${body}${gap(!last)}</e>`, forms };
  };
  const pardef = (self: GeneratedPardef, targets: readonly GeneratedPardef[], opening: number): string => {
    const entries: string[] = [];
    const count = rng.between(1, 4);
    for (let i = 0; i < count; i++) {
      // A full pardef's first entry is unrestricted and ends up in its unrestricted list (its <par>s name full pardefs only).
      const first = self.kind === 'full' && opening === 1 && i === 0;
      const made = first ? entry('full', targets.filter((t) => t.kind === 'full'), 1, false) : entry(self.kind === 'full' ? 'any' : self.kind, targets, 2, false);
      entries.push(made.text);
      self.size += made.forms;
    }
    const c = chance(0.1) ? ' c="pardef comment"' : '';
    return `<pardef n="${self.name}"${c}>${entries.map((e) => `${gap()}${e}`).join('')}${gap()}</pardef>`;
  };
  const pardefBlock = (): string => {
    const defined: string[] = [];
    for (let count = rng.between(1, 4); count > 0; count--) {
      if (reopenable.length > 0 && chance(0.25)) {
        // Opened again: its new entries name only pardefs other than itself.
        const again = pick(reopenable);
        defined.push(pardef(again, pardefs.filter((p) => p !== again), 2));
        continue;
      }
      const roll = rng.next();
      const self: GeneratedPardef = { name: `${pick(['p', 'n__', 'v_', 'ہ', 'à'])}${pardefs.length}`, kind: roll < 0.75 ? 'full' : roll < 0.875 ? 'LR' : 'RL', size: 0 };
      defined.push(pardef(self, [...pardefs], 1));
      pardefs.push(self);
      reopenable.push(self);
    }
    return `<pardefs>${defined.map((d) => `${gap()}${d}`).join('')}${gap()}</pardefs>`;
  };
  let sections = 0;
  const section = (): string => {
    const entries = Array.from({ length: rng.between(1, 6) }, () => entry('any', pardefs, 3, true).text);
    return `<section id="s${++sections}" type="${pick(SECTION_TYPES)}">${entries.map((e) => `${gap()}${e}`).join('')}${gap()}</section>`;
  };

  const parts = [`<sdefs>${TAGS.map((t) => `${gap()}<sdef n="${t}"${chance(0.1) ? ' c="tag"' : ''}/>`).join('')}${gap()}</sdefs>`];
  // A section before any pardef: its entries have no <par>s.
  if (chance(0.1)) parts.push(section());
  parts.push(pardefBlock(), section());
  for (let more = rng.between(0, 2); more > 0; more--) {
    if (chance(0.5)) parts.push(pardefBlock());
    parts.push(section());
  }
  const declaration = chance(0.5) ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  const alphabet = chance(0.3) ? `<alphabet>abcé</alphabet>${gap()}` : '';
  return `${declaration}<dictionary>${gap()}${alphabet}${parts.map((p) => `${p}${gap()}`).join('')}</dictionary>\n`;
}

/** What `run` returns, or the first line of what it threw. */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    const message = (error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message;
    return `failed: ${message.trim().split('\n')[0]}`;
  }
}

/** The first line at which `ours` and `theirs` differ, both sides shown. */
function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  const i = at === -1 ? a.length : at;
  return `line ${i + 1}: ours ${JSON.stringify(a[i])}, lt-expand ${JSON.stringify(b[i])}`;
}

describe(`${SEEDS} generated .dix files`, () => {
  let dir: string;
  beforeAll(() => {
    dir = process.env.GEN_DIR ?? mkdtempSync(join(tmpdir(), 'generated-dix-'));
  });
  afterAll(() => {
    if (!process.env.GEN_DIR) rmSync(dir, { recursive: true, force: true });
  });

  it('expand to lt-expand’s bytes, whole or entry by entry', () => {
    const differences: string[] = [];
    let lines = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const file = join(dir, `${seed}.dix`);
      writeFileSync(file, generatedDix(seed));
      const theirs = outcome(() => ltExpand(file));
      const ours = outcome(() => ourExpand(file));
      lines += theirs.split('\n').length - 1;
      if (ours !== theirs) differences.push(`seed ${seed}: ${firstDifference(ours, theirs)}`);
      const chunks = outcome(() => {
        const bytes = expandDix(readApertiumFile(file), file);
        if (bytes === null) return theirs;
        const { text, thrown } = drainChunks(bytes);
        if (thrown) throw thrown;
        return text;
      });
      if (chunks !== theirs) differences.push(`seed ${seed}, entry by entry: ${firstDifference(chunks, theirs)}`);
    }
    expect(differences).toEqual([]);
    // The files expand to lines at all (a generator that made none would pass).
    expect(lines).toBeGreaterThan(SEEDS * 10);
  });
});
