import { compileGrammar, lexemeLabel, narrowGrammar, OwnTexts, reachable, type Grammar } from '@paradigm/core';
import type { NativeLexeme } from '../../native/native-lexicon';
import { type ExportPattern, NativeExportError } from '../native-export';
import { type AffixFile, dicWord, type EntryPlan, writeAffixFile } from './affix-file';
import { generateWords, LexemeWords } from './lexeme-words';
import { planPattern, type PatternPlan } from './pattern-plan';
import { type LineWords, ReadBack } from './read-back';

/** Options of {@link formatHunspell}. */
export interface HunspellExportOptions {
  /**
   * `false` (default): words Hunspell affix rules cannot make are written as plain words, and a lexeme
   * that cannot be written at all is left out, each listed with the reason. `true`: either is a
   * {@link NativeExportError}.
   */
  readonly strict?: boolean;
  /**
   * The forms one lexeme may generate (paradigm-core's `maxFormsPerLexeme`, default 100,000; `Infinity`
   * for none): the limit the worker computes the stored forms under (the lexicon's form limit), so that a
   * lexeme past it is left out here as it has no stored forms.
   */
  readonly maxFormsPerLexeme?: number;
}

/** A lexeme not written (wholly) as `stem/FLAGS`, and why. */
export interface HunspellExportNote {
  readonly lexemeId: number;
  readonly lemma: string;
  readonly reason: string;
}

/** The files and what went into them. */
export interface HunspellExport {
  readonly aff: string;
  readonly dic: string;
  /** `PFX`/`SFX` classes in the .aff. */
  readonly classes: number;
  /** .dic entries `stem/FLAGS`, one per lexeme at most. */
  readonly affixEntries: number;
  /** .dic entries that are a plain word (no flags). */
  readonly wordEntries: number;
  /** Lexemes with words written as plain words, and why. */
  readonly asWords: readonly HunspellExportNote[];
  /** Lexemes not written, and why (their generation fails, or a word cannot be a .dic word). */
  readonly leftOut: readonly HunspellExportNote[];
  /** Lexemes that generate no word (no pattern, or no rule matches): nothing to write. */
  readonly empty: number;
}

/** Whether a pattern can be said in Hunspell, its continuations included. */
type Resolved = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** One lexeme on its way into the .dic. */
interface Planned {
  readonly lexeme: NativeLexeme;
  /** Its words as paradigm-core generates them (the forms the worker stores), each once, none empty. */
  readonly words: readonly string[];
  /** Its entry `stem/FLAGS`, for the patterns Hunspell can say, if any. */
  entry: EntryPlan | undefined;
  /** The words it is written with as plain words: those the entry does not make. */
  plain: readonly string[];
  /** Why there are plain words. */
  reason: string;
  /** Left out: its words do not read back from a .dic as themselves. */
  dropped: boolean;
}

/** A lexeme's words, generated: each can be a .dic word. */
interface Generated {
  /** Each word once, in first order. */
  readonly words: ReadonlySet<string>;
  /** The words as generated, by pattern run: which of them the patterns Hunspell can say make. */
  readonly collected: LexemeWords;
  /** The lexeme's stem in NFC, and whether a .dic entry can start with it. */
  readonly stem: string;
  readonly stemWritable: boolean;
  /** Whether Hunspell can say each of the lexeme's patterns (empty when the stem is not writable). */
  readonly reasons: readonly Resolved[];
}

/** A lexeme the survey found not written, by its place in the readings: its id, why ({@link EMPTY}: it has no word), and the words it generated. */
interface Unwritten {
  readonly id: number;
  readonly reason: string;
  readonly words: number;
}

/** The reason of an {@link Unwritten} lexeme that generates no word. */
const EMPTY = '';

const UNWRITABLE = /[\t\r\n]/;

function quoted(words: readonly string[]): string {
  const shown = words.slice(0, 3).map((word) => JSON.stringify(word));
  return words.length > 3 ? `${shown.join(', ')} and ${words.length - 3} more` : shown.join(', ');
}

/**
 * A lexicon as a Hunspell dictionary (`.aff` + `.dic`, UTF-8) whose words are exactly the words
 * paradigm-core generates for it: the forms the worker stores (empty forms aside: Hunspell has no empty
 * word).
 *
 * Each pattern becomes `PFX`/`SFX` classes (see `planPattern`: a rule per rule, `cross` as `Y`,
 * continuations as continuation flags, `[needaffix]` and `[circumfix]` as the `NEEDAFFIX` and `CIRCUMFIX`
 * flags, cells as morphological fields), and a lexeme one entry `stem/FLAGS`, with `NEEDAFFIX` when none
 * of its patterns keeps the stem as a word (see `writeAffixFile` for the options and flags).
 *
 * What affix rules cannot say is written as plain words, one flagless entry each (unless `strict`): the
 * words of a lexeme's patterns that use templates, ablaut, reduplication, two affix operations in a rule
 * or repeated condition positions. Then the files are read back with the Hunspell importer and each
 * lexeme's words compared with paradigm-core's: a lexeme whose entry reads back as other words (a
 * derivation deeper than libhunspell's two suffixes and one prefix, `[LR]` and `[RL]` that cancel out, a
 * cross combination with a pattern written as words, text that is no longer NFC once joined) is written
 * wholly as plain words, and one whose plain words do not read back either (a word with blanks at its
 * ends, which libhunspell keeps and `spell()` never finds) is left out.
 *
 * Lexemes come in the given order. One whose generation fails is left out, as the worker stores no forms
 * for it; so is one with a tab or line break in a word. One with no word is not written.
 *
 * @throws {@link NativeExportError} under `strict`, for the first lexeme not written as just `stem/FLAGS`.
 */
export function formatHunspell(patterns: readonly ExportPattern[], lexemes: Iterable<NativeLexeme>, options: HunspellExportOptions = {}): HunspellExport {
  const all = [...lexemes];
  const writer = new HunspellWriter(patterns, options);
  writer.survey(all);
  const body: string[] = [];
  for (let start = 0; start < all.length; start += HUNSPELL_WRITE_CHUNK) body.push(writer.write(all.slice(start, start + HUNSPELL_WRITE_CHUNK)));
  return writer.result(body);
}

/** Lexemes written (and read back) at a time by {@link formatHunspell}; what a caller reading pages should give {@link HunspellWriter.write}. */
export const HUNSPELL_WRITE_CHUNK = 10_000;

/**
 * Words read back at a time: the lexemes of a chunk are read back in parts of about this many words, so
 * that what a part holds (each word generated, then read back) does not grow with the words a lexeme has.
 * A chunk of 10,000 lexemes read back whole held 380,000 words for Hunspell fr and 2,100,000 for a
 * lexicon of 210 words a lexeme (peak RSS 538 MB; 183 MB in parts). The .aff is read back once for
 * every part ({@link ReadBack}), so a part costs little beyond its words: Hunspell hu_HU's sample of
 * every tenth lexeme peaked at 288 MB in parts of 200,000 words, 264 MB in parts of 50,000 and 261 MB
 * in parts of 20,000, the files byte for byte the same.
 */
const READ_BACK_WORDS = 50_000;

/**
 * {@link formatHunspell} for a lexicon too large to hold: it reads the lexemes twice, in the same order,
 * holding a chunk at a time. `survey` every lexeme first (what the .aff needs of them: the patterns their
 * entries take), then `write` them in chunks (their .dic lines, read back), then `result`.
 */
export class HunspellWriter {
  /** Every pattern compiled; from the first write, only those of the lexemes written ({@link narrow}). */
  private grammar: Grammar;
  private readonly ids: ReadonlyMap<string, number>;
  private plans: ReadonlyMap<string, PatternPlan>;
  private resolve: (name: string) => Resolved;
  /** The patterns of the lexemes the survey found written. */
  private readonly writtenPatterns = new Set<string>();
  /** The distinct pattern lists of the entries surveyed: all the .aff depends on. */
  private readonly entries = new Map<string, EntryPlan>();
  private aff: AffixFile | undefined;
  /** The .aff written, read back once for every part of the .dic. */
  private reader: ReadBack | undefined;
  private readonly leftOut: HunspellExportNote[] = [];
  private readonly asWords: HunspellExportNote[] = [];
  private affixEntries = 0;
  private wordEntries = 0;
  private empty = 0;
  private words = 0;
  /** The lexemes the survey found not written, by their place in the readings (counted by `surveyed` and `written`). */
  private readonly skipped = new Map<number, Unwritten>();
  private readonly reasons = new OwnTexts();
  private surveyed = 0;
  private written = 0;

  constructor(
    patterns: readonly ExportPattern[],
    private readonly options: HunspellExportOptions = {},
  ) {
    // Numbered here, whatever ids the patterns carry (stored ones do, with gaps where a pattern was deleted).
    // Without fingerprints, the compiled programs keep no pattern text (the export reads none).
    const { grammar, errors } = compileGrammar(
      patterns.map((pattern, index) => ({ ...pattern, id: index + 1 })),
      { fingerprints: false, maxFormsPerLexeme: options.maxFormsPerLexeme },
    );
    this.grammar = grammar;
    this.ids = new Map(patterns.map((pattern, index) => [pattern.name, index + 1]));
    const broken = new Map(errors.map((error) => [error.patternName, error.message]));
    const texts = new OwnTexts();
    this.plans = new Map<string, PatternPlan>(
      patterns.map((pattern) => {
        const error = broken.get(pattern.name);
        return [pattern.name, error === undefined ? planPattern(pattern, texts, (name) => this.ids.has(name)) : { kind: 'inexpressible', name: pattern.name, reason: `does not compile: ${error}` }];
      }),
    );
    this.resolve = resolver(this.plans);
  }

  /** The first reading: notes what the .aff needs of these lexemes (under `strict`, throws for the first that cannot be written). */
  survey(lexemes: Iterable<NativeLexeme>): void {
    if (this.aff !== undefined) throw new Error('survey every lexeme before the first write');
    for (const lexeme of lexemes) {
      const entry = this.surveyEntry(lexeme);
      if (entry !== undefined) this.entries.set(entry.patterns.join('\u0000'), { stem: '', patterns: entry.patterns });
    }
  }

  /** The second reading: the .dic lines of these lexemes (their entries and plain words), once they read back as their words. */
  write(lexemes: Iterable<NativeLexeme>): string {
    const aff = this.affixFile();
    this.reader ??= new ReadBack(aff.bytes, entriesDic(aff, [...this.entries.values()]), this.grammar.maxFormsPerLexeme);
    const parts: string[] = [];
    let planned: Planned[] = [];
    let words = 0;
    for (const lexeme of lexemes) {
      const item = this.plan(lexeme);
      if (item === undefined) continue;
      planned.push(item);
      words += item.words.length;
      if (words >= READ_BACK_WORDS) {
        parts.push(this.readBackPart(aff, this.reader, planned));
        planned = [];
        words = 0;
      }
    }
    if (planned.length > 0) parts.push(this.readBackPart(aff, this.reader, planned));
    return parts.join('');
  }

  /** The .aff, written once from the entries surveyed, after the grammar and plans are narrowed ({@link narrow}). */
  private affixFile(): AffixFile {
    if (this.aff === undefined) {
      this.narrow();
      this.aff = writeAffixFile(this.plans, [...this.entries.values()]);
      this.forgetRules();
    }
    return this.aff;
  }

  /**
   * Keeps of the grammar and the plans only what the lexemes the survey found written need: their patterns
   * and those these continue into. Most of hu_HU's lexemes pass the limit of forms and are left out, and
   * what the second reading holds besides (the .aff read back) made the whole grammar too much.
   */
  private narrow(): void {
    this.grammar = narrowGrammar(this.grammar, [...this.writtenPatterns].map((name) => this.ids.get(name) ?? 0));
    this.plans = continuedPlans(this.plans, this.writtenPatterns);
    this.resolve = resolver(this.plans);
  }

  /**
   * Lets the plans of the rules go once the .aff is written: the second reading asks only whether each
   * pattern kept can be said, known now (one not kept reads as not stored, as the narrowed plans have
   * it). hu_HU's sample of every tenth lexeme held 64,558 planned rules through it, beside the grammar the
   * .aff is read back with.
   */
  private forgetRules(): void {
    const known = new Map<string, Resolved>();
    for (const name of this.plans.keys()) known.set(name, this.resolve(name));
    this.plans = new Map();
    const unknown = resolver(this.plans);
    this.resolve = (name) => known.get(name) ?? unknown(name);
  }

  /** How many words the lexemes surveyed and written so far generate (each reading counts them again). */
  get generatedWords(): number {
    return this.words;
  }

  /** The .dic lines of `planned`, read back (see {@link readBack}), with what went into them counted. */
  private readBackPart(aff: AffixFile, reader: ReadBack, planned: Planned[]): string {
    const lines = readBack(aff, reader, planned, { toWords: (lexeme, reason) => this.toWords(lexeme, reason), leave: (lexeme, reason) => this.leave(lexeme, reason, true) });
    for (const item of planned) {
      if (item.dropped) continue;
      if (item.entry !== undefined) this.affixEntries++;
      if (item.plain.length === 0) continue;
      this.wordEntries += item.plain.length;
      this.asWords.push({ lexemeId: item.lexeme.id, lemma: item.lexeme.lemma, reason: item.reason });
    }
    return lines;
  }

  /** The files, from the .dic lines `write` returned (in order), and what went into them. */
  result(body: readonly string[]): HunspellExport {
    const aff = this.affixFile();
    const count = body.reduce((sum, lines) => sum + countLines(lines), 0);
    // The .dic is read back no more: the .aff's text is made without the read-back's grammar beside it.
    this.reader = undefined;
    return {
      aff: aff.bytes.toString('utf8'),
      // Line 1 is the entry count, by which libhunspell sizes its table: at least 1.
      dic: `${Math.max(count, 1)}\n${body.join('')}`,
      classes: aff.classes,
      affixEntries: this.affixEntries,
      wordEntries: this.wordEntries,
      asWords: this.asWords,
      leftOut: this.leftOut,
      empty: this.empty,
    };
  }

  /**
   * `lexeme`'s words, or why it is not written (with the note, when `record`). A lexeme not written gives
   * the same outcome from both readings, so the survey keeps it ({@link Unwritten}) and the write takes it
   * from there: most of hu_HU's lexemes pass the limit of forms, each after generating 100,000 of them.
   */
  private generate(lexeme: NativeLexeme, record: boolean): Generated | undefined {
    const ids = lexeme.patterns.map((name) => this.ids.get(name) ?? 0);
    const stem = (lexeme.stem ?? lexeme.lemma).normalize('NFC');
    const stemWritable = stem !== '' && !UNWRITABLE.test(stem);
    const reasons = stemWritable ? lexeme.patterns.map(this.resolve) : [];
    const saidIds = new Set(ids.filter((_, i) => reasons[i]?.ok === true));
    const generated = generateWords(this.grammar, { ...lexeme, patterns: ids }, saidIds);
    if (generated instanceof LexemeWords) {
      const words = generated.distinct();
      this.words += words.size;
      if (words.size === 0) return this.unwritten(lexeme, EMPTY, record, 0);
      for (const word of words) {
        if (UNWRITABLE.test(word)) return this.unwritten(lexeme, `its word ${JSON.stringify(word)} holds a tab or line break, which a .dic line cannot hold`, record, words.size);
      }
      return { words, collected: generated, stem, stemWritable, reasons };
    }
    const own = `${lexemeLabel(lexeme.id, lexeme.lemma)}: `;
    return this.unwritten(lexeme, `its generation fails, so it has no forms: ${generated.message.startsWith(own) ? generated.message.slice(own.length) : generated.message}`, record, 0);
  }

  /**
   * Notes `lexeme` as not written for `reason` ({@link EMPTY}: it has no word), after it generated `words`;
   * in the survey, keeps that for the write.
   */
  private unwritten(lexeme: NativeLexeme, reason: string, record: boolean, words: number): undefined {
    if (!record) this.skipped.set(this.surveyed, { id: lexeme.id, reason: this.reasons.of(reason), words });
    if (reason === EMPTY) {
      if (record) this.empty++;
    } else this.leave(lexeme, reason, record);
    return undefined;
  }

  /**
   * The entry the .aff needs for `lexeme`, if any (the first reading). Under `strict` the lexeme is
   * planned whole, so that the survey throws for the first lexeme not written as just `stem/FLAGS`.
   */
  private surveyEntry(lexeme: NativeLexeme): EntryPlan | undefined {
    const generated = this.generate(lexeme, false);
    this.surveyed++;
    if (generated === undefined) return undefined;
    for (const name of lexeme.patterns) this.writtenPatterns.add(name);
    return this.options.strict ? this.planned(lexeme, generated).entry : entryOf(lexeme, generated);
  }

  /** How `lexeme` goes into the .dic before it is read back; undefined when it is not written (the second reading). */
  private plan(lexeme: NativeLexeme): Planned | undefined {
    const skipped = this.skipped.get(this.written++);
    if (skipped !== undefined) {
      if (skipped.id !== lexeme.id) throw new Error(`HunspellWriter: lexeme ${lexeme.id} written where lexeme ${skipped.id} was surveyed; write the lexemes surveyed, in their order`);
      this.words += skipped.words;
      return this.unwritten(lexeme, skipped.reason, true, skipped.words);
    }
    const generated = this.generate(lexeme, true);
    return generated === undefined ? undefined : this.planned(lexeme, generated);
  }

  /** `lexeme`'s entry and plain words, from its words with those of the patterns Hunspell can say kept. */
  private planned(lexeme: NativeLexeme, generated: Generated): Planned {
    const words = [...generated.words];
    const item: Planned = { lexeme, words, entry: undefined, plain: words, reason: '', dropped: false };
    const { stem, reasons } = generated;
    if (!generated.stemWritable) {
      item.reason = this.toWords(lexeme, stem === '' ? 'its stem is empty, and a .dic entry needs a word' : `its stem ${JSON.stringify(stem)} holds a tab or line break`);
      return item;
    }
    item.entry = entryOf(lexeme, generated);
    if (item.entry !== undefined) {
      const said = generated.collected.said();
      item.plain = words.filter((word) => !said.has(word));
    }
    const problem = reasons.find((resolved): resolved is Resolved & { ok: false } => !resolved.ok);
    if (problem !== undefined && item.plain.length > 0) item.reason = this.toWords(lexeme, problem.reason);
    return item;
  }

  private fail(lexeme: NativeLexeme, reason: string): never {
    throw new NativeExportError(`${lexemeLabel(lexeme.id, lexeme.lemma)}: ${reason}`);
  }

  private leave(lexeme: NativeLexeme, reason: string, record: boolean): void {
    if (this.options.strict) this.fail(lexeme, reason);
    if (record) this.leftOut.push({ lexemeId: lexeme.id, lemma: lexeme.lemma, reason });
  }

  private toWords(lexeme: NativeLexeme, reason: string): string {
    return this.options.strict ? this.fail(lexeme, `${reason}; without --strict its words are written as plain words`) : reason;
  }
}

/** The entry `stem/FLAGS` of `lexeme`, for the patterns Hunspell can say, when its stem can start one and they make a word. */
function entryOf(lexeme: NativeLexeme, generated: Generated): EntryPlan | undefined {
  if (!generated.stemWritable || !generated.collected.anySaid()) return undefined;
  return { stem: generated.stem, patterns: lexeme.patterns.filter((_, i) => generated.reasons[i]!.ok) };
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * The .dic lines of `planned` (without the count line), once every lexeme's lines read back (with the
 * importer) as its words: each pass writes wholly as words the lexemes whose entry read back wrong, and
 * drops those whose words read back wrong. A lexeme changes at most twice, so the passes end. A line reads
 * the same alone as among other lines (the .aff written has no flag that joins entries, such as
 * FORBIDDENWORD), so lexemes can be read back a chunk at a time.
 */
function readBack(
  aff: AffixFile,
  reader: ReadBack,
  planned: Planned[],
  notes: { toWords: (lexeme: NativeLexeme, reason: string) => string; leave: (lexeme: NativeLexeme, reason: string) => void },
): string {
  let dic = dicText(aff.entryLine, planned);
  for (let changed = true; changed; ) {
    changed = false;
    const back = reader.words(dic.text);
    planned.forEach((item, index) => {
      if (item.dropped) return;
      const difference = compareWords(item.words, back, dic.lines[index]!);
      if (difference === undefined) return;
      changed = true;
      if (item.entry !== undefined) {
        const reason = `its entry ${JSON.stringify(aff.entryLine(item.entry))} reads back as other words than its patterns make (${difference}); ${DERIVATION_LIMITS}`;
        item.reason = notes.toWords(item.lexeme, item.reason === '' ? reason : `${item.reason}; and ${reason}`);
        item.entry = undefined;
        item.plain = item.words;
      } else {
        notes.leave(item.lexeme, `its words do not read back from a .dic as themselves (${difference}); a word with blanks at either end is no word for libhunspell`);
        item.dropped = true;
      }
    });
    if (changed) dic = dicText(aff.entryLine, planned);
  }
  return dic.text.slice(dic.text.indexOf('\n') + 1);
}

/** A .dic of one line for each of `entries` (their stems aside): what {@link ReadBack} makes its word patterns from. */
function entriesDic(aff: AffixFile, entries: readonly EntryPlan[]): string {
  return `${Math.max(entries.length, 1)}\n${entries.map((entry) => `${aff.entryLine({ ...entry, stem: 'x' })}\n`).join('')}`;
}

/** Why an entry of expressible patterns may still make other words than paradigm-core. */
const DERIVATION_LIMITS = 'Hunspell applies at most two suffixes and one prefix, knows no [LR]/[RL], and combines only cross classes of one entry';

/** The .dic for `planned`: an entry line and plain-word lines per lexeme; `lines[i]` is where lexeme i's are (1-based, end excluded). */
function dicText(entryLine: (entry: EntryPlan) => string, planned: readonly Planned[]): { text: string; lines: { start: number; end: number }[] } {
  const body: string[] = [];
  const lines = planned.map((item) => {
    const start = body.length + 2;
    if (!item.dropped) {
      if (item.entry !== undefined) body.push(entryLine(item.entry));
      for (const word of item.plain) body.push(dicWord(word));
    }
    return { start, end: body.length + 2 };
  });
  // Line 1 is the entry count, by which libhunspell sizes its table: at least 1.
  return { text: `${Math.max(body.length, 1)}\n${body.map((line) => `${line}\n`).join('')}`, lines };
}

/** undefined when the lines read back as exactly `words`; otherwise what differs. */
function compareWords(words: readonly string[], back: ReadonlyMap<number, LineWords>, lines: { start: number; end: number }): string | undefined {
  const read = new Set<string>();
  for (let line = lines.start; line < lines.end; line++) {
    const got = back.get(line);
    if (got === undefined) continue;
    if (got.kind === 'error') return got.message;
    for (const word of got.words) read.add(word);
  }
  const missing = words.filter((word) => !read.has(word));
  // `words` are distinct: when all were read back and as many were read, nothing else was.
  if (missing.length === 0 && read.size === words.length) return undefined;
  const ours = new Set(words);
  const extra = [...read].filter((word) => !ours.has(word));
  const parts = [missing.length > 0 ? `missing ${quoted(missing)}` : '', extra.length > 0 ? `extra ${quoted(extra)}` : ''];
  return parts.filter((part) => part !== '').join('; ');
}

/** The plans of `names` and of the patterns they continue into, directly or not, in the order of `plans` (the .aff's). */
function continuedPlans(plans: ReadonlyMap<string, PatternPlan>, names: Iterable<string>): Map<string, PatternPlan> {
  const kept = reachable(names, function* (name) {
    const plan = plans.get(name);
    if (plan === undefined || plan.kind === 'inexpressible') return;
    for (const affixClass of plan.classes) for (const rule of affixClass.rules) yield* rule.continuations;
  });
  return new Map([...plans].filter(([name]) => kept.has(name)));
}

/** Whether each pattern can be said, following its continuations (memoised; cycles do not compile). */
function resolver(plans: ReadonlyMap<string, PatternPlan>): (name: string) => Resolved {
  const done = new Map<string, Resolved>();
  const resolve = (name: string): Resolved => {
    const known = done.get(name);
    if (known !== undefined) return known;
    done.set(name, { ok: true });
    const plan = plans.get(name);
    let result: Resolved = { ok: true };
    if (plan === undefined) result = { ok: false, reason: `pattern "${name}" is not stored` };
    else if (plan.kind === 'inexpressible') result = { ok: false, reason: `pattern "${name}" ${plan.reason}` };
    else {
      const next = plan.classes.flatMap((affixClass) => affixClass.rules.flatMap((rule) => rule.continuations));
      for (const target of next) {
        const resolved = resolve(target);
        if (!resolved.ok) {
          result = { ok: false, reason: `pattern "${name}" continues into "${target}"; ${resolved.reason}` };
          break;
        }
      }
    }
    done.set(name, result);
    return result;
  };
  return resolve;
}
