import { plural } from '@paradigm/core';

/**
 * The tables of an .aff that libhunspell's affix reader (`AffixMgr::parse_file`, 1.7) reads as a header
 * `KEYWORD count` and `count` lines after it. When a table is malformed its parser fails, and
 * `parse_file` returns at once: libhunspell then works with what it read before that line, so the PFX/SFX
 * classes and options below it do not exist (measured with `Hunspell::spell()`: with `ICONV x` above a
 * class, the class's words are rejected). Only ICONV and OCONV change which words exist; the others
 * matter because a broken one ends the reading all the same.
 */
const AFF_TABLES = {
  // Each `fields` counts the keyword: an ICONV line needs `ICONV from to`.
  ICONV: { fields: 3, emptyAllowed: false },
  OCONV: { fields: 3, emptyAllowed: false },
  PHONE: { fields: 3, emptyAllowed: false },
  // parse_checkcpdtable checks no field but the keyword: a blank line in the table is an entry.
  CHECKCOMPOUNDPATTERN: { fields: 0, emptyAllowed: false },
  COMPOUNDRULE: { fields: 2, emptyAllowed: false },
  MAP: { fields: 2, emptyAllowed: false },
  // `BREAK 0` is a table with no entries (it turns off the default breaks).
  BREAK: { fields: 2, emptyAllowed: true },
} as const;

/**
 * The tables libhunspell's dictionary reader (`HashMgr::load_config`) reads, in a pass of its own over
 * the .aff: a broken one ends that pass, so the FLAG, AF, AM and IGNORE lines below it are not read (the
 * affix reader goes on). A broken AF table is dropped whole.
 */
const HASH_TABLES = {
  REP: { fields: 3, emptyAllowed: false },
  AF: { fields: 2, emptyAllowed: false },
  AM: { fields: 2, emptyAllowed: false },
} as const;

/** The keyword of an .aff table. */
export type AffTableKeyword = keyof typeof AFF_TABLES | keyof typeof HASH_TABLES;

const KEYWORDS = Object.keys(AFF_TABLES) as (keyof typeof AFF_TABLES)[];

/**
 * The table whose header `raw` may be. libhunspell compares the start of the line, untrimmed, with the
 * keyword, so `ICONV` is found in `ICONVX 1` but not in ` ICONV 1`.
 */
export function affTableKeyword(raw: string): keyof typeof AFF_TABLES | undefined {
  return KEYWORDS.find((keyword) => raw.startsWith(keyword));
}

/** The dictionary reader's table whose header `raw` may be: `REP` by the start of the line, `AF` and `AM` followed by a blank. */
export function hashTableKeyword(raw: string): keyof typeof HASH_TABLES | undefined {
  if (raw.startsWith('REP')) return 'REP';
  return /^A[FM][ \t]/.test(raw) ? (raw.slice(0, 2) as 'AF' | 'AM') : undefined;
}

/** A table as libhunspell reads it: its entries' fields, and the index of its last line. */
export interface AffTable {
  readonly kind: 'read';
  readonly rows: readonly (readonly string[])[];
  readonly lastIndex: number;
}

/**
 * A table libhunspell fails on, where (1-based `line`) and why; `rows` are the entries it keeps all the
 * same (parse_convtable keeps those above a row that lacks a field or the end of the file, and drops the
 * table at a row of another keyword).
 */
export interface BrokenAffTable {
  readonly kind: 'broken';
  readonly line: number;
  readonly reason: string;
  readonly fix: string;
  readonly rows: readonly (readonly string[])[];
}

/** C's `atoi`: optional blanks and sign, then the leading digits; 0 when there are none. */
function atoi(text: string): number {
  const match = /^[ \t]*([+-]?\d+)/.exec(text);
  return match === null ? 0 : Number.parseInt(match[1]!, 10);
}

/**
 * Reads the table whose header is `lines[index]`, as libhunspell's parser for `keyword` reads it.
 * `fieldsOf` splits a line into fields; `show` quotes a line in a message.
 */
export function readAffTable(
  lines: readonly string[],
  index: number,
  keyword: AffTableKeyword,
  fieldsOf: (raw: string) => string[],
  show: (text: string) => string,
): AffTable | BrokenAffTable {
  const syntax = keyword in AFF_TABLES ? AFF_TABLES[keyword as keyof typeof AFF_TABLES] : HASH_TABLES[keyword as keyof typeof HASH_TABLES];
  const header = fieldsOf(lines[index]!);
  const line = index + 1;
  const write = `write the header "${keyword} number_of_entries" and that many lines "${keyword} ..." after it`;
  if (header.length < 2) {
    return { kind: 'broken', line, reason: `the ${keyword} table header "${show(header.join(' '))}" has no number of entries`, fix: write, rows: [] };
  }
  const count = atoi(header[1]!);
  if (count < 0 || (count === 0 && !syntax.emptyAllowed)) {
    return {
      kind: 'broken',
      line,
      reason: `the ${keyword} table header "${show(header.join(' '))}" announces ${count} entries (its count "${show(header[1]!)}" is no positive number)`,
      fix: write,
      rows: [],
    };
  }
  const rows: string[][] = [];
  for (let k = 1; k <= count; k++) {
    const raw = lines[index + k];
    const correct = `correct the count in line ${line}`;
    if (raw === undefined) {
      return { kind: 'broken', line, reason: `the ${keyword} table announces ${plural(count, 'entry', 'entries')} but the file ends after ${k - 1}`, fix: correct, rows };
    }
    const fields = fieldsOf(raw);
    const rowLine = line + k;
    if (fields.length > 0 && !fields[0]!.startsWith(keyword)) {
      return {
        kind: 'broken',
        line: rowLine,
        reason: `"${show(fields.join(' '))}" is no entry of the ${keyword} table, whose header (line ${line}) announces ${plural(count, 'entry', 'entries')}`,
        fix: correct,
        rows: [],
      };
    }
    if (fields.length < syntax.fields) {
      const text = fields.length === 0 ? 'a blank line' : `"${show(fields.join(' '))}"`;
      return {
        kind: 'broken',
        line: rowLine,
        reason: `${text} is no entry of the ${keyword} table (line ${line}): an entry has ${syntax.fields - 1} fields after "${keyword}"`,
        fix: `complete the entry or ${correct}`,
        rows,
      };
    }
    rows.push(fields);
  }
  return { kind: 'read', rows, lastIndex: index + count };
}
