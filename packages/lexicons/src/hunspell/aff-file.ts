import { excerpt, plural } from '@paradigm/core';
import { parseCondition } from './affix-condition';
import { affTableKeyword, hashTableKeyword, readAffTable, type AffTableKeyword } from './aff-table';
import { resolveFlagField, resolveMorphFields } from './aliases';
import { decodeFlag, defaultForbiddenFlag, firstFlag, parseFlagMode, splitFlags, type FlagSite } from './flag-syntax';
import { removeIgnored } from './ignored-characters';
import { HunspellImportError } from './hunspell-import-error';
import { type FieldDecoder, shownField } from './text-encoding';
import type { AffixClass, AffixFile, AffixRule, Conversion, FlagMode, HunspellWarning, SpecialFlags } from './hunspell-model';

/** Options whose value is one flag that marks words without being an affix class (hunspell(5)). */
const FLAG_OPTIONS = [
  'NEEDAFFIX',
  'PSEUDOROOT',
  'FORBIDDENWORD',
  'ONLYINCOMPOUND',
  'CIRCUMFIX',
  'KEEPCASE',
  'FORCEUCASE',
  'NOSUGGEST',
  'WARN',
  'SUBSTANDARD',
  'LEMMA_PRESENT',
  'COMPOUNDFLAG',
  'COMPOUNDBEGIN',
  'COMPOUNDMIDDLE',
  'COMPOUNDEND',
  'COMPOUNDLAST',
  'COMPOUNDFIRST',
  'COMPOUNDPERMITFLAG',
  'COMPOUNDFORBIDFLAG',
  'COMPOUNDROOT',
] as const;

/**
 * Options libhunspell's affix reader reads as one value (`parse_string`, `parse_array`, `parse_num`): a
 * second definition, or the option without a value, fails and ends its reading of the .aff. It finds
 * them by the start of the line (`LANGUAGE x` is a `LANG`). `SET` and `IGNORE` are found once more,
 * apart, to decode the file and to drop the ignored characters.
 */
const VALUE_OPTIONS = ['KEY', 'TRY', 'SET', 'LANG', 'SYLLABLENUM', 'WORDCHARS', 'IGNORE', 'COMPOUNDWORDMAX', 'COMPOUNDMIN', 'MAXNGRAMSUGS', 'MAXDIFF', 'MAXCPDSUGS'] as const;

/** `COMPOUNDSYLLABLE` may be repeated, but without a value it too ends libhunspell's reading. */
const REPEATABLE_VALUE_OPTIONS = ['COMPOUNDSYLLABLE'] as const;

/** Every option of one value the affix reader checks, repeatable or not. */
const ALL_VALUE_OPTIONS = [...VALUE_OPTIONS, ...REPEATABLE_VALUE_OPTIONS];

/** The one-value options libhunspell's dictionary reader reads in its own pass ({@link dictionaryReaderStop}). */
const HASH_VALUE_OPTIONS = ['FORBIDDENWORD', 'SET', 'LANG', 'IGNORE'] as const;

/** The options of {@link FLAG_OPTIONS} that libhunspell 1.7 reads, by the variable each sets. */
function flagOptionSlot(option: string, complexPrefixes: boolean): string | undefined {
  if (option === 'COMPOUNDFIRST' || option === 'COMPOUNDLAST') return undefined;
  if (option === 'PSEUDOROOT') return 'NEEDAFFIX';
  // With COMPLEXPREFIXES above it, COMPOUNDBEGIN sets the variable of COMPOUNDEND and the reverse.
  if (complexPrefixes && option === 'COMPOUNDBEGIN') return 'COMPOUNDEND';
  if (complexPrefixes && option === 'COMPOUNDEND') return 'COMPOUNDBEGIN';
  return option;
}

/**
 * A line of the .aff split into fields (none for a blank line). libhunspell separates fields by spaces and
 * tabs only (`mystrsep`): a vertical tab or form feed is part of a field. Lines are split as they are
 * read, not all up front: fields for every line of fr.aff (6,000 lines) lived through the whole parse and
 * were most of what the garbage collector copied.
 */
function fieldsOf(raw: string): string[] {
  const trimmed = raw.replace(/^[ \t]+|[ \t]+$/g, '');
  return trimmed === '' ? [] : trimmed.split(/[ \t]+/);
}

/**
 * Whether the line may be an option or a class header: libhunspell compares the start of the line with
 * each keyword, so an indented ` SFX A Y 1` or ` NEEDAFFIX X` is no option. (Rules and table entries are
 * read by the line above them and may be indented.)
 */
function startsAtColumnOne(raw: string): boolean {
  return raw[0] !== ' ' && raw[0] !== '\t';
}

/**
 * Where libhunspell's dictionary reader stops its pass over the .aff (`HashMgr::load_config`), and why:
 * at a REP, AF or AM table it fails on, a second SET, LANG or IGNORE, or one of these or FORBIDDENWORD
 * without its value. From that line on it reads no FLAG, AF, AM or IGNORE; the affix reader goes on.
 */
function dictionaryReaderStop(lines: readonly string[], show: (text: string) => string): { index: number; reason: string; fix: string } | undefined {
  const seen = new Map<string, number>();
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const table = hashTableKeyword(raw);
    const value = table === undefined ? HASH_VALUE_OPTIONS.find((name) => raw.startsWith(name)) : undefined;
    if (table === undefined && value === undefined) continue;
    const name = (table ?? value)!;
    const line = index + 1;
    const first = seen.get(name);
    // FORBIDDENWORD may be repeated: the dictionary reader keeps the last one.
    if (first !== undefined && name !== 'FORBIDDENWORD') return { index, reason: `a second ${name} (the first is at line ${first})`, fix: 'keep one' };
    seen.set(name, line);
    if (value !== undefined) {
      if (fieldsOf(raw).length < 2) return { index, reason: `${value} without a value`, fix: `write "${value} value"` };
      continue;
    }
    const read = readAffTable(lines, index, table!, fieldsOf, show);
    if (read.kind === 'broken') return { index, reason: read.reason, fix: read.fix };
    index = read.lastIndex;
  }
  return undefined;
}

/** The fields of the first line whose first field is `option`, and its 1-based number. */
function findOption(lines: readonly string[], option: string): { fields: string[]; line: number } | undefined {
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.startsWith(option)) continue;
    const fields = fieldsOf(lines[index]!);
    if (fields[0] === option) return { fields, line: index + 1 };
  }
  return undefined;
}

/** The message of the place libhunspell's dictionary reader stops at ({@link dictionaryReaderStop}), 1-based `line`. */
function hashReadsNoFurther(stop: { reason: string; fix: string }, line: number, file: string): string {
  return `${stop.reason}; libhunspell's dictionary reader reads no FLAG, AF, AM or IGNORE from there on (${file} from line ${line}), though its affix reader goes on; ${stop.fix}`;
}

/** Hunspell writes an empty strip or affix as `0`. */
function zeroIsEmpty(text: string): string {
  return text === '0' ? '' : text;
}

/** Fields after a `#` are a comment. */
function withoutComment(fields: readonly string[]): string[] {
  const end = fields.findIndex((field) => field.startsWith('#'));
  return end < 0 ? [...fields] : fields.slice(0, end);
}

/** Flags named by a `COMPOUNDRULE` line: `(xx)` groups for long/num flags, else every character but `*?`. */
function compoundRuleFlags(rule: string): string[] {
  if (rule.includes('(')) return [...rule.matchAll(/\(([^)]*)\)/g)].map((match) => match[1]!);
  return Array.from(rule).filter((char) => char !== '*' && char !== '?');
}

/**
 * Parses a decoded .aff file. Only options that change which words exist are interpreted; suggestion and
 * compounding options are skipped (their flags are still known, so .dic entries may carry them).
 *
 * A class is read as libhunspell reads it: the header's count of lines after it, blank lines and comments
 * included. When one of them is no rule of the class (the count is too high), libhunspell drops the class;
 * when a rule is left over (too low), it reads the rule as a header with a bad count; either way it reads
 * no further, so later classes and options do not exist for it. Measured with `Hunspell::spell()`: with
 * `SFX B Y 3` over two rules, neither rule nor any later class applies. That is a warning here, or under
 * `strict` an error.
 */
export function parseAffFile(text: string, encoding: string, decode: FieldDecoder, file: string, strict = false): AffixFile {
  // Every line, blank ones and comments included: inside a class they count as rule lines. The newline
  // that ends the last line starts no line of its own.
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const hashStop = dictionaryReaderStop(lines, (text) => shownField(text, encoding));
  // What the dictionary reader reads: the lines above the place it stops.
  const hashLines = hashStop === undefined ? lines : lines.slice(0, hashStop.index);
  const flagLine = findOption(hashLines, 'FLAG');
  const flagMode: FlagMode = flagLine ? parseFlagMode(flagLine.fields[1], { file, line: flagLine.line }) : 'char';
  const ignoreLine = findOption(hashLines, 'IGNORE');
  const ignore = ignoreLine?.fields[1] === undefined ? '' : decode(ignoreLine.fields[1], file, ignoreLine.line);
  // Rules repeat their continuation fields and conditions (fr.aff: 5,600 rules, 241 distinct conditions).
  const continuations = new Map<string, string[]>();
  const conditions = new Map<string, ReturnType<typeof parseCondition>>();
  // How libhunspell reads a condition depends on these, wherever in the file they are set.
  const utf8 = encoding === 'UTF-8';
  const complexPrefixesSet = findOption(lines, 'COMPLEXPREFIXES') !== undefined;

  const classes = new Map<string, AffixClass[]>();
  const optionValues = new Map<string, string>();
  const optionFlags = new Set<string>();
  const outputConversion: Conversion[] = [];
  const inputConversion: Conversion[] = [];
  let flagAliases: string[][] | undefined;
  let morphAliases: string[][] | undefined;
  let fullStrip = false;
  let complexPrefixes = false;
  // Where each table, flag option and value option was first defined: libhunspell reads one of each.
  const tableLines = new Map<AffTableKeyword, number>();
  const flagOptionLines = new Map<string, number>();
  const valueOptionLines = new Map<string, number>();

  const singleFlag = (value: string | undefined, site: FlagSite, option: string): string | undefined => {
    if (value === undefined) {
      throw new HunspellImportError(site.file, site.line, `${option} needs a flag value, e.g. "${option} X"`);
    }
    // libhunspell's decode_flag takes the first flag of the value and reads no further: sv_SE.aff writes
    // `NEEDAFFIX ¤` without FLAG UTF-8, two bytes of which the first is the flag.
    return firstFlag(flagMode, value, site, warn);
  };
  // Where libhunspell stops reading (a class whose count disagrees with its rules): a warning, or under
  // `strict` an error.
  let stopped: HunspellWarning | undefined;
  // Flag fields read as libhunspell reads them though they break the FLAG syntax: warnings, or under
  // `strict` errors.
  const flagWarnings: HunspellWarning[] = [];
  const warn = strict ? undefined : (warning: HunspellWarning): void => void flagWarnings.push(warning);
  const stop = (line: number, problem: string): void => {
    if (strict) throw new HunspellImportError(file, line, problem);
    stopped = { file, line, problem };
  };
  const readsNoFurther = (line: number): string => `reads no further (${file} from line ${line} on is ignored)`;
  const continuationOf = (field: string, site: FlagSite): string[] => {
    let flags = continuations.get(field);
    if (flags === undefined) {
      flags = resolveFlagField(flagMode, flagAliases, field, site, warn);
      continuations.set(field, flags);
    }
    return flags;
  };
  // Rules repeat their fields (fr.aff: 5,835 rules, most of whose strips, affixes and conditions are
  // not ASCII): each distinct field is decoded once. Only fields that decode are kept, so a bad one
  // fails at its first line as before.
  const decoded = new Map<string, string>();
  const decodeField = (field: string, line: number): string => {
    let text = decoded.get(field);
    if (text === undefined) {
      text = decode(field, file, line);
      decoded.set(field, text);
    }
    return text;
  };
  const parseRule = (kind: 'PFX' | 'SFX', fields: readonly string[], line: number): AffixRule => {
    const site = { file, line };
    const [, , rawStrip, affix, rawCondition = '.', ...rawMorph] = fields;
    const slash = affix!.indexOf('/');
    const add = decodeField(slash < 0 ? affix! : affix!.slice(0, slash), line);
    const strip = decodeField(rawStrip!, line);
    const condition = decodeField(rawCondition, line);
    const morph = withoutComment(rawMorph).map((field) => decodeField(field, line));
    const key = `${kind} ${condition}`;
    let parsed = conditions.get(key);
    if (parsed === undefined) {
      parsed = parseCondition(condition, { kind, utf8, complexPrefixes: complexPrefixesSet });
      conditions.set(key, parsed);
    }
    if (parsed.kind === 'bad') {
      throw new HunspellImportError(file, line, `bad condition "${excerpt(condition)}": ${parsed.reason}; Hunspell conditions use ".", literals and [...] / [^...] sets`);
    }
    return {
      strip: removeIgnored(zeroIsEmpty(strip), ignore),
      add: removeIgnored(zeroIsEmpty(add), ignore),
      continuation: slash < 0 ? [] : continuationOf(affix!.slice(slash + 1), site),
      condition,
      morph: resolveMorphFields(morphAliases, morph),
      line,
    };
  };
  const show = (text: string): string => shownField(text, encoding);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const fields = fieldsOf(lines[index]!);
    if (fields.length === 0 || fields[0]!.startsWith('#') || !startsAtColumnOne(lines[index]!)) continue;
    const option = fields[0]!;
    const site = { file, line };
    const table = affTableKeyword(lines[index]!);
    if (table !== undefined) {
      const first = tableLines.get(table);
      if (first !== undefined) {
        stop(line, `a second ${table} table (the first is at line ${first}); libhunspell reads one and ${readsNoFurther(line)}; merge the two tables and correct the count in line ${first}`);
        break;
      }
      tableLines.set(table, line);
      const read = readAffTable(lines, index, table, fieldsOf, show);
      if (table === 'ICONV' || table === 'OCONV') {
        const conversions = table === 'OCONV' ? outputConversion : inputConversion;
        read.rows.forEach((row, k) => conversions.push({ from: decode(row[1]!, file, line + k + 1), to: decode(row[2]!, file, line + k + 1) }));
      } else if (table === 'COMPOUNDRULE') {
        for (const row of read.rows) for (const flag of compoundRuleFlags(row[1]!)) optionFlags.add(flag);
      }
      if (read.kind === 'broken') {
        stop(read.line, `${read.reason}; libhunspell ${readsNoFurther(line)}; ${read.fix}`);
        break;
      }
      index = read.lastIndex;
      continue;
    }
    const valueOption = ALL_VALUE_OPTIONS.find((name) => lines[index]!.startsWith(name));
    if (valueOption !== undefined) {
      const first = valueOption === 'COMPOUNDSYLLABLE' ? undefined : valueOptionLines.get(valueOption);
      if (first !== undefined || fields.length < 2) {
        const reason = first !== undefined ? `a second ${valueOption} (the first is at line ${first})` : `${valueOption} without a value`;
        stop(line, `${reason}; libhunspell ${readsNoFurther(line)}; ${first !== undefined ? 'keep one of the two' : `write "${valueOption} value"`}`);
        break;
      }
      // parse_num counts a value of -1 as no definition (COMPOUNDMIN's is raised to 1 first).
      if (!(/^(COMPOUNDWORDMAX|MAX)/.test(valueOption) && Number.parseInt(fields[1]!, 10) === -1)) valueOptionLines.set(valueOption, line);
    }
    if ((FLAG_OPTIONS as readonly string[]).includes(option)) {
      const slot = flagOptionSlot(option, complexPrefixes);
      const first = slot === undefined ? undefined : flagOptionLines.get(slot);
      if (first !== undefined) {
        stop(line, `a second ${option} flag (the first is at line ${first}); libhunspell ${readsNoFurther(line)}; keep one of the two`);
        break;
      }
      const flag = singleFlag(fields[1], site, option);
      if (flag !== undefined) {
        optionValues.set(option, flag);
        optionFlags.add(flag);
        if (slot !== undefined) flagOptionLines.set(slot, line);
      }
    } else if ((option === 'AF' || option === 'AM') && hashStop !== undefined && index >= hashStop.index) {
      // Past the place the dictionary reader stops: no alias it reads.
    } else if (option === 'AF') {
      continuations.clear();
      if (flagAliases === undefined) flagAliases = [[]];
      else flagAliases.push(fields[1] === undefined ? [] : splitFlags(flagMode, fields[1], site, warn));
    } else if (option === 'AM') {
      if (morphAliases === undefined) morphAliases = [[]];
      else morphAliases.push(withoutComment(fields.slice(1)).map((field) => decode(field, file, line)));
    } else if (option === 'FULLSTRIP') {
      fullStrip = true;
    } else if (option === 'COMPLEXPREFIXES') {
      complexPrefixes = true;
    } else if (option === 'PFX' || option === 'SFX') {
      if (fields.length < 4) {
        throw new HunspellImportError(
          file,
          line,
          `${option} line has ${fields.length - 1} fields but needs at least 3: "${option} flag cross_product count" or "${option} flag strip affix [condition [morph...]]"`,
        );
      }
      // A flag no word can carry (libhunspell's flag 0) names a class that is read and never used.
      const flag = firstFlag(flagMode, fields[1]!, site, warn);
      // One flag may name a PFX and an SFX class (ro_RO.aff): libhunspell keeps them apart, and an entry or
      // continuation carrying the flag takes both.
      const sameFlag = flag === undefined ? undefined : classes.get(flag);
      const shown = flag ?? fields[1]!;
      const existing = sameFlag?.find((affixClass) => affixClass.kind === option);
      // libhunspell takes every PFX/SFX line outside a class as a header and reads exactly as many lines
      // after it as the header announces (atoi of the 4th field). Anything else ends its reading of the .aff.
      const count = Number.parseInt(fields[3]!, 10);
      if (!(count > 0)) {
        stop(
          line,
          `"${shownField(fields.join(' '), encoding)}" is no ${option} class header (its rule count "${shownField(fields[3]!, encoding)}" is no positive number) and no rule of the class before it; libhunspell ${readsNoFurther(line)}; write the header "${option} ${shown} Y|N number_of_rules" first, or correct the count of the class above`,
        );
        break;
      }
      const rules: AffixRule[] = [];
      for (let k = 1; k <= count && stopped === undefined; k++) {
        const ruleText = lines[index + k];
        if (ruleText === undefined) {
          stop(line, `${option} class "${shown}" announces ${plural(count, 'rule')} but ${file} ends after ${k - 1}; libhunspell drops the class and ${readsNoFurther(line)}; correct the count`);
          break;
        }
        const ruleFields = fieldsOf(ruleText);
        const ruleLine = line + k;
        if (ruleFields.length < 4 || (ruleFields[1] !== fields[1] && decodeFlag(flagMode, ruleFields[1]!, { file, line: ruleLine }) !== flag)) {
          const text = ruleFields.length === 0 ? 'a blank line' : `"${shownField(ruleFields.join(' '), encoding)}"`;
          stop(
            ruleLine,
            `${text} is no rule of ${option} class "${shown}", whose header (line ${line}) announces ${plural(count, 'rule')}; libhunspell drops the class and ${readsNoFurther(line)}; correct the count in line ${line}`,
          );
          break;
        }
        rules.push(parseRule(option, ruleFields, ruleLine));
      }
      if (stopped !== undefined) break;
      index += count;
      if (flag === undefined) continue;
      // A repeated header for the same flag adds rules to the class, as Hunspell does.
      if (existing !== undefined) existing.rules.push(...rules);
      else {
        const affixClass: AffixClass = { kind: option, flag, cross: fields[2] === 'Y', rules, line };
        if (sameFlag !== undefined) sameFlag.push(affixClass);
        else classes.set(flag, [affixClass]);
      }
    }
  }

  // Where the affix reader stops at the same line or above, that is the one warning (a second LANG stops both).
  const hashWarning =
    hashStop !== undefined && (stopped === undefined || hashStop.index + 1 < stopped.line)
      ? { file, line: hashStop.index + 1, problem: hashReadsNoFurther(hashStop, hashStop.index + 1, file) }
      : undefined;
  if (hashWarning !== undefined && strict) throw new HunspellImportError(file, hashWarning.line, hashWarning.problem);
  const special: SpecialFlags = {
    needAffix: optionValues.get('NEEDAFFIX') ?? optionValues.get('PSEUDOROOT'),
    forbiddenWord: optionValues.get('FORBIDDENWORD') ?? defaultForbiddenFlag(flagMode),
    onlyInCompound: optionValues.get('ONLYINCOMPOUND'),
    circumfix: optionValues.get('CIRCUMFIX'),
  };
  return {
    encoding,
    flagMode,
    classes,
    special,
    optionFlags,
    flagAliases,
    morphAliases,
    outputConversion,
    inputConversion,
    ignore,
    fullStrip,
    complexPrefixes,
    warnings: [...flagWarnings, ...(hashWarning === undefined ? [] : [hashWarning]), ...(stopped === undefined ? [] : [stopped])],
  };
}
